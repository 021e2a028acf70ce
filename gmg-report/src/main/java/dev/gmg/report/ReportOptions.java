package dev.gmg.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a report shows beyond the result itself: the query as the user wrote it, and how many activities a
 * place or date filter could not judge and so left out. Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults()
 *     .queryText("agency = UNICEF")
 *     .leftOut(LeftOut.of(12, 40, 11));
 * }</pre>
 */
public final class ReportOptions {

    private static final ReportOptions DEFAULTS = new ReportOptions(null, null);

    private final String queryText;
    private final LeftOut leftOut;

    private ReportOptions(String queryText, LeftOut leftOut) {
        this.queryText = queryText;
        this.leftOut = leftOut;
    }

    /**
     * No query text of its own (the page prints the query's {@code toString()}) and no "left out" counts.
     *
     * @return the default options
     */
    public static ReportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with the query shown as {@code text} in the header, for example the command line's
     * {@code --where} expression.
     *
     * @param text the query as the user wrote it; not blank
     * @return a copy with the text
     */
    public ReportOptions queryText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("query text must not be blank");
        }
        return new ReportOptions(text, leftOut);
    }

    /**
     * These options with the counts of activities the filter left out because it could not judge them.
     *
     * @param counts the counts, from the query result
     * @return a copy with the counts
     */
    public ReportOptions leftOut(LeftOut counts) {
        return new ReportOptions(queryText, Objects.requireNonNull(counts, "counts"));
    }

    /**
     * The query as the user wrote it, if given.
     *
     * @return the text, or empty to print the query itself
     */
    public Optional<String> queryText() {
        return Optional.ofNullable(queryText);
    }

    /**
     * The "left out" counts, if given.
     *
     * @return the counts, or empty when the page should not mention them
     */
    public Optional<LeftOut> leftOut() {
        return Optional.ofNullable(leftOut);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportOptions r && Objects.equals(r.queryText, queryText)
                && Objects.equals(r.leftOut, leftOut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryText, leftOut);
    }

    /** @return the query text and the counts, for example {@code ReportOptions{query=..., leftOut=...}} */
    @Override
    public String toString() {
        return "ReportOptions{query=" + queryText + ", leftOut=" + leftOut + "}";
    }

    /**
     * How many activities a filter left out because it could not judge them: undated ones under a date filter,
     * placeless and global-only ones under a place filter.
     *
     * @param undated activities without a period, left out by a date filter
     * @param placeless activities without any place, left out by a place filter
     * @param globalOnly activities whose only place is the whole world, left out by a place filter
     */
    public record LeftOut(int undated, int placeless, int globalOnly) {

        /**
         * Checks the counts.
         *
         * @param undated activities without a period, left out by a date filter
         * @param placeless activities without any place, left out by a place filter
         * @param globalOnly activities whose only place is the whole world, left out by a place filter
         * @throws IllegalArgumentException if a count is negative
         */
        public LeftOut {
            if (undated < 0 || placeless < 0 || globalOnly < 0) {
                throw new IllegalArgumentException("left-out counts must be 0 or more, were " + undated + ", "
                        + placeless + ", " + globalOnly);
            }
        }

        /**
         * The counts.
         *
         * @param undated activities without a period, left out by a date filter
         * @param placeless activities without any place, left out by a place filter
         * @param globalOnly activities whose only place is the whole world, left out by a place filter
         * @return the counts
         */
        public static LeftOut of(int undated, int placeless, int globalOnly) {
            return new LeftOut(undated, placeless, globalOnly);
        }

        /** @return the sum of the three counts */
        public int total() {
            return undated + placeless + globalOnly;
        }
    }
}
