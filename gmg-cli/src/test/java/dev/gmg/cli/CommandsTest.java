package dev.gmg.cli;

import static dev.gmg.cli.Cli.assertFits80Columns;
import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.cli.Cli.Run;
import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Status;
import dev.gmg.testing.GmgAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command but {@code query} and {@code validate}: output, formats, exit codes, help and version. */
class CommandsTest {

    static final Dataset HLD = Datasets.hld2014();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static byte[] bundledJson() throws IOException {
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.HLD_2014_RESOURCE)) {
            assertThat(in).as("the bundled resource").isNotNull();
            return in.readAllBytes();
        }
    }

    /** The activities each agency takes part in (exactly, in any role), per action point, then in all. */
    static Map<String, List<Integer>> expectedMatrix() {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (String agency : new TreeSet<>(HLD.activities().stream().flatMap(a -> a.agencyIds().stream()).toList())) {
            List<Activity> theirs = HLD.activities().stream().filter(a -> a.agencyIds().contains(agency)).toList();
            List<Integer> row = new ArrayList<>();
            for (ActionPoint p : ActionPoint.values()) {
                row.add((int) theirs.stream().filter(a -> a.actionPoints().contains(p)).count());
            }
            row.add(theirs.size());
            m.put(agency, row);
        }
        return m;
    }

    @Nested
    class Show {

        @Test
        void showsOneActivityInFull() {
            Run run = gmg("show", "ilo-labour-migration-academy-2014").ok();
            Activity a = HLD.activity("ilo-labour-migration-academy-2014").orElseThrow();
            // what the output below shows is what the data holds
            GmgAssertions.assertThat(a).isLedBy("ILO").isPlacedIn("Italy")
                    .hasPeriodWithin(LocalDate.of(2014, 6, 16), LocalDate.of(2014, 6, 27));
            assertThat(run.lines().get(0)).isEqualTo(a.title());
            assertThat(run.out()).contains("id: ilo-labour-migration-academy-2014")
                    .contains("Who:").contains("ILO (International Labour Organization), lead")
                    .contains("Where:").contains("Turin [ITTRN], venue")
                    .contains("When:").contains("16–27 Jun 2014 (2014-06-16/2014-06-27)")
                    .contains("Status:").contains("Kind:").contains("Source:").contains("section 2.");
            assertFits80Columns(run.out());
        }

        @Test
        void everyActivityShowsWithin80Columns() {
            for (Activity a : HLD.activities()) {
                Run run = gmg("show", a.id()).ok();
                assertThat(run.out()).contains("id: " + a.id());
                // The id stays whole so that it can be copied, even when it is longer than the line.
                assertFits80Columns(run.out().replace("id: " + a.id(), "id: " + a.id().substring(0, Math.min(a.id().length(), 76))));
            }
        }

        @Test
        void jsonIsTheActivityInTheDatasetsForm() {
            Run run = gmg("show", "undp-jmdi-phase-2", "--format", "json").ok();
            assertThat(run.out().strip()).isEqualTo(GmgJson.toNdjson(HLD.activity("undp-jmdi-phase-2").orElseThrow()));
            JsonNode node = JSON.readTree(run.out());
            assertThat(node.get("id").asString()).isEqualTo("undp-jmdi-phase-2");
            assertThat(node.propertyNames()).contains("title", "summary");
        }

        @Test
        void unknownIdIsAUsageErrorWithASuggestion() {
            assertThat(gmg("show", "no-such-activity").usageError().err()).contains("unknown activity 'no-such-activity'")
                    .contains("gmg query --format ids");
            assertThat(gmg("show", "undp-jmdi").usageError().err()).contains("did you mean").contains("undp-jmdi-phase-2");
            gmg("show").usageError();
            assertThat(gmg("show", "undp-jmdi-phase-2", "--format", "xml").usageError().err()).contains("xml");
        }
    }

    @Nested
    class Agencies {

        @Test
        void listsEveryAgencyWithItsActivityCount() {
            Run run = gmg("agencies").ok();
            assertFits80Columns(run.out());
            assertThat(run.lines()).last().asString().startsWith("91 agencies");
            assertThat(run.lines().get(0)).contains("Id", "Name", "Acts");
            for (Agency a : HLD.agencies()) {
                assertThat(run.out()).contains(a.id());
            }
            long ilo = HLD.activities().stream().filter(a -> a.agencyIds().contains("ILO")).count();
            assertThat(run.lines()).anySatisfy(l -> assertThat(l).matches("ILO\\s+International Labour Organization\\s+" + ilo));
            // Labels, not codes.
            assertThat(run.out()).contains("part of UNESCO").contains("GMG member");
        }

        @Test
        void gmgListsTheMembersOnly() {
            Run run = gmg("agencies", "--gmg").ok();
            long members = HLD.agencies().stream().filter(Agency::gmgMember).count();
            assertThat(members).isEqualTo(20);
            assertThat(run.lines()).last().asString().startsWith(members + " agencies");
            assertThat(run.out()).contains("UNESCO").doesNotContain("UIS ");
            assertFits80Columns(run.out());
        }
    }

    @Test
    void actionPointsListsTheEight() {
        Run run = gmg("action-points").ok();
        assertFits80Columns(run.out());
        assertThat(run.lines()).last().asString().startsWith("8 action points");
        for (ActionPoint p : ActionPoint.values()) {
            long n = HLD.activities().stream().filter(a -> a.actionPoints().contains(p)).count();
            assertThat(run.out()).contains(p.code());
            assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith(p.number() + " ").endsWith(" " + n));
        }
    }

    @Nested
    class Matrix {

        @Test
        void csvEqualsTheCountsRecomputedFromTheDataset() {
            Run run = gmg("matrix", "--format", "csv").ok();
            List<String> lines = run.lines();
            assertThat(lines.get(0)).isEqualTo("agency,ap1,ap2,ap3,ap4,ap5,ap6,ap7,ap8,total");
            Map<String, List<Integer>> expected = expectedMatrix();
            List<String> rows = new ArrayList<>();
            expected.forEach((agency, row) -> rows.add(agency + "," + String.join(",", row.stream().map(String::valueOf).toList())));
            assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(rows);
        }

        @Test
        void jsonEqualsTheCountsRecomputedFromTheDataset() {
            JsonNode root = JSON.readTree(gmg("matrix", "--format", "json").ok().out());
            Map<String, List<Integer>> expected = expectedMatrix();
            assertThat(root).isInstanceOf(ArrayNode.class);
            assertThat(root.size()).isEqualTo(expected.size());
            for (JsonNode row : root) {
                List<Integer> e = expected.get(row.get("agency").asString());
                assertThat(e).as("row %s", row).isNotNull();
                assertThat(row.get("activities").asInt()).isEqualTo(e.get(8));
                for (ActionPoint p : ActionPoint.values()) {
                    assertThat(row.get("actionPoints").get(String.valueOf(p.number())).asInt()).isEqualTo(e.get(p.number() - 1));
                }
            }
        }

        @Test
        void tableFits80ColumnsWithAKnownRow() {
            Run run = gmg("matrix").ok();
            assertThat(gmg("matrix", "--format", "table").ok().out()).isEqualTo(run.out());
            assertFits80Columns(run.out());
            List<Integer> ilo = expectedMatrix().get("ILO");
            StringBuilder pattern = new StringBuilder("ILO");
            for (int i = 0; i < 9; i++) {
                pattern.append("\\s+").append(i < 8 && ilo.get(i) == 0 ? "\\." : String.valueOf(ilo.get(i)));
            }
            assertThat(run.lines()).anySatisfy(l -> assertThat(l).matches(pattern.toString()));
            assertThat(run.out()).contains(expectedMatrix().size() + " agencies x 8 action points");
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(run.out()).contains(p.title());
            }
        }

        @Test
        void unknownFormat() {
            gmg("matrix", "--format", "xml").usageError();
        }
    }

    @Test
    void statsSummarisesTheDatasetWithin80Columns() {
        Run run = gmg("stats").ok();
        assertFits80Columns(run.out());
        assertThat(run.out()).contains("163 activities, 91 agencies (20 GMG members)")
                .contains("Global Migration Group").contains("Status").contains("Kind").contains("Theme")
                .contains("Region").contains("Year").contains("undated");
        long completed = HLD.activities().stream().filter(a -> a.status() == Status.COMPLETED).count();
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).matches("Completed\\s+" + completed));
        long undated = HLD.activities().stream().filter(a -> a.period().isEmpty()).count();
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).matches("undated\\s+" + undated));
    }

    @Nested
    class Export {

        @Test
        void jsonToStandardOutputIsTheBundledResourceByteForByte() throws IOException {
            Run run = gmg("export", "--format", "json").ok();
            assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(bundledJson());
        }

        @Test
        void jsonToAFileIsTheBundledResourceByteForByte(@TempDir Path dir) throws IOException {
            Path out = dir.resolve("hld.json");
            Run run = gmg("export", "--format", "json", "--out", out.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("wrote 163 activities to " + out);
            assertThat(Files.readAllBytes(out)).isEqualTo(bundledJson());
        }

        @Test
        void ndjsonIsOneActivityPerLine(@TempDir Path dir) throws IOException {
            Run run = gmg("export", "--format", "ndjson").ok();
            List<String> lines = run.lines();
            assertThat(lines).hasSize(163);
            assertThat(lines.stream().map(l -> JSON.readTree(l).get("id").asString()).toList())
                    .isEqualTo(HLD.activities().stream().map(Activity::id).toList());
            Path out = dir.resolve("hld.ndjson");
            assertThat(gmg("export", "--format", "ndjson", "--out", out.toString()).exit()).isZero();
            assertThat(Files.readString(out)).isEqualTo(run.out());
        }

        @Test
        void csvHasAHeaderAndEveryActivity(@TempDir Path dir) throws IOException {
            Run run = gmg("export", "--format", "csv").ok();
            assertThat(run.lines().get(0)).startsWith("activity,title,agency,");
            for (Activity a : HLD.activities()) {
                assertThat(run.out()).contains("\n" + a.id() + ",");
            }
            Path out = dir.resolve("hld.csv");
            assertThat(gmg("export", "--format", "csv", "--out", out.toString()).exit()).isZero();
            assertThat(Files.readString(out).replace("\r\n", "\n")).isEqualTo(run.out().replace("\r\n", "\n"));
            Run hxl = gmg("export", "--format", "csv", "--hxl").ok();
            assertThat(hxl.lines().get(1)).startsWith("#");
        }

        @Test
        void usageErrors(@TempDir Path dir) {
            assertThat(gmg("export").usageError().err()).contains("--format");
            gmg("export", "--format", "xml").usageError();
            assertThat(gmg("export", "--format", "json", "--out", dir.resolve("no/such/dir/x.json").toString())
                    .usageError().err()).contains("cannot write");
        }
    }

    @Nested
    class HelpVersionCompletion {

        @Test
        void versionNamesTheProgramAndTheDataset() {
            for (String flag : List.of("--version", "-V")) {
                Run run = gmg(flag).ok();
                assertThat(run.out()).startsWith("gmg ").contains("hld-2014")
                        .contains("version " + HLD.metadata().version()).contains("Java ")
                        .doesNotContain("development build")
                        .matches("(?s)gmg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? .*");
            }
        }

        @Test
        void noCommandPrintsTheUsage() {
            Run run = gmg().ok();
            assertThat(run.out()).startsWith("Usage: gmg").contains("query").contains("Exit codes");
        }

        @Test
        void helpOnEveryCommandMentionsItsOptions() {
            CommandLine root = Gmg.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            Run top = gmg("--help").ok();
            assertThat(top.out()).contains("Exit codes: 0 success, 1 invalid data, 2 usage error, 3 internal error.");
            assertThat(root.getSubcommands().keySet()).contains("query", "show", "agencies", "action-points", "matrix",
                    "stats", "export", "validate", "jshell", "generate-completion", "help");
            for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
                String name = sub.getKey();
                assertThat(top.out()).contains(name);
                if (name.equals("help")) {
                    continue;
                }
                Run help = gmg(name, "--help").ok();
                assertThat(help.out()).as("help of %s", name).startsWith("Usage: gmg " + name);
                assertFits80Columns(help.out());
                for (OptionSpec o : sub.getValue().getCommandSpec().options()) {
                    assertThat(help.out()).as("help of %s", name).contains(o.longestName());
                }
                assertThat(gmg(name, "-h").ok().out()).isEqualTo(help.out());
                assertThat(gmg("help", name).ok().out()).isEqualTo(help.out());
            }
            assertThat(gmg("query", "--help").ok().out()).contains("--action-point", "--agency", "--exact-agency",
                    "--role", "--country", "--region", "--include-global", "--from", "--to", "--include-undated",
                    "--status", "--kind", "--theme", "--text", "--sort", "--limit", "--format", "--data");
            assertThat(gmg("jshell", "--help").ok().out()).contains("hld");
        }

        @Test
        void generateCompletionPrintsABashScript() {
            Run run = gmg("generate-completion").ok();
            assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F")
                    .contains("query").contains("--agency").contains("validate");
        }
    }

    @Nested
    class ExitCodes {

        @Command(name = "boom")
        static final class Boom implements Callable<Integer> {
            @Override
            public Integer call() {
                throw new IllegalStateException("kaboom");
            }
        }

        @Test
        void anUnexpectedExceptionIsAnInternalError() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            PrintWriter o = new PrintWriter(out);
            PrintWriter e = new PrintWriter(err);
            CommandLine cl = Gmg.commandLine(o, e);
            cl.addSubcommand("boom", new Boom());
            cl.setOut(o);
            cl.setErr(e);
            int exit = cl.execute("boom");
            o.flush();
            e.flush();
            assertThat(exit).isEqualTo(Gmg.INTERNAL).isEqualTo(3);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).startsWith("gmg: internal error, please report it: ").contains("kaboom");
        }

        @Test
        void theCodesAreTheDocumentedOnes() {
            assertThat(List.of(Gmg.INVALID_DATA, Gmg.USAGE, Gmg.INTERNAL)).containsExactly(1, 2, 3);
        }
    }
}
