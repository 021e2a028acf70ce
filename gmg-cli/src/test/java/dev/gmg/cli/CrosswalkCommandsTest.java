package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrosswalkCommandsTest {

    @Test
    void outcomesListsTheAgendaAndTheDeclarationPointsWithTheirParagraphs() {
        Cli.Run r = gmg("outcomes").ok();
        assertThat(r.out()).contains("point-7", "declaration-reliable-data", "declaration-racism-xenophobia",
                "migrants-in-countries-in-crisis", "2.7#6", "2.8#2");
        assertThat(r.out()).contains("16 outcomes;");
        Cli.assertFits80Columns(r.out());
    }

    @Test
    void crosswalkPrintsEveryLinkWithItsStrengthAndReason() {
        Cli.Run r = gmg("crosswalk").ok();
        assertThat(r.out()).contains("theme:remittances", "sdg:10.c", "direct", "theme:capacity-development", "none");
        Cli.assertFits80Columns(r.out());
        assertThat(gmg("crosswalk", "--format", "json").ok().out()).startsWith("{").contains("\"noLinks\"");
        assertThat(gmg("crosswalk", "--format", "csv").ok().lines().get(0)).isEqualTo("from,to,strength,label,rationale");
    }

    @Test
    void refsCountTheActivitiesReachingEachTargetAndObjective() {
        Cli.Run r = gmg("crosswalk", "--refs").ok();
        assertThat(r.out()).contains("sdg:17.18", "gcm:23");
        // 59 activities serve point 7, which links directly to GCM objective 1, as does the statistics theme.
        String row = r.lines().stream().filter(l -> l.startsWith("gcm:1 ")).findFirst().orElseThrow();
        String[] cells = row.trim().split("\\s+");
        assertThat(Integer.parseInt(cells[cells.length - 2])).isGreaterThanOrEqualTo(59);
        assertThat(Integer.parseInt(cells[cells.length - 1])).isGreaterThanOrEqualTo(Integer.parseInt(cells[cells.length - 2]));
    }

    @Test
    void matrixTakesTheFrameworkInAnyCase() {
        assertThat(gmg("crosswalk", "--matrix", "gcm").ok().out()).contains("GCM objective", "gcm:20");
        assertThat(gmg("crosswalk", "--matrix", "SDG").ok().out()).contains("SDG target", "sdg:10.c");
        assertThat(gmg("crosswalk", "--matrix", "ilo").usageError().err()).contains("--matrix");
    }

    @Test
    void queryFindsActivitiesBySdgTargetGcmObjectiveAndOutcome() {
        java.util.List<String> sdg = gmg("query", "--sdg", "10.c", "--format", "ids").ok().lines();
        assertThat(sdg).isNotEmpty().isEqualTo(gmg("query", "--where", "sdg:10.c", "--format", "ids").ok().lines());
        java.util.List<String> gcm = gmg("query", "--gcm", "6", "--format", "ids").ok().lines();
        java.util.List<String> direct = gmg("query", "--gcm", "6", "--direct-only", "--format", "ids").ok().lines();
        assertThat(direct).isNotEmpty().isSubsetOf(gcm);
        assertThat(gmg("query", "--outcome", "declaration-reliable-data", "--format", "count").ok().out().trim())
                .isEqualTo(gmg("query", "--where", "outcome:declaration-reliable-data", "--format", "count").ok()
                        .out().trim());
        assertThat(gmg("query", "--gcm", "24").usageError().err()).contains("gcm:24");
    }

    @Test
    void jsonOutputCarriesTheLinksMarkedAsDerived() throws Exception {
        String json = gmg("query", "--sdg", "10.c", "--format", "json").ok().out();
        tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(root.get("derived").get("note").asString()).startsWith("Not part of the data");
        String first = root.get("activities").get(0).get("id").asString();
        assertThat(root.get("derived").get("links").get(first).toString()).contains("\"to\":\"sdg:10.c\"");
        assertThat(root.get("activities").get(0).has("links")).as("the activity itself stays in the data's form")
                .isFalse();
    }
}
