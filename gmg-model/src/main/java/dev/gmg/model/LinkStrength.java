package dev.gmg.model;

/** How closely a point or theme of the 2013 agenda matches an SDG target or GCM objective in the {@link Crosswalk}. */
public enum LinkStrength implements Coded {
    /** The target or objective names the same subject, in its own text or (for SDG targets) in an indicator. */
    DIRECT("direct"),
    /** The target or objective serves the same end by another route. */
    RELATED("related");

    private final String label;

    LinkStrength(String label) {
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
     * The strength with this code ({@code direct} or {@code related}), ignoring case.
     *
     * @param text the code
     * @return the strength
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static LinkStrength parse(String text) {
        return Codes.parse(LinkStrength.class, text, "link strength");
    }

    /**
     * Whether this strength is at least {@code minimum}: {@code DIRECT} is at least {@code RELATED}.
     *
     * @param minimum the weakest strength accepted
     * @return true when this strength is as strong as {@code minimum} or stronger
     */
    public boolean atLeast(LinkStrength minimum) {
        return ordinal() <= minimum.ordinal();
    }

    @Override
    public String toString() {
        return code();
    }
}
