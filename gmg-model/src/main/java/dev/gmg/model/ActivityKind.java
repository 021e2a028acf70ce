package dev.gmg.model;

/** What sort of thing an {@link Activity} is. */
public enum ActivityKind implements Coded {
    /** Meeting. */
    MEETING("Meeting"),
    /** Consultation. */
    CONSULTATION("Consultation"),
    /** Publication. */
    PUBLICATION("Publication"),
    /** Programme. */
    PROGRAMME("Programme"),
    /** Campaign. */
    CAMPAIGN("Campaign"),
    /** Data collection or database. */
    DATA("Data collection or database"),
    /** Research. */
    RESEARCH("Research"),
    /** Training. */
    TRAINING("Training"),
    /** Standard setting. */
    STANDARD_SETTING("Standard setting"),
    /** Coordination. */
    COORDINATION("Coordination"),
    /** Direct assistance. */
    DIRECT_ASSISTANCE("Direct assistance"),
    /** Technical assistance. */
    TECHNICAL_ASSISTANCE("Technical assistance"),
    /** Advocacy. */
    ADVOCACY("Advocacy");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    /** The code used in data files: the lower-case constant name with hyphens. */
    @Override
    public String code() {
        return Codes.codeOf(this);
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The constant with this code, label or name, ignoring case and punctuation.
     *
     * @param text a code ({@code meeting}), label or constant name
     * @return the matching kind
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static ActivityKind parse(String text) {
        return Codes.parse(ActivityKind.class, text, "activity kind");
    }

    @Override
    public String toString() {
        return code();
    }
}
