package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgFormatException;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import dev.gmg.testing.Subsets.OutsideReferences;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A subset keeps what its activities need and always reads back, where a hand-filtered list does not. */
class SubsetsTest {

    static final Dataset HLD = Datasets.hld2014();

    static Dataset filteredByHand(Predicate<Activity> keep) {
        return Dataset.builder().metadata(HLD.metadata()).addAllAgencies(HLD.agencies())
                .addAllActivities(HLD.activities().stream().filter(keep).toList()).build();
    }

    @Test
    void aSubsetOfEveryActionPointReadsBackWhereAHandFilteredOneDoesNot() {
        int danglingByHand = 0;
        for (ActionPoint point : ActionPoint.values()) {
            Predicate<Activity> keep = a -> a.actionPoints().contains(point);
            danglingByHand += DanglingReferences.of(filteredByHand(keep)).size();
            for (OutsideReferences outside : OutsideReferences.values()) {
                Dataset subset = Subsets.of(HLD, keep, outside);
                assertThat(subset).as("%s, %s", point, outside).hasNoDanglingReferences().isValid();
                assertThat(GmgJson.parse(GmgJson.toJson(subset))).isEqualTo(subset);
            }
        }
        assertThat(danglingByHand).as("the bundled data has references across action points").isPositive();
        Dataset byHand = filteredByHand(a -> a.actionPoints().contains(ActionPoint.COSTS_OF_LABOUR_MIGRATION));
        assertThatThrownBy(() -> GmgJson.parse(GmgJson.toJson(byHand))).isInstanceOf(GmgFormatException.class)
                .hasMessageContaining("unknown activity");
    }

    @Test
    void pruneKeepsExactlyTheMatchesAndDropsReferencesThatLeave() {
        Dataset d = TestActivities.dataset(
                activity("whole-test").ledBy("ILO"),
                activity("part-test").ledBy("ITC-ILO").partOf("whole-test").relatedTo("other-test", "whole-test"),
                activity("other-test").ledBy("UNHCR"));
        Dataset subset = Subsets.of(d, a -> a.id().equals("part-test"));
        assertThat(subset.activities()).extracting(Activity::id).containsExactly("part-test");
        Activity part = subset.activities().get(0);
        assertThat(part.partOf()).isEmpty();
        assertThat(part.related()).isEmpty();
        assertThat(subset.agencies()).extracting(Agency::id).as("in the source's order").containsExactly("ILO", "ITC-ILO");
        assertThat(subset.metadata()).isEqualTo(d.metadata());

        Dataset withOther = Subsets.of(d, a -> !a.id().equals("whole-test"));
        assertThat(withOther.activity("part-test").orElseThrow().related()).containsExactly("other-test");
    }

    @Test
    void followAddsTheActivitiesThatReferencesName() {
        Dataset d = TestActivities.dataset(
                activity("root-test").ledBy("ILO").relatedTo("side-test"),
                activity("side-test").ledBy("UNHCR"),
                activity("part-test").ledBy("IOM").partOf("root-test"),
                activity("alone-test").ledBy("UNICEF"));
        Dataset subset = Subsets.of(d, a -> a.id().equals("part-test"), OutsideReferences.FOLLOW);
        assertThat(subset.activities()).extracting(Activity::id).containsExactly("root-test", "side-test", "part-test");
        assertThat(subset.activities()).containsExactlyElementsOf(d.activities().subList(0, 3));
        assertThat(subset.agencies()).extracting(Agency::id).containsExactly("ILO", "UNHCR", "IOM");
    }

    @Test
    void aQueryCutsTheSameSubsetAsItsPredicateWhateverItsPage() {
        ActivityQuery ilo = ActivityQuery.builder().agencies("ILO").regions("Europe").limit(1).build();
        Dataset subset = Subsets.of(HLD, ilo);
        assertThat(subset).isValid();
        assertThat(subset.activities()).hasSizeGreaterThan(1)
                .containsExactlyElementsOf(Subsets.of(HLD, ilo.predicate(HLD)).activities());
        assertThat(Subsets.of(HLD, ilo, OutsideReferences.FOLLOW).activities()).extracting(Activity::id)
                .containsAll(subset.activities().stream().map(Activity::id).toList())
                .contains("ilo-fair-recruitment-initiative");
    }

    @Test
    void aFilterCutsTheSameSubsetAsTheQueryMadeOfIt() {
        dev.gmg.query.ActivityFilter filter = dev.gmg.query.ActivityFilter.parse("source:2.7 AND NOT undated");
        Dataset subset = Subsets.of(HLD, filter);
        assertThat(subset).isValid();
        assertThat(subset.activities()).isNotEmpty()
                .containsExactlyElementsOf(Subsets.of(HLD, ActivityQuery.of(filter)).activities())
                .allSatisfy(a -> assertThat(a.period()).isPresent());
    }

    @Test
    void aSubsetOfASyntheticDatasetIsValid() {
        Dataset big = SyntheticDatasets.generate(7, 2_000);
        Dataset subset = Subsets.of(big, ActivityQuery.builder().regions("Africa").build());
        assertThat(subset).isValid();
        assertThat(subset.activities().size()).isBetween(1, 1_999);
        assertThat(subset.agencies().size()).isLessThanOrEqualTo(big.agencies().size());
    }
}
