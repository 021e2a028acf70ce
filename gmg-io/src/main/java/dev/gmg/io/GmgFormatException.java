package dev.gmg.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON or NDJSON input that is not a valid GMG dataset: the one exception gmg-io throws for a user's
 * mistake. It carries every problem found, not only the first, each with where it is (JSON path, line and
 * column) and what is wrong (what was expected, what was found, and close matches where there are some).
 *
 * <pre>{@code
 * try {
 *     Dataset d = GmgJson.read(Path.of("mine.json"));
 * } catch (GmgFormatException e) {
 *     for (GmgFormatException.Problem p : e.problems()) {
 *         System.err.println(p);   // mine.json:40:21: activities[12].participants[0].agency: unknown agency ...
 *     }
 * }
 * }</pre>
 *
 * <p>The message lists the first {@value #MESSAGE_PROBLEMS} problems, one per line; {@link #problems()} has
 * them all (up to {@value #MAX_PROBLEMS}; past that a reader stops collecting and says so in a last problem).
 */
public final class GmgFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many problems are collected from one input. */
    public static final int MAX_PROBLEMS = 1000;

    /** At most this many problems are listed in {@link #getMessage()}. */
    public static final int MESSAGE_PROBLEMS = 20;

    /** The problems, as an unmodifiable list (a List implementation that is serializable). */
    private final List<Problem> problems;
    /** The file or other source that was read. */
    private final String source;

    GmgFormatException(String source, List<Problem> problems) {
        super(message(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.line == 0 ? Integer.MAX_VALUE : p.line)
                .thenComparingInt(p -> p.column));
        this.problems = List.copyOf(sorted);
        this.source = source;
    }

    /** {@return every problem found, in the order of the input (problems without a line come last)} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return what was read, for example a file name, if known} */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    private static String message(String source, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.line == 0 ? Integer.MAX_VALUE : p.line)
                .thenComparingInt(p -> p.column));
        StringBuilder m = new StringBuilder();
        m.append(sorted.size() == 1 ? "1 problem" : sorted.size() + " problems");
        if (source != null) {
            m.append(" in ").append(source);
        }
        m.append(':');
        for (int i = 0; i < sorted.size() && i < MESSAGE_PROBLEMS; i++) {
            m.append("\n  ").append(sorted.get(i));
        }
        if (sorted.size() > MESSAGE_PROBLEMS) {
            m.append("\n  ... and ").append(sorted.size() - MESSAGE_PROBLEMS).append(" more");
        }
        return m.toString();
    }

    /**
     * One thing wrong with an input, and where.
     *
     * <p>{@link #toString()} reads like a compiler message: {@code line 40, column 21: activities[12].participants[0]
     * .agency: unknown agency 'UNICFE', did you mean 'UNICEF'?}.
     */
    public static final class Problem implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        /** The JSON path of the faulty value. */
        private final String path;
        /** The line, from 1; 0 when not known. */
        private final int line;
        /** The column, from 1; 0 when not known. */
        private final int column;
        /** What is wrong. */
        private final String message;
        /** What was expected, if said. */
        private final String expected;
        /** What was found, if said. */
        private final String found;
        /** Close known names, best first. */
        private final List<String> suggestions;

        Problem(String path, int line, int column, String message, String expected, String found,
                List<String> suggestions) {
            this.path = Objects.requireNonNull(path);
            this.line = line;
            this.column = column;
            this.message = Objects.requireNonNull(message);
            this.expected = expected;
            this.found = found;
            this.suggestions = List.copyOf(suggestions);
        }

        /**
         * The JSON path of the faulty value, for example {@code activities[12].participants[0].agency}; empty for
         * the document as a whole. For NDJSON the path is relative to the activity on the {@link #line()}.
         *
         * @return the JSON path, or an empty string
         */
        public String path() {
            return path;
        }

        /** {@return the line, from 1; 0 when not known} */
        public int line() {
            return line;
        }

        /**
         * The column, from 1; 0 when not known. Counted as the parser counts: in bytes of UTF-8 for files and
         * streams (so a line with accented letters before the fault counts each as two), in characters for
         * {@link GmgJson#parse(String)}.
         *
         * @return the column, or 0
         */
        public int column() {
            return column;
        }

        /** {@return what is wrong, in one sentence, including any suggestion} */
        public String message() {
            return message;
        }

        /** {@return what the format requires there, for example {@code "a string"} or {@code "1 to 8"}} */
        public Optional<String> expected() {
            return Optional.ofNullable(expected);
        }

        /** {@return what the input has there, for example {@code "a number (42)"} or {@code "'UNICFE'"}} */
        public Optional<String> found() {
            return Optional.ofNullable(found);
        }

        /** {@return known codes close to what was found, best first; empty when there are none} */
        public List<String> suggestions() {
            return suggestions;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            if (line > 0) {
                s.append("line ").append(line);
                if (column > 0) {
                    s.append(", column ").append(column);
                }
                s.append(": ");
            }
            if (!path.isEmpty()) {
                s.append(path).append(": ");
            }
            return s.append(message).toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Problem p && p.path.equals(path) && p.line == line && p.column == column
                    && p.message.equals(message) && Objects.equals(p.expected, expected)
                    && Objects.equals(p.found, found) && p.suggestions.equals(suggestions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, line, column, message);
        }
    }
}
