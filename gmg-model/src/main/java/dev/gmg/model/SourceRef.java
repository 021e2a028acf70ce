package dev.gmg.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where in the report an activity is described: the section ("2.6", "3"), the sub-heading if the section has
 * them, and the paragraph's number within the section (1 is the first paragraph after the section heading;
 * sub-headings do not reset the count).
 */
@Value.Immutable
public abstract class SourceRef {

    /**
     * A reference to a paragraph of a section without sub-headings.
     *
     * @param section the section number, for example "2.6"
     * @param paragraph the paragraph's number within the section, from 1
     * @return the reference
     */
    public static SourceRef of(String section, int paragraph) {
        return builder().section(section).paragraph(paragraph).build();
    }

    /**
     * A new, empty builder, for a reference with a sub-heading.
     *
     * @return a builder that needs a section and a paragraph
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SourceRef}; obtained from {@link SourceRef#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableSourceRef.Builder {
        Builder() {
        }
    }

    /** {@return the section number, for example "2.6" or "3"} */
    @Pattern(regexp = "[1-9](\\.[1-9])?", message = "must be a section number like 2.6 or 3")
    public abstract String section();

    /** {@return the sub-heading within the section, as the report spells it} */
    public abstract Optional<@Size(min = 1, max = 200) String> subheading();

    /** {@return the paragraph number within the section, from 1} */
    @Positive
    public abstract int paragraph();

    @Override
    public String toString() {
        return "§" + section() + " ¶" + paragraph() + subheading().map(s -> " (" + s + ")").orElse("");
    }
}
