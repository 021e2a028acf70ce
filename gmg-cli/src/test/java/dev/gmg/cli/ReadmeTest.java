package dev.gmg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the root README runs as written: each {@code gmg ...} or {@code ./gmg ...} command of its
 * {@code sh} blocks (in-process; files it writes go to a temporary folder; only {@code gmg jshell}, which opens a
 * terminal session, is left out), the Java example prints what its {@code //} lines say, and the JShell one-liners
 * evaluate without error after the start-up script. Commands added to the README later are picked up as they are.
 */
class ReadmeTest {

    static final Path README = Path.of("..", "README.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(json|ndjson|csv)");

    /** The fenced blocks of a language, each with the heading of the section it is in. */
    static List<String[]> blocks(String language) throws IOException {
        String text = Files.readString(README);
        List<String[]> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                String before = text.substring(0, m.start());
                int h = before.lastIndexOf("\n## ");
                out.add(new String[] {h < 0 ? "" : before.substring(h + 4, before.indexOf('\n', h + 1)), m.group(2)});
            }
        }
        return out;
    }

    /** Every gmg command line of the sh blocks, comments removed; a {@code &&} chain of gmg commands is one case. */
    static Stream<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] block : blocks("sh")) {
            for (String line : block[1].split("\n")) {
                String code = line.replaceFirst("(^|\\s)#(?=[^'\"]*$).*", "").strip();
                List<String> chain = List.of(code.split("&&")).stream().map(String::strip)
                        .filter(c -> c.matches("(\\./)?gmg( .*)?") && !c.matches("(\\./)?gmg jshell.*")).toList();
                if (!chain.isEmpty()) {
                    out.add(String.join(" && ", chain));
                }
            }
        }
        assertThat(out).as("gmg commands in the README").hasSizeGreaterThanOrEqualTo(5);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandRunsAndPrints(String line, @TempDir Path dir) {
        for (String command : line.split(" && ")) {
            List<String> words = ShellWords.split(command);
            List<String> args = new ArrayList<>();
            for (String w : words.subList(1, words.size())) {
                boolean output = !args.isEmpty() && args.get(args.size() - 1).equals("--out");
                args.add(output || FILE.matcher(w).matches() ? dir.resolve(w).toString() : w);
            }
            Cli.Run run = Cli.gmg(args.toArray(String[]::new));
            assertThat(run.exit()).as("exit code of %s; stderr: %s", command, run.err()).isZero();
            if (!args.contains("--out")) {
                assertThat(run.out()).as("output of %s", command).isNotBlank();
            }
        }
    }

    @Test
    void theJavaExamplePrintsWhatItsCommentsSay() throws IOException {
        String example = blocks("java").stream().filter(b -> b[0].startsWith("Use it from Java")).findFirst()
                .orElseThrow()[1];
        List<String> expected = example.lines().filter(l -> l.strip().startsWith("//"))
                .map(l -> l.strip().substring(2).strip()).toList();
        assertThat(expected).as("output lines in the README's Java example").isNotEmpty();
        String printed = run(List.of(example), false);
        assertThat(printed.lines().toList()).isEqualTo(expected);
    }

    @Test
    void theJShellOneLinersRunAfterTheStartUpScript() throws IOException {
        String block = blocks("java").stream().filter(b -> b[0].startsWith("JShell")).findFirst().orElseThrow()[1];
        List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        List<String> snippets = new ArrayList<>(List.of(Files.readString(Path.of("..", "examples", "jshell",
                "gmg.jsh"))));
        snippets.addAll(lines);
        run(snippets, true);
    }

    /** Evaluates the sources in one local JShell and returns what they printed; fails on any error or exception. */
    private static String run(List<String> sources, boolean printValues) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String imp : List.of("dev.gmg.model.*", "dev.gmg.io.*", "dev.gmg.query.*", "java.time.LocalDate")) {
                shell.eval("import " + imp + ";");
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (String source : sources) {
                String rest = source;
                while (!rest.isBlank()) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                    assertThat(info.completeness().isComplete()).as("complete snippet in: %s", rest).isTrue();
                    for (SnippetEvent e : shell.eval(info.source())) {
                        assertThat(e.exception()).as("exception in: %s", info.source()).isNull();
                        assertThat(e.status()).as("status of: %s; %s", info.source(),
                                shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList())
                                .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
                        if (printValues && e.value() != null) {
                            assertThat(e.value()).doesNotContain("Exception");
                        }
                    }
                    rest = info.remaining();
                }
            }
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
