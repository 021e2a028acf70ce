package dev.gmg.testing;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Activity}; obtain one with {@link GmgAssertions#assertThat(Activity)}. Every failure
 * message names the activity's id and shows what the activity has instead.
 *
 * <pre>{@code
 * assertThat(activity).isLedBy("ILO").hasParticipant("OHCHR", Role.PARTNER).hasActionPoint(7)
 *         .isPlacedIn("Africa").hasPeriodWithin("2014").hasStatus(Status.PLANNED).isCitedFrom("2.7", 11);
 * }</pre>
 */
public class ActivityAssert extends AbstractAssert<ActivityAssert, Activity> {

    /**
     * An assertion on {@code actual}; {@link GmgAssertions#assertThat(Activity)} is the usual way in.
     *
     * @param actual the activity under test, may be null (every assertion then fails)
     */
    public ActivityAssert(Activity actual) {
        super(actual, ActivityAssert.class);
    }

    /**
     * Verifies that the activity serves the given point of the agenda.
     *
     * @param point the action point
     * @return this assertion, for chaining
     */
    public ActivityAssert hasActionPoint(ActionPoint point) {
        Objects.requireNonNull(point, "point");
        isNotNull();
        if (!actual.actionPoints().contains(point)) {
            failWithMessage("%nExpecting activity '%s' to serve action point %s (%s)%nbut its action points were:%n  %s",
                    actual.id(), point.number(), point.shortName(), numbers(actual));
        }
        return this;
    }

    /**
     * Verifies that the activity serves the point of the agenda with this number.
     *
     * @param number the action point's number, 1 to 8
     * @return this assertion, for chaining
     * @throws IllegalArgumentException if {@code number} is not 1 to 8
     */
    public ActivityAssert hasActionPoint(int number) {
        return hasActionPoint(ActionPoint.of(number));
    }

    /**
     * Verifies that the given agency leads the activity (a participant with {@link Role#LEAD}).
     *
     * @param agencyId the agency's id, for example {@code "ILO"}
     * @return this assertion, for chaining
     */
    public ActivityAssert isLedBy(String agencyId) {
        return hasParticipant(agencyId, Role.LEAD);
    }

    /**
     * Verifies that the given agency takes part in the activity in the given role.
     *
     * @param agencyId the agency's id, exactly as in the data (sub-bodies are not their parents)
     * @param role its role
     * @return this assertion, for chaining
     */
    public ActivityAssert hasParticipant(String agencyId, Role role) {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(role, "role");
        isNotNull();
        if (!actual.participants().contains(Participant.of(agencyId, role))) {
            failWithMessage("%nExpecting activity '%s' to have participant:%n  %s (%s)%nbut its participants were:%n  %s",
                    actual.id(), agencyId, role.code(), actual.participants());
        }
        return this;
    }

    /**
     * Verifies that one of the activity's places lies within the given place: an activity in Morocco is placed in
     * Morocco, Northern Africa, Africa and the Arab region. An activity of worldwide scope is placed in the world
     * only.
     *
     * @param place a code or name of the standard gazetteer ({@code "MAR"}, {@code "Africa"}, {@code "015"})
     * @return this assertion, for chaining
     * @throws dev.gmg.model.UnknownReferenceException if the gazetteer does not know {@code place}
     */
    public ActivityAssert isPlacedIn(String place) {
        return isPlacedIn(Place.of(place));
    }

    /**
     * Verifies that one of the activity's places lies within {@code place}; see {@link #isPlacedIn(String)}.
     *
     * @param place the place
     * @return this assertion, for chaining
     */
    public ActivityAssert isPlacedIn(Place place) {
        Objects.requireNonNull(place, "place");
        isNotNull();
        if (actual.places().stream().noneMatch(p -> p.place().isWithin(place))) {
            failWithMessage("%nExpecting activity '%s' to be placed in:%n  %s%nbut its places were:%n  %s",
                    actual.id(), place, actual.places().stream().map(ActivityAssert::describe).toList());
        }
        return this;
    }

    /**
     * Verifies that the activity has a period and that every day it may include lies in {@code from..to}
     * (inclusive). A period with an open end is within no bounded range.
     *
     * @param from the first day of the range
     * @param to the last day of the range
     * @return this assertion, for chaining
     */
    public ActivityAssert hasPeriodWithin(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        isNotNull();
        EdtfPeriod period = actual.period().orElse(null);
        if (period == null) {
            failWithMessage("%nExpecting activity '%s' to have a period within %s/%s%nbut it has no period",
                    actual.id(), from, to);
        } else if (!period.isWithin(from, to)) {
            failWithMessage("%nExpecting activity '%s' to have a period within %s/%s%nbut its period was:%n  %s (%s to %s)",
                    actual.id(), from, to, period, bound(period.earliest()), bound(period.latest()));
        }
        return this;
    }

    /**
     * Verifies that the activity's period lies within the days of an EDTF date: {@code "2014"},
     * {@code "2014-05"}, {@code "2014-21"} (spring), {@code "2013/2015"}.
     *
     * @param edtf the range, in EDTF
     * @return this assertion, for chaining
     * @throws java.time.format.DateTimeParseException if {@code edtf} is not EDTF
     */
    public ActivityAssert hasPeriodWithin(String edtf) {
        EdtfPeriod range = EdtfPeriod.parse(edtf);
        return hasPeriodWithin(range.earliest(), range.latest());
    }

    /**
     * Verifies the activity's status as of the report's date.
     *
     * @param status the expected status
     * @return this assertion, for chaining
     */
    public ActivityAssert hasStatus(Status status) {
        Objects.requireNonNull(status, "status");
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("%nExpecting activity '%s' to have status %s%nbut its status was %s",
                    actual.id(), status.code(), actual.status().code());
        }
        return this;
    }

    /**
     * Verifies that one of the activity's sources is the given paragraph of the given section of the report.
     *
     * @param section the section, for example {@code "2.7"}
     * @param paragraph the paragraph's number within the section, from 1
     * @return this assertion, for chaining
     */
    public ActivityAssert isCitedFrom(String section, int paragraph) {
        Objects.requireNonNull(section, "section");
        isNotNull();
        boolean cited = actual.sources().stream()
                .anyMatch(s -> s.section().equals(section) && s.paragraph() == paragraph);
        if (!cited) {
            failWithMessage("%nExpecting activity '%s' to be cited from %s%nbut its sources were:%n  %s",
                    actual.id(), SourceRef.of(section, paragraph), actual.sources());
        }
        return this;
    }

    private static String numbers(Activity a) {
        return a.actionPoints().stream().map(p -> p.number() + " (" + p.shortName() + ")").toList().toString();
    }

    private static String describe(ActivityPlace p) {
        return p.place() + " as " + p.role().code();
    }

    private static String bound(LocalDate day) {
        return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? "open" : day.toString();
    }
}
