package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.UnknownReferenceException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each activity assertion passes on what the activity has and fails, naming the activity, on what it lacks. */
class ActivityAssertTest {

    static final Activity ACADEMY = Datasets.hld2014().activity("ilo-labour-migration-academy-2014").orElseThrow();
    static final Activity INDICATORS = Datasets.hld2014().activity("unicef-ohchr-human-rights-indicators-migrants")
            .orElseThrow();

    @Test
    void passesOnWhatTheBundledDataSays() {
        assertThat(ACADEMY).hasActionPoint(7).hasActionPoint(ActionPoint.EVIDENCE_BASE).isLedBy("ILO")
                .hasParticipant("ITC-ILO", Role.HOST).isPlacedIn("Italy").isPlacedIn("Europe")
                .hasPeriodWithin("2014").hasPeriodWithin(LocalDate.of(2014, 6, 16), LocalDate.of(2014, 6, 27))
                .hasStatus(Status.PLANNED).isCitedFrom("2.7", 21);
        assertThat(INDICATORS).isLedBy("UNICEF").isLedBy("OHCHR").isCitedFrom("2.7", 11);
    }

    @Test
    void actionPointFailureNamesTheActivityAndItsPoints() {
        assertThatThrownBy(() -> assertThat(ACADEMY).hasActionPoint(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014'")
                .hasMessageContaining("action point 2 (costs)")
                .hasMessageContaining("[7 (evidence)]");
    }

    @Test
    void leadFailureShowsTheParticipants() {
        assertThatThrownBy(() -> assertThat(ACADEMY).isLedBy("ITC-ILO"))
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014'")
                .hasMessageContaining("ITC-ILO (lead)")
                .hasMessageContaining("[ILO (lead), ITC-ILO (host), GMG-TF-DW (partner)]");
        assertThatThrownBy(() -> assertThat(INDICATORS).hasParticipant("OHCHR", Role.PARTNER))
                .hasMessageContaining("activity 'unicef-ohchr-human-rights-indicators-migrants'")
                .hasMessageContaining("OHCHR (partner)").hasMessageContaining("OHCHR (lead)");
    }

    @Test
    void placeFailureShowsThePlacesAndAnUnknownPlaceIsSuggested() {
        assertThatThrownBy(() -> assertThat(ACADEMY).isPlacedIn("Africa"))
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014' to be placed in")
                .hasMessageContaining("Africa (002)").hasMessageContaining("Turin (ITTRN) as venue");
        assertThatThrownBy(() -> assertThat(INDICATORS).isPlacedIn("Africa"))
                .hasMessageContaining("its places were:").hasMessageContaining("[]");
        assertThatThrownBy(() -> assertThat(ACADEMY).isPlacedIn("Itlay"))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("Italy");
    }

    @Test
    void periodFailureShowsThePeriodOrItsAbsence() {
        assertThatThrownBy(() -> assertThat(ACADEMY).hasPeriodWithin("2014-05"))
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014' to have a period within"
                        + " 2014-05-01/2014-05-31")
                .hasMessageContaining("2014-06-16/2014-06-27");
        assertThatThrownBy(() -> assertThat(INDICATORS).hasPeriodWithin("2014"))
                .hasMessageContaining("'unicef-ohchr-human-rights-indicators-migrants'")
                .hasMessageContaining("it has no period");
        assertThatThrownBy(() -> assertThat(activity("open-test").period("2014/..").build()).hasPeriodWithin("2014/2020"))
                .hasMessageContaining("2014/.. (2014-01-01 to open)");
    }

    @Test
    void statusFailureShowsTheStatus() {
        assertThatThrownBy(() -> assertThat(ACADEMY).hasStatus(Status.COMPLETED))
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014' to have status completed")
                .hasMessageContaining("its status was planned");
    }

    @Test
    void citationFailureShowsTheSources() {
        assertThatThrownBy(() -> assertThat(ACADEMY).isCitedFrom("2.7", 11))
                .hasMessageContaining("activity 'ilo-labour-migration-academy-2014' to be cited from §2.7 ¶11")
                .hasMessageContaining("§2.7 ¶21");
    }

    @Test
    void nullActivityFails() {
        assertThatThrownBy(() -> assertThat((Activity) null).isLedBy("ILO"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    }
}
