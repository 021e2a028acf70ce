package dev.gmg.query;

import java.util.List;

/**
 * Text that is not a filter of the query language: carries the text, the offset of the fault (0-based, in chars),
 * what was expected there and, for an unknown name, the closest known names.
 *
 * <pre>
 * point:7 ANDD region:Africa
 *         ^ expected AND, OR, ')' or the end, found 'ANDD'
 * </pre>
 */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text that was read. */
    private final String input;
    /** Where the fault is. */
    private final int offset;
    /** What the language allows there. */
    private final String expected;
    /** Known names close to an unknown one. */
    private final List<String> suggestions;

    QuerySyntaxException(String input, int offset, String problem, String expected, List<String> suggestions) {
        super("at offset " + offset + " of '" + input + "': " + problem
                + (suggestions.isEmpty() ? "" : ", " + dev.gmg.model.internal.Suggestions.didYouMean(suggestions)));
        this.input = input;
        this.offset = offset;
        this.expected = expected;
        this.suggestions = List.copyOf(suggestions);
    }

    /** @return the text that was read */
    public String input() {
        return input;
    }

    /** @return where the fault is: the index of its first char in {@link #input()} */
    public int offset() {
        return offset;
    }

    /** @return what the language allows at the offset, for example {@code "a filter such as point:7"} */
    public String expected() {
        return expected;
    }

    /** @return known names close to an unknown one, best first; possibly empty */
    public List<String> suggestions() {
        return suggestions;
    }

    /**
     * The input with a caret under the fault, for a terminal: two lines.
     *
     * @return the input, a new line, then spaces and a {@code ^}
     */
    public String pointer() {
        return input + "\n" + " ".repeat(Math.min(offset, input.length())) + "^";
    }
}
