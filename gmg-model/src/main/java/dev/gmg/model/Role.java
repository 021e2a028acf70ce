package dev.gmg.model;

/** What a participant does in an {@link Activity}. */
public enum Role implements Coded {
    /** Lead. */
    LEAD("Lead"),
    /** Partner. */
    PARTNER("Partner"),
    /** Funder. */
    FUNDER("Funder"),
    /** Host. */
    HOST("Host");

    private final String label;

    Role(String label) {
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
     * @param text a code ({@code lead}), label or constant name
     * @return the matching role
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static Role parse(String text) {
        return Codes.parse(Role.class, text, "role");
    }

    @Override
    public String toString() {
        return code();
    }
}
