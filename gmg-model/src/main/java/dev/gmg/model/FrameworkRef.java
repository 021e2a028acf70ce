package dev.gmg.model;

import java.util.Objects;

/**
 * One SDG target ({@code sdg:10.7}) or GCM objective ({@code gcm:6}), with a short label in this project's
 * own words. The references the SDK knows come from {@link Crosswalk#refs()}; look one up with
 * {@link Crosswalk#ref(String)}.
 */
public final class FrameworkRef implements Comparable<FrameworkRef> {

    private final Framework framework;
    private final String code;
    private final String label;
    private final String note;

    FrameworkRef(Framework framework, String code, String label, String note) {
        this.framework = Objects.requireNonNull(framework);
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.note = Objects.requireNonNull(note);
    }

    /** {@return the framework, SDG or GCM} */
    public Framework framework() {
        return framework;
    }

    /** {@return the target's code ("10.c") or the objective's number ("6"), as the framework writes it} */
    public String code() {
        return code;
    }

    /** {@return a short summary in this project's words, for example "Fair and ethical recruitment and decent work"} */
    public String label() {
        return label;
    }

    /**
     * {@return for an SDG target, why it counts as migration-related and on what basis (its text, an indicator, or
     * our reading); empty for a GCM objective, which is migration-related by definition}
     */
    public String note() {
        return note;
    }

    /** {@return the reference as the query language and data files write it: {@code "sdg:10.7"}, {@code "gcm:6"}} */
    public String id() {
        return framework.code() + ":" + code;
    }

    /** SDG targets before GCM objectives; targets by goal then target, objectives by number. */
    @Override
    public int compareTo(FrameworkRef o) {
        int c = framework.compareTo(o.framework);
        return c != 0 ? c : compareCodes(code, o.code);
    }

    private static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareParts(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Numbers by value (10.2 before 10.7 before 10.10); SDG letter targets (10.a, 10.c) after numbered ones. */
    private static int compareParts(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkRef r && r.framework == framework && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return framework.hashCode() * 31 + code.hashCode();
    }

    /** The {@link #id()}, for example {@code sdg:10.7}. */
    @Override
    public String toString() {
        return id();
    }
}
