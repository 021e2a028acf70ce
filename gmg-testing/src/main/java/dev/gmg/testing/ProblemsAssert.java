package dev.gmg.testing;

import dev.gmg.io.GmgFormatException;
import dev.gmg.io.GmgFormatException.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Assertions on the problems of a {@link GmgFormatException}; obtain one with
 * {@link GmgAssertions#assertThat(GmgFormatException)} or {@link GmgAssertions#assertThatProblems}. Every
 * assertion of AssertJ's throwable assertions works too.
 *
 * <p>{@link #hasProblemAt(String)} selects the problems at a JSON path; {@link #atLine(int)} and
 * {@link #withMessageContaining(String)} then narrow that selection, so a chain describes one problem:
 *
 * <pre>{@code
 * assertThatProblems(() -> GmgJson.read(file))
 *         .hasProblemAt("activities[3].period").atLine(12).withMessageContaining("not a supported EDTF date");
 * }</pre>
 */
public class ProblemsAssert extends AbstractThrowableAssert<ProblemsAssert, GmgFormatException> {

    private final List<Problem> selected;
    private final String selection;

    /**
     * An assertion on {@code actual}; {@link GmgAssertions#assertThat(GmgFormatException)} is the usual way in.
     *
     * @param actual the exception under test, may be null (every assertion then fails)
     */
    public ProblemsAssert(GmgFormatException actual) {
        this(actual, actual == null ? List.of() : actual.problems(), "a problem");
    }

    private ProblemsAssert(GmgFormatException actual, List<Problem> selected, String selection) {
        super(actual, ProblemsAssert.class);
        this.selected = selected;
        this.selection = selection;
    }

    /**
     * Verifies that there is a problem at exactly this JSON path, and selects the problems there for
     * {@link #atLine(int)} and {@link #withMessageContaining(String)}.
     *
     * @param path the JSON path, for example {@code activities[3].period}; empty for the document as a whole
     * @return an assertion on the same exception, with the problems at {@code path} selected
     */
    public ProblemsAssert hasProblemAt(String path) {
        Objects.requireNonNull(path, "path");
        isNotNull();
        List<Problem> at = actual.problems().stream().filter(p -> p.path().equals(path)).toList();
        if (at.isEmpty()) {
            failWithMessage("%nExpecting a problem at:%n  %s%nbut the problems were:%n  %s", path, all());
        }
        return narrowed(at, "a problem at " + path);
    }

    /**
     * Verifies that one of the selected problems (all of them when none were selected) is on this line.
     *
     * @param line the line, from 1
     * @return an assertion on the same exception, with the problems on {@code line} selected
     */
    public ProblemsAssert atLine(int line) {
        return narrow(p -> p.line() == line, "on line " + line);
    }

    /**
     * Verifies that one of the selected problems (all of them when none were selected) has a message containing
     * {@code text}.
     *
     * @param text the text, for example {@code "did you mean 'UNICEF'?"}
     * @return an assertion on the same exception, with the matching problems selected
     */
    public ProblemsAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(p -> p.message().contains(text), "with a message containing '" + text + "'");
    }

    /**
     * Verifies how many problems the exception holds.
     *
     * @param count the expected number of problems
     * @return this assertion, for chaining
     */
    public ProblemsAssert hasProblemCount(int count) {
        isNotNull();
        if (actual.problems().size() != count) {
            failWithMessage("%nExpecting %s problems%nbut there were %s:%n  %s", count, actual.problems().size(),
                    all());
        }
        return this;
    }

    private ProblemsAssert narrow(Predicate<Problem> condition, String what) {
        isNotNull();
        List<Problem> kept = selected.stream().filter(condition).toList();
        if (kept.isEmpty()) {
            failWithMessage("%nExpecting %s %s%nbut %s:%n  %s", selection, what,
                    selected.size() == actual.problems().size() ? "the problems were" : "the candidates were",
                    selected.stream().map(Problem::toString).collect(Collectors.joining(nl())));
        }
        return narrowed(kept, selection + " " + what);
    }

    private ProblemsAssert narrowed(List<Problem> kept, String what) {
        ProblemsAssert next = new ProblemsAssert(actual, kept, what);
        next.info.overridingErrorMessage(info.overridingErrorMessage());
        if (info.hasDescription()) {
            next.info.description(info.description());
        }
        return next;
    }

    private String all() {
        return actual.problems().stream().map(Problem::toString).collect(Collectors.joining(nl()));
    }

    private static String nl() {
        return System.lineSeparator() + "  ";
    }
}
