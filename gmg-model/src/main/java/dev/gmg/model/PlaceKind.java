package dev.gmg.model;

/** What level of the gazetteer a {@link Place} is. */
public enum PlaceKind implements Coded {
    /** World. */
    WORLD("World"),
    /** M49 region. */
    REGION("M49 region"),
    /** M49 sub-region. */
    SUB_REGION("M49 sub-region"),
    /** M49 intermediate region. */
    INTERMEDIATE_REGION("M49 intermediate region"),
    /** Country or area. */
    COUNTRY("Country or area"),
    /** Named area. */
    NAMED_AREA("Named area"),
    /** City, coded with UN/LOCODE; it belongs to one country. */
    CITY("City");

    private final String label;

    PlaceKind(String label) {
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
     * @param text a code, label or constant name
     * @return the matching kind
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static PlaceKind parse(String text) {
        return Codes.parse(PlaceKind.class, text, "place kind");
    }

    @Override
    public String toString() {
        return code();
    }
}
