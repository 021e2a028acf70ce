package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.HldOutcome;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The crosswalk's HLD outcomes cite real paragraphs of the report, and its links answer on the bundled data. */
class HldOutcomesInTheReportTest {

    private final Crosswalk cw = Crosswalk.standard();
    private final Dataset hld = Datasets.hld2014();

    /**
     * The report's text lives outside the repository, in the {@code shared/} folder beside the checkout (it is not
     * ours to copy in); the test looks for it in the folders above the module.
     */
    private static Path report() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/source/gmg-hld-follow-up-2014.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        boolean ci = "true".equals(System.getenv("CI"));
        assertThat(ci).as("CI must have the report text in shared/source/ beside the checkout").isFalse();
        Assumptions.abort("the report text (shared/source/gmg-hld-follow-up-2014.txt) is not beside this checkout");
        return null;
    }

    /** The report text of each paragraph, keyed "section#paragraph", from the paragraph index. */
    private static Map<String, String> paragraphs() throws IOException {
        List<String> lines = Files.readAllLines(report());
        List<String[]> index;
        try (InputStream in = HldOutcomesInTheReportTest.class.getResourceAsStream("report-paragraphs.tsv")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).toList();
        }
        Map<String, String> text = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            int from = Integer.parseInt(index.get(i)[3]) - 1;
            int to = i + 1 < index.size() ? Integer.parseInt(index.get(i + 1)[3]) - 1 : lines.size();
            text.put(index.get(i)[0] + "#" + index.get(i)[1], String.join(" ", lines.subList(from, to)));
        }
        return text;
    }

    @Test
    void everyOutcomeCitesAParagraphThatInvokesTheDialogue() throws IOException {
        Map<String, String> text = paragraphs();
        for (HldOutcome o : cw.outcomes()) {
            assertThat(o.sources()).as(o.id()).isNotEmpty();
            for (SourceRef s : o.sources()) {
                String p = text.get(s.section() + "#" + s.paragraph());
                assertThat(p).as("%s cites %s", o.id(), s).isNotNull();
                if (o.kind() != HldOutcome.Kind.ACTION_POINT) {
                    assertThat(p).as("%s cites %s", o.id(), s).containsAnyOf("HLD", "High-level Dialogue");
                }
            }
        }
    }

    @Test
    void theBundledDataReachesTheFrameworksThroughItsThemesAndPoints() {
        List<Activity> remittances = hld.activities().stream().filter(a -> a.themes().contains(Theme.REMITTANCES))
                .toList();
        assertThat(remittances).isNotEmpty().allSatisfy(a -> assertThat(cw.linksOf(a))
                .extracting(l -> l.to().id()).contains("sdg:10.c", "gcm:20"));
        List<Activity> evidence = hld.activities().stream()
                .filter(a -> a.actionPoints().contains(ActionPoint.EVIDENCE_BASE)).toList();
        assertThat(evidence).hasSizeGreaterThan(40).allSatisfy(a -> assertThat(cw.linksOf(a))
                .extracting(l -> l.to().id()).contains("sdg:17.18", "gcm:1"));
        assertThat(hld.activities()).allSatisfy(a -> assertThat(cw.linksOf(a)).as(a.id()).isNotEmpty());
    }
}
