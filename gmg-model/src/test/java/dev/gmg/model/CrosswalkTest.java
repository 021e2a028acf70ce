package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrosswalkTest {

    private final Crosswalk cw = Crosswalk.standard();

    private static Activity activity(ActionPoint point, Theme... themes) {
        return ModelTestSupport.activity("a-" + point.number()).actionPoints(List.of(point))
                .themes(List.of(themes)).build();
    }

    private List<String> ids(List<ActivityLink> links) {
        return links.stream().map(l -> l.to().id()).toList();
    }

    @Test
    void knowsTheMigrationRelatedSdgTargetsAndAll23GcmObjectives() {
        assertThat(cw.refs(Framework.SDG)).extracting(FrameworkRef::code).contains("10.7", "10.c", "8.7", "8.8",
                "5.2", "16.2", "16.9", "17.18", "3.c", "4.b", "1.5", "11.5", "13.1");
        assertThat(cw.refs(Framework.GCM)).extracting(FrameworkRef::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                        "16", "17", "18", "19", "20", "21", "22", "23");
        assertThat(cw.refs(Framework.SDG)).extracting(FrameworkRef::code)
                .as("in goal order, letter targets after numbered ones").startsWith("1.5", "3.c", "4.b", "5.2")
                .containsSubsequence("10.3", "10.7", "10.c", "11.5").endsWith("16.9", "17.3", "17.18");
        assertThat(cw.refs()).allSatisfy(r -> assertThat(r.label()).isNotBlank());
        assertThat(cw.refs(Framework.SDG)).allSatisfy(r -> assertThat(r.note()).contains("basis: "));
    }

    @Test
    void looksReferencesUpInSeveralSpellings() {
        assertThat(cw.ref("sdg:10.7")).isEqualTo(cw.ref("SDG 10.7")).isEqualTo(cw.ref(Framework.SDG, "10.7"));
        assertThat(cw.ref("GCM 6").id()).isEqualTo("gcm:6");
        assertThat(cw.ref("gcm:6")).hasToString("gcm:6");
        assertThat(cw.find("sdg:99.9")).isEmpty();
        assertThatThrownBy(() -> cw.ref("sdg:10.8"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("unknown SDG target or GCM objective 'sdg:10.8', did you mean")
                .hasMessageContaining("'sdg:10.7'");
    }

    @Test
    void everyPointAndThemeHasALinkOrAStatedReason() {
        for (ActionPoint p : ActionPoint.values()) {
            assertThat(cw.linksFrom(p)).as("point %s", p.number()).isNotEmpty();
        }
        for (Theme t : Theme.values()) {
            assertThat(!cw.linksFrom(t).isEmpty() || cw.noLinks().containsKey(t)).as("theme %s", t).isTrue();
        }
        assertThat(cw.noLinks()).containsOnlyKeys(Theme.CAPACITY_DEVELOPMENT);
        assertThat(cw.links()).allSatisfy(l -> assertThat(l.rationale()).isNotBlank());
    }

    @Test
    void remittanceActivitiesReachSdg10cAndGcm20() {
        List<ActivityLink> links = cw.linksOf(activity(ActionPoint.PARTNERSHIPS, Theme.REMITTANCES));
        assertThat(ids(links)).contains("sdg:10.c", "sdg:17.3", "gcm:20");
        assertThat(links).filteredOn(l -> l.to().id().equals("sdg:10.c")).singleElement()
                .satisfies(l -> {
                    assertThat(l.strength()).isEqualTo(LinkStrength.DIRECT);
                    assertThat(l.via()).containsExactly(Theme.REMITTANCES);
                });
    }

    @Test
    void traffickingActivitiesReachSdg162And87And52AndGcm10() {
        Activity a = activity(ActionPoint.HUMAN_RIGHTS, Theme.TRAFFICKING);
        assertThat(ids(cw.linksOf(a))).contains("sdg:16.2", "sdg:8.7", "sdg:5.2", "gcm:10");
        for (String id : List.of("sdg:16.2", "sdg:8.7", "sdg:5.2", "gcm:10")) {
            assertThat(cw.reaches(a, cw.ref(id), LinkStrength.DIRECT)).as(id).isTrue();
        }
    }

    @Test
    void theEvidenceBasePointReachesSdg1718AndGcm1() {
        Activity a = activity(ActionPoint.EVIDENCE_BASE);
        assertThat(ids(cw.linksOf(a))).containsExactly("sdg:17.18", "gcm:1");
        assertThat(cw.reaches(a, cw.ref("gcm:1"), LinkStrength.DIRECT)).isTrue();
        assertThat(cw.reaches(a, cw.ref("gcm:20"), LinkStrength.RELATED)).isFalse();
    }

    @Test
    void theStrongestLinkCountsAndEveryRouteIsListed() {
        // point 3 links to sdg:16.2 as related; the trafficking theme links to it directly.
        Activity a = activity(ActionPoint.EXPLOITATION_AND_TRAFFICKING, Theme.TRAFFICKING);
        ActivityLink l = cw.linksOf(a).stream().filter(x -> x.to().id().equals("sdg:16.2")).findFirst().orElseThrow();
        assertThat(l.strength()).isEqualTo(LinkStrength.DIRECT);
        assertThat(l.via()).containsExactly(ActionPoint.EXPLOITATION_AND_TRAFFICKING, Theme.TRAFFICKING);
        assertThat(l).hasToString("sdg:16.2 (direct, via [point:3, theme:trafficking])");
        Activity related = activity(ActionPoint.EXPLOITATION_AND_TRAFFICKING);
        assertThat(cw.reaches(related, cw.ref("sdg:16.2"), LinkStrength.RELATED)).isTrue();
        assertThat(cw.reaches(related, cw.ref("sdg:16.2"), LinkStrength.DIRECT)).isFalse();
    }

    @Test
    void outcomesAreTheEightPointsAndTheDeclarationPointsTheReportInvokes() {
        assertThat(cw.outcomes()).filteredOn(o -> o.kind() == HldOutcome.Kind.ACTION_POINT).hasSize(8);
        assertThat(cw.outcomes()).filteredOn(o -> o.kind() == HldOutcome.Kind.DECLARATION_POINT)
                .extracting(HldOutcome::id)
                .contains("declaration-cross-cutting", "declaration-women-and-girls", "declaration-racism-xenophobia",
                        "declaration-reliable-data", "declaration-collaboration");
        HldOutcome data = cw.outcome("Declaration reliable data");
        assertThat(data.sources()).containsExactly(SourceRef.of("2.7", 6));
        assertThat(data.actionPoints()).containsExactly(ActionPoint.EVIDENCE_BASE);
        assertThat(cw.outcome("declaration-collaboration").sources())
                .containsExactly(SourceRef.of("1", 3), SourceRef.of("2.8", 2));
        assertThatThrownBy(() -> cw.outcome("declaration-reliabel-data"))
                .hasMessageContaining("did you mean 'declaration-reliable-data'?");
    }

    @Test
    void anActivityServesAnOutcomeThroughItsPointsOrThemes() {
        HldOutcome women = cw.outcome("declaration-women-and-girls");
        assertThat(cw.serves(activity(ActionPoint.HUMAN_RIGHTS, Theme.WOMEN_AND_GENDER), women)).isTrue();
        assertThat(cw.serves(activity(ActionPoint.HUMAN_RIGHTS), women)).isFalse();
        assertThat(cw.outcomesOf(activity(ActionPoint.EVIDENCE_BASE, Theme.STATISTICS))).extracting(HldOutcome::id)
                .containsExactly("point-7", "declaration-reliable-data");
    }

    @Test
    void datasetMdListsTheSameLinksAsTheTable() throws java.io.IOException {
        List<String> doc = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../DATASET.md"));
        for (ActionPoint p : ActionPoint.values()) {
            assertThat(docLine(doc, p)).isEqualTo(expectedLine(p));
        }
        for (Theme t : Theme.values()) {
            assertThat(docLine(doc, t)).isEqualTo(expectedLine(t));
        }
    }

    private static String docLine(List<String> doc, Coded from) {
        String start = "* `" + Crosswalk.key(from) + "`: ";
        return doc.stream().filter(l -> l.startsWith(start)).findFirst().orElse("(no line for " + from + ")");
    }

    private String expectedLine(Coded from) {
        String links = cw.linksFrom(from).stream().map(l -> l.to().id() + " (" + l.strength() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return "* `" + Crosswalk.key(from) + "`: "
                + (links.isEmpty() ? "no link: " + cw.noLinks().get(from) : links);
    }

    @Test
    void matrixCountsActivitiesByObjectiveAndPoint() {
        List<Activity> activities = new ArrayList<>();
        activities.add(activity(ActionPoint.COSTS_OF_LABOUR_MIGRATION, Theme.REMITTANCES));
        activities.add(ModelTestSupport.activity("b").actionPoints(List.of(ActionPoint.DEVELOPMENT_AGENDA))
                .themes(List.of(Theme.REMITTANCES)).build());
        Map<FrameworkRef, Map<ActionPoint, Integer>> m = cw.matrix(activities, Framework.GCM);
        assertThat(m.get(cw.ref("gcm:20"))).containsExactly(Map.entry(ActionPoint.COSTS_OF_LABOUR_MIGRATION, 1),
                Map.entry(ActionPoint.DEVELOPMENT_AGENDA, 1));
        assertThat(m.keySet()).allSatisfy(r -> assertThat(r.framework()).isEqualTo(Framework.GCM));
    }
}
