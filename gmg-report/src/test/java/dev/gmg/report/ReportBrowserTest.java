package dev.gmg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.AgencyMatrix;
import dev.gmg.query.QueryResult;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the page for the bundled data in Debian's chromium, headless, through playwright-core (the script is
 * {@code .ci/browser/report-check.mjs}), and checks what a reader sees against the library: the matrix, the filter
 * box, a matrix link, the map, and that the page asks the network for nothing. Saves screenshots under
 * {@code target/}.
 *
 * <p>Needs node, the packages of {@code .ci/browser} ({@code npm ci} there) and chromium at
 * {@code /usr/bin/chromium} (or {@code GMG_CHROMIUM}); {@code .ci/run} installs them. Without them the test is
 * skipped, and fails when {@code CI=true}.
 */
class ReportBrowserTest {

    private static final Dataset HLD = Datasets.hld2014();
    private static final QueryResult ALL = ActivityIndex.of(HLD).query(ActivityQuery.all());
    private static final List<String> AGENCIES = List.of("ILO", "UNICEF", "IOM");
    private static final String WORDS = "labour academy";
    private static final String CELL_AGENCY = "ILO";
    private static final ActionPoint CELL_POINT = ActionPoint.HUMAN_RIGHTS;
    private static final Path OUT = Path.of("target", "report-browser");

    private static Map<String, List<String>> facts;
    private static String skipReason;

    @BeforeAll
    static void openThePageInChromium() throws Exception {
        Path browserDir = Path.of(System.getProperty("gmg.browserDir", "../.ci/browser")).toAbsolutePath().normalize();
        Path chromium = Path.of(System.getenv().getOrDefault("GMG_CHROMIUM", "/usr/bin/chromium"));
        List<String> missing = new ArrayList<>();
        if (!onPath("node")) {
            missing.add("node (Debian package nodejs)");
        }
        if (!Files.isDirectory(browserDir.resolve("node_modules/playwright-core"))) {
            missing.add("the npm package playwright-core in " + browserDir + " (npm ci there)");
        }
        if (!Files.isExecutable(chromium)) {
            missing.add("chromium at " + chromium + " (Debian package chromium)");
        }
        if (!missing.isEmpty()) {
            String message = "browser test of the report needs " + String.join(", ", missing)
                    + "; .ci/run installs them";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            skipReason = message;
            System.err.println("ReportBrowserTest skipped: " + message);
            return;
        }
        Files.createDirectories(OUT);
        Path page = OUT.resolve("hld.html");
        Reports.html(HLD, ALL, page);
        List<String> command = new ArrayList<>(List.of("node", browserDir.resolve("report-check.mjs").toString(),
                page.toAbsolutePath().toString(), OUT.resolve("report.png").toAbsolutePath().toString(), WORDS,
                CELL_AGENCY, String.valueOf(CELL_POINT.number())));
        command.addAll(AGENCIES);
        Process process = new ProcessBuilder(command).directory(browserDir.toFile()).redirectErrorStream(true)
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the browser check did not finish within 180 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of report-check.mjs; output:%n%s", output).isZero();
        facts = output.lines().filter(l -> !l.isBlank()).collect(Collectors.groupingBy(
                l -> l.split(" ", 2)[0], Collectors.mapping(l -> l.contains(" ") ? l.split(" ", 2)[1] : "",
                        Collectors.toList())));
    }

    /** Skips each test, with the reason, rather than the class silently. */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(skipReason == null, () -> skipReason);
    }

    @Test
    void theMatrixShowsTheLibrarysCountsForThreeAgencies() {
        AgencyMatrix matrix = ALL.matrix();
        List<String> rows = facts.getOrDefault("matrix", List.of());
        assertThat(rows).hasSize(AGENCIES.size());
        for (String agency : AGENCIES) {
            String expected = Arrays.stream(ActionPoint.values()).map(p -> String.valueOf(matrix.count(agency, p)))
                    .collect(Collectors.joining(","));
            assertThat(rows).as("matrix row of " + agency).contains(agency + " " + expected);
        }
    }

    @Test
    void typingInTheFilterBoxNarrowsTheListToTheActivitiesWithThoseWords() {
        List<String> expected = ALL.all().stream().filter(a -> Arrays.stream(WORDS.split(" "))
                .allMatch(w -> fold(a.title() + " " + a.summary()).contains(w))).map(Activity::id).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(ALL.total());
        assertThat(ids("typed")).containsExactlyElementsOf(expected);
    }

    @Test
    void aMatrixCellLeadsToTheListFilteredToThatAgencyAndPoint() {
        List<String> expected = ALL.all().stream().filter(a -> a.agencyIds().contains(CELL_AGENCY)
                && a.actionPoints().contains(CELL_POINT)).map(Activity::id).toList();
        assertThat(expected).hasSize(ALL.matrix().count(CELL_AGENCY, CELL_POINT));
        assertThat(ids("cell")).containsExactlyElementsOf(expected);
    }

    @Test
    void theMapHasAShapeForEveryCountryNamed() {
        assertThat(ids("map")).containsExactlyInAnyOrderElementsOf(ReportsTest.namedCountries(HLD.activities()));
    }

    @Test
    void thePageRequestsNothingAndRaisesNoError() {
        assertThat(facts.getOrDefault("request", List.of())).as("requests beyond the page itself").isEmpty();
        assertThat(facts.getOrDefault("error", List.of())).as("script and console errors").isEmpty();
    }

    @Test
    void aScreenshotIsSavedUnderTarget() throws Exception {
        Path shot = OUT.resolve("report.png");
        assertThat(facts.get("screenshot")).containsExactly(shot.toAbsolutePath().toString());
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    }

    private static List<String> ids(String fact) {
        List<String> lines = facts.getOrDefault(fact, List.of());
        assertThat(lines).as("'" + fact + "' line of the browser check").hasSize(1);
        return lines.get(0).isBlank() ? List.of() : List.of(lines.get(0).split(" "));
    }

    /** What the page's script does to text before matching: accents off, lower case. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
