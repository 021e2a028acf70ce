package dev.gmg.model;

/** The controlled vocabulary of topics an {@link Activity} touches. */
public enum Theme implements Coded {
    /** Children. */
    CHILDREN("Children"),
    /** Women and gender. */
    WOMEN_AND_GENDER("Women and gender"),
    /** Youth. */
    YOUTH("Youth"),
    /** Trafficking in persons. */
    TRAFFICKING("Trafficking in persons"),
    /** Migrant smuggling. */
    SMUGGLING("Migrant smuggling"),
    /** Recruitment. */
    RECRUITMENT("Recruitment"),
    /** Remittances. */
    REMITTANCES("Remittances"),
    /** Health. */
    HEALTH("Health"),
    /** Education. */
    EDUCATION("Education"),
    /** Statistics. */
    STATISTICS("Statistics"),
    /** Climate and environment. */
    CLIMATE_AND_ENVIRONMENT("Climate and environment"),
    /** Refugees and asylum. */
    REFUGEES_AND_ASYLUM("Refugees and asylum"),
    /** Domestic workers. */
    DOMESTIC_WORKERS("Domestic workers"),
    /** Xenophobia and discrimination. */
    XENOPHOBIA("Xenophobia and discrimination"),
    /** Skills recognition. */
    SKILLS_RECOGNITION("Skills recognition"),
    /** Social protection. */
    SOCIAL_PROTECTION("Social protection"),
    /** Migrants in crisis. */
    CRISIS("Migrants in crisis"),
    /** Post-2015 development agenda. */
    POST_2015_AGENDA("Post-2015 development agenda"),
    /** Human rights. */
    HUMAN_RIGHTS("Human rights"),
    /** Labour migration. */
    LABOUR_MIGRATION("Labour migration"),
    /** Irregular migration. */
    IRREGULAR_MIGRATION("Irregular migration"),
    /** Mainstreaming migration into development. */
    DEVELOPMENT_MAINSTREAMING("Mainstreaming migration into development"),
    /** Forced labour. */
    FORCED_LABOUR("Forced labour"),
    /** Border governance. */
    BORDER_GOVERNANCE("Border governance"),
    /** Capacity development. */
    CAPACITY_DEVELOPMENT("Capacity development"),
    /** Policy coherence. */
    POLICY_COHERENCE("Policy coherence"),
    /** South-South migration. */
    SOUTH_SOUTH("South-South migration"),
    /** Integration and social inclusion. */
    INTEGRATION("Integration and social inclusion");

    private final String label;

    Theme(String label) {
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
     * @param text a code ({@code trafficking}), label or constant name
     * @return the matching theme
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static Theme parse(String text) {
        return Codes.parse(Theme.class, text, "theme");
    }

    @Override
    public String toString() {
        return code();
    }
}
