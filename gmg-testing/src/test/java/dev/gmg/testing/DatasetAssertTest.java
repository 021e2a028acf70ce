package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Role;
import dev.gmg.query.ActivityQuery;
import org.junit.jupiter.api.Test;

/** Each dataset assertion passes on a whole dataset and fails with a message that shows what is wrong. */
class DatasetAssertTest {

    static final Dataset HLD = Datasets.hld2014();

    /** Two activities that both read fine alone; the second names one that is not there. */
    static final Dataset DANGLING = Dataset.builder().from(TestActivities.dataset(
            activity("ilo-test").ledBy("ILO"),
            activity("iom-test").ledBy("IOM").partOf("ilo-tset").relatedTo("ilo-test", "nowhere-at-all")))
            .addActivities(activity("orphan-test").ledBy("NOBODY").build())
            .build();

    @Test
    void passesOnTheBundledDataset() {
        assertThat(HLD).isValid().hasNoDanglingReferences().hasActivity("ilo-labour-migration-academy-2014")
                .containsActivitiesMatching(ActivityQuery.builder().agencies("ILO").regions("Europe").build())
                .containsActivitiesMatching(a -> a.kind() == ActivityKind.TRAINING)
                .activity("ilo-labour-migration-academy-2014").hasParticipant("ITC-ILO", Role.HOST);
    }

    @Test
    void missingActivitySuggestsCloseIds() {
        assertThatThrownBy(() -> assertThat(HLD).hasActivity("ilo-labour-migration-academy-2015"))
                .hasMessageContaining("to have activity:").hasMessageContaining("'ilo-labour-migration-academy-2015'")
                .hasMessageContaining("did you mean 'ilo-labour-migration-academy-2014'?");
        assertThatThrownBy(() -> assertThat(HLD).activity("no-such-thing"))
                .hasMessageContaining("'no-such-thing'").hasMessageContaining("it has none with that id");
    }

    @Test
    void danglingReferencesAreEachNamedWithTheirActivity() {
        assertThatThrownBy(() -> assertThat(DANGLING).hasNoDanglingReferences())
                .hasMessageContaining("but it had 3:")
                .hasMessageContaining("activity 'iom-test': partOf 'ilo-tset' is not an activity of the dataset,"
                        + " did you mean 'ilo-test'?")
                .hasMessageContaining("activity 'iom-test': related 'nowhere-at-all' is not an activity")
                .hasMessageContaining("activity 'orphan-test': participant 'NOBODY' is not an agency");
    }

    @Test
    void invalidDatasetShowsTheReadersProblems() {
        assertThatThrownBy(() -> assertThat(DANGLING).isValid())
                .hasMessageContaining("to be valid")
                .hasMessageContaining("ilo-tset")
                .hasMessageContaining("NOBODY");
        Activity tooLong = activity("long-title-test").title("x".repeat(301)).build();
        assertThatThrownBy(() -> assertThat(TestActivities.dataset(java.util.List.of(tooLong))).isValid())
                .hasMessageContaining("activities[0].title");
    }

    @Test
    void noMatchShowsTheFilterAndTheActivities() {
        ActivityQuery nothing = ActivityQuery.builder().agencies("ILO").regions("Antarctica").build();
        assertThatThrownBy(() -> assertThat(HLD).containsActivitiesMatching(nothing))
                .hasMessageContaining(nothing.toString())
                .hasMessageContaining("but none of its " + HLD.activities().size() + " activities did")
                .hasMessageContaining(HLD.activities().get(0).id()).hasMessageContaining(", ...]");
        assertThatThrownBy(() -> assertThat(DANGLING).containsActivitiesMatching(a -> a.id().startsWith("unhcr"),
                "an activity of UNHCR"))
                .hasMessageContaining("an activity of UNHCR")
                .hasMessageContaining("[ilo-test, iom-test, orphan-test]");
        dev.gmg.query.ActivityFilter none = dev.gmg.query.ActivityFilter.parse("agency:ILO AND region:Antarctica");
        assertThatThrownBy(() -> assertThat(HLD).containsActivitiesMatching(none))
                .hasMessageContaining(none.toString());
        assertThat(HLD).containsActivitiesMatching(dev.gmg.query.ActivityFilter.parse("gcm:6/direct"));
        assertThatThrownBy(() -> assertThat(DANGLING).containsActivitiesMatching(a -> false))
                .hasMessageContaining("the given predicate");
    }
}
