package dev.gmg.model;

/** A framework that came after the 2013 agenda and that the {@link Crosswalk} links activities to. */
public enum Framework implements Coded {
    /** The targets of the 2030 Agenda's Sustainable Development Goals (2015). */
    SDG("SDG target"),
    /** The objectives of the Global Compact for Safe, Orderly and Regular Migration (2018). */
    GCM("GCM objective");

    private final String label;

    Framework(String label) {
        this.label = label;
    }

    /** The prefix of the framework's references, {@code "sdg"} or {@code "gcm"}. */
    @Override
    public String code() {
        return Codes.codeOf(this);
    }

    /** What one item of the framework is called, for example "SDG target". */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return code();
    }
}
