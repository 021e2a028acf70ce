package dev.gmg.model;

/** Where an {@link Activity} stood at the report's date (about May 2014). */
public enum Status implements Coded {
    /** Planned. */
    PLANNED("Planned"),
    /** Ongoing. */
    ONGOING("Ongoing"),
    /** Completed. */
    COMPLETED("Completed");

    private final String label;

    Status(String label) {
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
     * @param text a code ({@code planned}), label or constant name
     * @return the matching status
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static Status parse(String text) {
        return Codes.parse(Status.class, text, "status");
    }

    @Override
    public String toString() {
        return code();
    }
}
