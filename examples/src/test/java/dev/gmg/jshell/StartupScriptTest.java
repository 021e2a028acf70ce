package dev.gmg.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The JShell start-up script compiles against the current SDK and leaves the dataset in {@code hld}. */
class StartupScriptTest {

    private static List<SnippetEvent> evalAll(JShell shell, String source) {
        List<SnippetEvent> events = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            events.addAll(shell.eval(info.source()));
            rest = info.remaining();
        }
        return events;
    }

    @Test
    void scriptDefinesTheDatasetAndAnIndex() throws IOException {
        String script = Files.readString(Path.of("jshell/gmg.jsh"));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            List<SnippetEvent> events = evalAll(shell, script);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.status()).as(e.snippet().source()).isNotEqualTo(Snippet.Status.REJECTED);
                assertThat(e.exception()).as(e.snippet().source()).isNull();
            });
            assertThat(evalAll(shell, "hld.activities().size() > 100").get(0).value()).isEqualTo("true");
            assertThat(evalAll(shell, "hld.requireAgency(\"UN Women\").id()").get(0).value()).isEqualTo("\"UN-Women\"");
            assertThat(evalAll(shell, "index.query(ActivityQuery.builder().agencies(\"ILO\").build()).total() > 0")
                    .get(0).value()).isEqualTo("true");
        }
    }
}
