package dev.gmg.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation the report names: a GMG agency, one of its sub-bodies, another UN body, or an outside
 * partner.
 *
 * <pre>{@code
 * Agency unWomen = Agency.builder()
 *     .id("UN-Women")
 *     .name("United Nations Entity for Gender Equality and the Empowerment of Women")
 *     .kind(AgencyKind.FUND_OR_PROGRAMME)
 *     .gmgMember(true)
 *     .addAliases("UN Women")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Agency {

    /** The pattern of an agency id: letters and digits in groups joined by single hyphens. */
    public static final String ID_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

    /**
     * A new, empty builder.
     *
     * @return a builder whose {@link Builder#build() build()} checks the invariants of {@code Agency}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Agency}; obtained from {@link Agency#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableAgency.Builder {
        Builder() {
        }
    }

    /** {@return the id: the report's acronym where it has one ({@code ILO}, {@code UN-Women}, {@code UN-DESA-PD})} */
    @Pattern(regexp = ID_PATTERN, message = "must be letters and digits joined by single hyphens, like UN-Women")
    @Size(max = 40)
    public abstract String id();

    /** {@return the full name, for example "International Labour Organization"} */
    @NotBlank
    @Size(max = 200)
    public abstract String name();

    /** {@return what kind of organisation this is} */
    public abstract AgencyKind kind();

    /** {@return true for a member of the Global Migration Group in 2014; false for sub-bodies and outside partners} */
    @Value.Default
    public boolean gmgMember() {
        return false;
    }

    /** {@return the id of the organisation this one belongs to (UIS belongs to UNESCO), if any} */
    public abstract Optional<@Pattern(regexp = ID_PATTERN, message = "must be an agency id like UNESCO") String>
            parentId();

    /** {@return other names and spellings used for look-up ("UN Women", "UNWomen")} */
    public abstract List<@NotBlank @Size(max = 200) String> aliases();

    @Value.Check
    protected void check() {
        if (id().isBlank()) {
            throw new IllegalStateException("Agency id must not be blank");
        }
        if (parentId().filter(id()::equals).isPresent()) {
            throw new IllegalStateException("Agency " + id() + " cannot be its own parent");
        }
    }

    /** The id and the name, for example "ILO (International Labour Organization)". */
    @Override
    public String toString() {
        return id() + " (" + name() + ")";
    }
}
