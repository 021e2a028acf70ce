package dev.gmg.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One thing an agency does, did or plans: who (participants), what (kind, themes, summary), where (places),
 * when (period, status), under which points of the agenda, and where the report says so.
 *
 * <p>An activity always has an id, a title, a summary, at least one action point and at least one
 * participant: the builder refuses to build one without them and names the missing attribute.
 *
 * <pre>{@code
 * Activity a = Activity.builder()
 *     .id("unctad-expert-meeting-financial-services")
 *     .title("Expert Meeting on the impact of access to financial services")
 *     .summary("UNCTAD experts look at cheaper remittances and mobile money.")
 *     .addActionPoints(ActionPoint.COSTS_OF_LABOUR_MIGRATION)
 *     .addParticipants(Participant.of("UNCTAD", Role.LEAD))
 *     .addPlaces(ActivityPlace.of("CHE", PlaceRole.VENUE))
 *     .period(EdtfPeriod.parse("2014-11-10/2014-11-14"))
 *     .status(Status.PLANNED)
 *     .kind(ActivityKind.MEETING)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Activity {

    /** The pattern of an activity id: a lower-case slug such as {@code ilo-fair-recruitment-initiative}. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * A new, empty builder.
     *
     * @return a builder whose {@link Builder#build() build()} checks the invariants of {@code Activity}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Activity}; obtained from {@link Activity#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {
        }
    }

    /** {@return a stable, readable id: lower-case words joined by hyphens} */
    @Pattern(regexp = ID_PATTERN, message = "must be lower-case letters and digits joined by single hyphens")
    @Size(min = 3, max = 80)
    public abstract String id();

    /** {@return the name the report gives, or a short title of our own} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return what the activity is, in the project's own words} */
    @NotBlank
    @Size(max = 2000)
    public abstract String summary();

    /** {@return the points of the agenda the activity serves, in agenda order; never empty} */
    public abstract Set<ActionPoint> actionPoints();

    /** {@return the agencies involved and their roles; never empty} */
    public abstract List<@Valid Participant> participants();

    /** {@return the places tied to the activity and what each is to it} */
    public abstract List<ActivityPlace> places();

    /** {@return when the activity happens, as precisely as the report says; empty where it gives no date} */
    public abstract Optional<EdtfPeriod> period();

    /** {@return where the activity stood at the report's date} */
    public abstract Status status();

    /** {@return what sort of activity this is} */
    public abstract ActivityKind kind();

    /** {@return the topics the activity touches} */
    public abstract Set<Theme> themes();

    /** {@return where the report describes the activity} */
    public abstract List<@Valid SourceRef> sources();

    /** {@return the id of the larger activity this one is part of (a workshop of an initiative), if any} */
    public abstract Optional<@Pattern(regexp = ID_PATTERN, message = "must be an activity id") String> partOf();

    /** {@return ids of other activities closely linked to this one} */
    public abstract List<@Pattern(regexp = ID_PATTERN, message = "must be an activity id") String> related();

    /** {@return the ids of every participating agency, in the order of {@link #participants()}, without repeats} */
    @Value.Lazy
    public Set<String> agencyIds() {
        Set<String> ids = new LinkedHashSet<>();
        participants().forEach(p -> ids.add(p.agencyId()));
        return java.util.Collections.unmodifiableSet(ids);
    }

    @Value.Check
    protected void check() {
        if (id().isBlank()) {
            throw new IllegalStateException("Activity id must not be blank");
        }
        if (actionPoints().isEmpty()) {
            throw new IllegalStateException(name() + " needs at least one action point (actionPoints is empty)");
        }
        if (participants().isEmpty()) {
            throw new IllegalStateException(name() + " needs at least one participant (participants is empty)");
        }
        if (partOf().filter(id()::equals).isPresent() || related().contains(id())) {
            throw new IllegalStateException(name() + " cannot be part of or related to itself");
        }
        if (hasRepeats(participants())) {
            throw new IllegalStateException(name() + " lists the same participant twice");
        }
        if (hasRepeats(places())) {
            throw new IllegalStateException(name() + " lists the same place in the same role twice");
        }
    }

    private String name() {
        return "Activity '" + id() + "'";
    }

    /** Whether a value comes twice: pairwise for the few values an activity lists, by hashing beyond. */
    private static boolean hasRepeats(List<?> values) {
        if (values.size() > 16) {
            return new HashSet<>(values).size() != values.size();
        }
        for (int i = 1; i < values.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(i).equals(values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The id and the title. */
    @Override
    public String toString() {
        return id() + ": " + title();
    }
}
