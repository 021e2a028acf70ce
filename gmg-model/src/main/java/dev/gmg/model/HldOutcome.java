package dev.gmg.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An outcome of the 2013 High-level Dialogue that the report invokes: one of the eight points of the
 * Secretary-General's agenda, a point of the HLD Declaration (General Assembly resolution 68/4), or an
 * initiative formalised at the Dialogue. The standard list is {@link Crosswalk#outcomes()}.
 *
 * <p>An outcome reaches activities through action points and themes: an activity serves it when it has any of
 * {@link #actionPoints()} or any of {@link #themes()} ({@link Crosswalk#serves(Activity, HldOutcome)}).
 *
 * @param id a stable slug, for example {@code declaration-reliable-data} or {@code point-7}
 * @param kind what sort of outcome it is
 * @param label a short summary in this project's words
 * @param sources the report paragraphs that invoke it
 * @param actionPoints the points of the agenda it relates to
 * @param themes the themes through which it reaches activities
 */
public record HldOutcome(String id, Kind kind, String label, List<SourceRef> sources, Set<ActionPoint> actionPoints,
        Set<Theme> themes) {

    /** What sort of outcome. */
    public enum Kind implements Coded {
        /** A point of the Secretary-General's eight-point agenda for action. */
        ACTION_POINT("Point of the eight-point agenda"),
        /** A point of the 2013 HLD Declaration. */
        DECLARATION_POINT("Point of the HLD Declaration"),
        /** An initiative the Dialogue formalised. */
        INITIATIVE("Initiative formalised at the HLD");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String code() {
            return Codes.codeOf(this);
        }

        @Override
        public String label() {
            return label;
        }

        /**
         * The kind with this code, label or name, ignoring case and punctuation.
         *
         * @param text the code
         * @return the kind
         * @throws UnknownReferenceException naming the input and the closest codes
         */
        public static Kind parse(String text) {
            return Codes.parse(Kind.class, text, "outcome kind");
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /**
     * Checks the outcome: it needs an id, a label and at least one way to reach activities.
     *
     * @param id the slug
     * @param kind the kind
     * @param label the label
     * @param sources the paragraphs
     * @param actionPoints the points
     * @param themes the themes
     */
    public HldOutcome {
        Objects.requireNonNull(kind, "kind");
        if (id == null || !id.matches(Activity.ID_PATTERN)) {
            throw new IllegalArgumentException("outcome id must be a lower-case slug, was '" + id + "'");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("outcome '" + id + "' needs a label");
        }
        sources = List.copyOf(sources);
        actionPoints = Set.copyOf(actionPoints);
        themes = Set.copyOf(themes);
        if (actionPoints.isEmpty() && themes.isEmpty()) {
            throw new IllegalArgumentException("outcome '" + id + "' reaches no activity: give a point or a theme");
        }
    }

    @Override
    public String toString() {
        return id + " (" + kind + "): " + label;
    }
}
