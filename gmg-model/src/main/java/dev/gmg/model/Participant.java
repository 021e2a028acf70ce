package dev.gmg.model;

import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/** An agency taking part in an {@link Activity}, and its role there. */
@Value.Immutable
public abstract class Participant {

    /**
     * A participant with the given agency id and role.
     *
     * @param agencyId the id of an agency of the dataset
     * @param role what the agency does in the activity
     * @return the participant
     */
    public static Participant of(String agencyId, Role role) {
        return ImmutableParticipant.of(agencyId, role);
    }

    /** {@return the id of the {@link Agency}; resolved through {@link Dataset#agency(String)}} */
    @Value.Parameter
    @Pattern(regexp = Agency.ID_PATTERN, message = "must be an agency id like UN-Women")
    public abstract String agencyId();

    /** {@return what the agency does in the activity} */
    @Value.Parameter
    public abstract Role role();

    @Override
    public String toString() {
        return agencyId() + " (" + role().code() + ")";
    }
}
