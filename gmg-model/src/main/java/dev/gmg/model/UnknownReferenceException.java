package dev.gmg.model;

import java.util.List;

/**
 * A name or code that matches nothing: an unknown agency, country, region or vocabulary term. Carries what was
 * looked for, the input, and suggestions close to it, so a message can say "did you mean".
 */
public final class UnknownReferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was looked for: "agency", "place", "theme"... */
    private final String what;
    /** The text that matched nothing. */
    private final String input;
    /** Known names close to the input, best first. */
    private final List<String> suggestions;

    UnknownReferenceException(String what, String input, List<String> suggestions, String hint) {
        super(message(what, input, suggestions, hint));
        this.what = what;
        this.input = input;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String what, String input, List<String> suggestions, String hint) {
        StringBuilder m = new StringBuilder("unknown ").append(what).append(" '").append(input).append('\'');
        if (!suggestions.isEmpty()) {
            m.append(", did you mean ");
            for (int i = 0; i < suggestions.size(); i++) {
                m.append(i == 0 ? "" : i == suggestions.size() - 1 ? " or " : ", ")
                        .append('\'').append(suggestions.get(i)).append('\'');
            }
            m.append('?');
        } else if (hint != null) {
            m.append("; ").append(hint);
        }
        return m.toString();
    }

    /** {@return what kind of thing was looked for, for example {@code "agency"} or {@code "place"}} */
    public String what() {
        return what;
    }

    /** {@return the text that matched nothing} */
    public String input() {
        return input;
    }

    /** {@return known names or codes close to the input, best first; possibly empty} */
    public List<String> suggestions() {
        return suggestions;
    }
}
