package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import org.junit.jupiter.api.Test;

/** One line makes a valid activity or dataset; what is not given has a plain default. */
class TestActivitiesTest {

    @Test
    void oneLineMakesAValidActivityWithDefaults() {
        Activity a = activity("ilo-test").ledBy("ILO").inPoint(7).build();
        assertThat(a).isLedBy("ILO").hasActionPoint(7).hasStatus(Status.ONGOING).isCitedFrom("2.7", 1);
        assertThat(a.title()).isEqualTo("Test activity ilo-test");
        assertThat(activity("plain-test").build()).isLedBy("IOM").hasActionPoint(1);
        assertThat(TestActivities.dataset(activity("ilo-test").ledBy("ILO").inPoint(7))).isValid();
    }

    @Test
    void everyAttributeCanBeSet() {
        Activity a = activity("full-test").title("Full").summary("All set.").inPoint(2, 3).ledBy("UNHCR")
                .partner("OHCHR").participant("EU", Role.FUNDER).placedIn("Morocco").placedIn("Africa")
                .period("2014-06-16/2014-06-27").kind(dev.gmg.model.ActivityKind.TRAINING)
                .themes(dev.gmg.model.Theme.values()[0]).citedFrom("2.3", 4).build();
        assertThat(a).hasParticipant("OHCHR", Role.PARTNER).hasParticipant("EU", Role.FUNDER).isPlacedIn("MAR")
                .hasPeriodWithin("2014-06").hasStatus(Status.PLANNED).isCitedFrom("2.3", 4).hasActionPoint(3);
        assertThat(a.places()).extracting(p -> p.role().code()).containsExactly("venue", "scope");
        assertThat(activity("past-test").period("2013").build()).hasStatus(Status.COMPLETED);
        assertThat(activity("set-test").period("2013").status(Status.ONGOING).build()).hasStatus(Status.ONGOING);
    }

    @Test
    void datasetHasTheAgenciesItNamesAndTheirParents() {
        Dataset d = TestActivities.dataset(
                activity("itc-test").ledBy("ITC-ILO").partner("Made-Up"),
                activity("link-test").ledBy("IOM").partOf("itc-test").relatedTo("itc-test"));
        assertThat(d).isValid().hasNoDanglingReferences();
        assertThat(d.agencies()).extracting(Agency::id).containsExactly("ITC-ILO", "ILO", "Made-Up", "IOM");
        assertThat(d.requireAgency("ILO").name()).isEqualTo("International Labour Organization");
        assertThat(d.requireAgency("Made-Up").kind()).isEqualTo(AgencyKind.NETWORK);
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> activity("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'").hasMessageContaining("3 to 80 lower-case letters");
        assertThatThrownBy(() -> activity("Upper-Case")).hasMessageContaining("'Upper-Case'");
        assertThatThrownBy(() -> activity("ok-test").inPoint(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestActivities.dataset(activity("same-test"), activity("same-test")))
                .hasMessageContaining("same-test");
    }
}
