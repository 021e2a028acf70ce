package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crosswalk's leaves: SDG targets, GCM objectives and HLD outcomes, reached through points and themes. */
class FrameworkLeavesTest {

    private static final Dataset HLD = Datasets.hld2014();
    private static final ActivityIndex INDEX = ActivityIndex.of(HLD);

    private static List<String> ids(String where) {
        return INDEX.query(ActivityQuery.of(ActivityFilter.parse(where))).ids();
    }

    private static List<String> idsWith(java.util.function.Predicate<Activity> p) {
        return HLD.activities().stream().filter(p).map(Activity::id).sorted().toList();
    }

    @Test
    void sdg10cFindsEveryRemittanceActivityAndEveryCostsActivity() {
        List<String> found = ids("sdg:10.c").stream().sorted().toList();
        assertThat(found).isEqualTo(idsWith(a -> a.themes().contains(Theme.REMITTANCES)
                || a.actionPoints().contains(ActionPoint.COSTS_OF_LABOUR_MIGRATION)));
        assertThat(found).isNotEmpty();
    }

    @Test
    void gcm6FindsRecruitmentWorkAndDirectNarrowsIt() {
        List<String> any = ids("gcm:6");
        List<String> direct = ids("gcm:6/direct");
        assertThat(direct).isNotEmpty().isSubsetOf(any);
        assertThat(any).hasSizeGreaterThan(direct.size());
        assertThat(direct.stream().sorted().toList()).isEqualTo(idsWith(a -> a.themes().contains(Theme.RECRUITMENT)
                || a.themes().contains(Theme.LABOUR_MIGRATION)
                || a.actionPoints().contains(ActionPoint.COSTS_OF_LABOUR_MIGRATION)));
    }

    @Test
    void outcomesReachActivitiesThroughPointsAndThemes() {
        assertThat(ids("outcome:declaration-women-and-girls").stream().sorted().toList())
                .isEqualTo(idsWith(a -> a.themes().contains(Theme.WOMEN_AND_GENDER)));
        assertThat(ids("outcome:point-7")).containsExactlyInAnyOrderElementsOf(ids("point:7"));
    }

    @Test
    void theLeavesPrintAndParseBack() {
        for (String text : List.of("sdg:10.7", "gcm:6/direct", "outcome:declaration-reliable-data",
                "sdg:17.18 AND NOT gcm:1")) {
            assertThat(ActivityFilter.parse(text)).hasToString(text);
        }
        assertThat(Filters.sdg("10.c")).isEqualTo(ActivityFilter.parse("sdg:10.c"));
        assertThat(Filters.gcm(20)).hasToString("gcm:20");
    }

    @Test
    void unknownCodesAreNamedWithSuggestions() {
        assertThatThrownBy(() -> ActivityFilter.parse("sdg:10.8")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("sdg:10.8").hasMessageContaining("did you mean");
        assertThatThrownBy(() -> ActivityFilter.parse("gcm:24")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("gcm:24");
        assertThatThrownBy(() -> ActivityFilter.parse("outcome:declaration-reliabel-data"))
                .hasMessageContaining("did you mean 'declaration-reliable-data'?");
        assertThatThrownBy(() -> ActivityFilter.parse("gcm:6/strong")).hasMessageContaining("strong");
    }

    @Test
    void facetsCountTheActivitiesReachingEachTargetAndObjective() {
        Facets f = INDEX.query(ActivityQuery.of(ActivityFilter.parse("theme:remittances"))).facets();
        int remittances = ids("theme:remittances").size();
        assertThat(f.frameworks(dev.gmg.model.Framework.SDG))
                .containsEntry(dev.gmg.model.Crosswalk.standard().ref("sdg:10.c"), remittances);
        assertThat(f.frameworks(dev.gmg.model.Framework.GCM))
                .containsEntry(dev.gmg.model.Crosswalk.standard().ref("gcm:20"), remittances)
                .allSatisfy((ref, n) -> assertThat(n).isBetween(1, remittances));
        Facets all = INDEX.query(ActivityQuery.all()).facets();
        all.frameworks(dev.gmg.model.Framework.GCM).forEach((ref, n) ->
                assertThat(n).as(ref.id()).isEqualTo(ids(ref.id()).size()));
    }
}
