package dev.gmg.model;

/** What kind of organisation an {@link Agency} is. */
public enum AgencyKind implements Coded {
    /** UN fund or programme. */
    FUND_OR_PROGRAMME("UN fund or programme"),
    /** UN specialized agency. */
    SPECIALIZED_AGENCY("UN specialized agency"),
    /** UN regional commission. */
    REGIONAL_COMMISSION("UN regional commission"),
    /** UN Secretariat department or office. */
    SECRETARIAT("UN Secretariat department or office"),
    /** Related organization. */
    RELATED_ORGANIZATION("Related organization"),
    /** UN research and training institute. */
    RESEARCH_AND_TRAINING("UN research and training institute"),
    /** Unit of another organisation. */
    UNIT("Unit of another organisation"),
    /** UN intergovernmental or treaty body. */
    UN_BODY("UN intergovernmental or treaty body"),
    /** Intergovernmental organisation. */
    INTERGOVERNMENTAL("Intergovernmental organisation"),
    /** Government. */
    GOVERNMENT("Government"),
    /** Civil society. */
    CIVIL_SOCIETY("Civil society"),
    /** Private sector. */
    PRIVATE_SECTOR("Private sector"),
    /** Network, working group or initiative. */
    NETWORK("Network, working group or initiative");

    private final String label;

    AgencyKind(String label) {
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
    public static AgencyKind parse(String text) {
        return Codes.parse(AgencyKind.class, text, "agency kind");
    }

    @Override
    public String toString() {
        return code();
    }
}
