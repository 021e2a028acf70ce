package dev.gmg.model;

/** What a place is to an {@link Activity}. */
public enum PlaceRole implements Coded {
    /** Venue. */
    VENUE("Venue"),
    /** Target country or region. */
    TARGET("Target country or region"),
    /** Regional or global scope. */
    SCOPE("Regional or global scope"),
    /** Country of origin. */
    ORIGIN("Country of origin");

    private final String label;

    PlaceRole(String label) {
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
     * @param text a code ({@code venue}), label or constant name
     * @return the matching role
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static PlaceRole parse(String text) {
        return Codes.parse(PlaceRole.class, text, "place role");
    }

    @Override
    public String toString() {
        return code();
    }
}
