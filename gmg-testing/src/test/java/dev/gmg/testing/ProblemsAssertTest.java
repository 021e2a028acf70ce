package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.GmgAssertions.assertThatProblems;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.io.GmgFormatException;
import dev.gmg.io.GmgJson;
import org.junit.jupiter.api.Test;

/** The problem assertions find a problem by path, line and message, and show every problem when they fail. */
class ProblemsAssertTest {

    /** Two problems: a status that does not exist on line 6 and a misspelt agency on line 8. */
    static final String BAD = """
            {"metadata": {"title": "T", "publisher": "P", "published": "2014", "asOf": "2014-05-01", "version": "1"},
             "agencies": [{"id": "UNICEF", "name": "United Nations Children's Fund", "kind": "fund-or-programme"}],
             "activities": [
              {"id": "first-test", "title": "First", "summary": "One.", "actionPoints": [7],
               "participants": [{"agency": "UNICEF", "role": "lead"}],
               "status": "done", "kind": "data"},
              {"id": "second-test", "title": "Second", "summary": "Two.", "actionPoints": [7],
               "participants": [{"agency": "UNICFE", "role": "lead"}], "status": "ongoing", "kind": "data"}]}
            """;

    static GmgFormatException problems() {
        return catchThrowableOfType(GmgFormatException.class, () -> GmgJson.parse(BAD));
    }

    @Test
    void findsAProblemByPathLineAndMessage() {
        assertThat(problems()).hasProblemCount(2)
                .hasProblemAt("activities[1].participants[0].agency").atLine(8)
                .withMessageContaining("did you mean 'UNICEF'?");
        assertThatProblems(() -> GmgJson.parse(BAD)).hasProblemAt("activities[0].status").atLine(6)
                .hasMessageContaining("2 problems");
        assertThat(problems()).atLine(6).withMessageContaining("done");
    }

    @Test
    void missingPathShowsEveryProblem() {
        assertThatThrownBy(() -> assertThat(problems()).hasProblemAt("activities[3].period"))
                .hasMessageContaining("Expecting a problem at:").hasMessageContaining("activities[3].period")
                .hasMessageContaining("line 6, column").hasMessageContaining("activities[0].status")
                .hasMessageContaining("line 8, column").hasMessageContaining("did you mean 'UNICEF'?");
    }

    @Test
    void wrongLineShowsTheProblemsAtThePath() {
        assertThatThrownBy(() -> assertThat(problems()).hasProblemAt("activities[0].status").atLine(12))
                .hasMessageContaining("Expecting a problem at activities[0].status on line 12")
                .hasMessageContaining("but the candidates were:")
                .hasMessageContaining("line 6, column")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("UNICFE"));
    }

    @Test
    void wrongMessageAndCountAreShown() {
        assertThatThrownBy(() -> assertThat(problems()).hasProblemAt("activities[0].status")
                .withMessageContaining("did you mean"))
                .hasMessageContaining("with a message containing 'did you mean'");
        assertThatThrownBy(() -> assertThat(problems()).hasProblemCount(1))
                .hasMessageContaining("Expecting 1 problems").hasMessageContaining("but there were 2");
    }

    @Test
    void readingThatDoesNotFailIsReported() {
        assertThatThrownBy(() -> assertThatProblems(() -> { }))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but it threw nothing");
        assertThatThrownBy(() -> assertThatProblems(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("IllegalStateException: boom");
    }
}
