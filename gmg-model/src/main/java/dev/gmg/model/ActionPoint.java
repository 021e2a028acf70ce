package dev.gmg.model;

import dev.gmg.model.internal.Suggestions;
import java.util.Optional;

/**
 * The eight points of the UN Secretary-General's agenda for action presented to the 2013 High-level Dialogue,
 * in the order of the report's sections 2.1 to 2.8.
 *
 * <pre>{@code
 * ActionPoint.of(2)                    // COSTS_OF_LABOUR_MIGRATION
 * ActionPoint.parse("2.7")             // EVIDENCE_BASE
 * ActionPoint.parse("stranded migrants") // STRANDED_MIGRANTS
 * }</pre>
 */
public enum ActionPoint implements Coded {
    /** 1: protect the human rights of all migrants. */
    HUMAN_RIGHTS("Protect the human rights of all migrants", "human rights"),
    /** 2: reduce the costs of labour migration. */
    COSTS_OF_LABOUR_MIGRATION("Reduce the costs of labour migration", "costs"),
    /** 3: eliminate migrant exploitation, including human trafficking. */
    EXPLOITATION_AND_TRAFFICKING("Eliminate migrant exploitation, including human trafficking", "trafficking"),
    /** 4: address the plight of stranded migrants. */
    STRANDED_MIGRANTS("Address the plight of stranded migrants", "stranded migrants"),
    /** 5: improve public perceptions of migrants. */
    PUBLIC_PERCEPTIONS("Improve public perceptions of migrants", "perceptions"),
    /** 6: integrate migration into the development agenda. */
    DEVELOPMENT_AGENDA("Integrate migration into the development agenda", "development"),
    /** 7: strengthen the migration evidence base. */
    EVIDENCE_BASE("Strengthen the migration evidence base", "evidence"),
    /** 8: enhance migration partnerships and cooperation. */
    PARTNERSHIPS("Enhance migration partnerships and cooperation", "partnerships");

    /** The points in order, made once: {@code values()} copies its array on every call. */
    private static final ActionPoint[] BY_NUMBER = values();

    private final String title;
    private final String shortName;

    ActionPoint(String title, String shortName) {
        this.title = title;
        this.shortName = shortName;
    }

    /** {@return the point's number, 1 to 8} */
    public int number() {
        return ordinal() + 1;
    }

    /** {@return the report section that covers this point, "2.1" to "2.8"} */
    public String section() {
        return "2." + number();
    }

    /** {@return the point as the agenda words it, for example "Reduce the costs of labour migration"} */
    public String title() {
        return title;
    }

    /** {@return a one- or two-word name for narrow tables, for example "costs"} */
    public String shortName() {
        return shortName;
    }

    /** The code used in data files and on the command line: the lower-case constant name with hyphens. */
    @Override
    public String code() {
        return Codes.codeOf(this);
    }

    /** The title, for display. */
    @Override
    public String label() {
        return title;
    }

    /**
     * The point with the given number.
     *
     * @param number the point's number, 1 to 8
     * @return the point
     * @throws IllegalArgumentException if {@code number} is not 1 to 8
     */
    public static ActionPoint of(int number) {
        if (number < 1 || number > 8) {
            throw new IllegalArgumentException("action point must be 1 to 8, was " + number);
        }
        return BY_NUMBER[number - 1];
    }

    /**
     * Looks a point up by number ("2"), section ("2.2"), code, constant name, short name or title, ignoring
     * case and punctuation.
     *
     * @param text a number, section, code, name or title
     * @return the matching point, or empty
     */
    public static Optional<ActionPoint> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("[1-8]")) {
            return Optional.of(of(Integer.parseInt(t)));
        }
        if (t.matches("2\\.[1-8]\\.?")) {
            return Optional.of(of(t.charAt(2) - '0'));
        }
        String key = Suggestions.key(t);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ActionPoint p : values()) {
            if (key.equals(Suggestions.key(p.code())) || key.equals(Suggestions.key(p.title))
                    || key.equals(Suggestions.key(p.shortName))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #find(String)} but throws when nothing matches.
     *
     * @param text a number, section, code, name or title
     * @return the matching point
     * @throws UnknownReferenceException naming the input and the closest codes
     */
    public static ActionPoint parse(String text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException("action point", String.valueOf(text),
                Suggestions.suggest(String.valueOf(text), java.util.Arrays.stream(values()).map(ActionPoint::code).toList()),
                "expected 1 to 8, a section 2.1 to 2.8, or a name such as 'human-rights'"));
    }

    @Override
    public String toString() {
        return number() + " " + title;
    }
}
