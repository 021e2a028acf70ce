package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One reading reports the problems of every part, including parts that have problems of their own. */
class EveryProblemAtOnceTest {

    private static final String JSON = """
            {
              "metadata": {"title": "Mine", "publisher": "Me", "published": "2014-05", "asOf": "2014-05-01", "version": "1"},
              "agencies": [{"id": "UNICEF", "name": "United Nations Children's Fund", "kind": "fund-or-programme"}],
              "activities": [
                {"id": "a-one", "title": "One", "summary": "S", "actionPoints": [9],
                 "participants": [{"agency": "UNICFE", "role": "lead"}], "status": "done", "kind": "meeting"},
                {"id": "a-two", "title": "Two", "summary": "S", "actionPoints": [1],
                 "participants": [{"agency": "UNICFE", "role": "lead"}], "status": "planned", "kind": "meeting"}
              ]
            }
            """;

    @Test
    void anUnknownAgencyIsReportedAlsoInAnActivityWithOtherProblems() {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.parse(JSON));
        List<String> problems = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertThat(problems).containsExactly(
                "activities[0].actionPoints[0]: action point must be 1 to 8, found 9",
                "activities[0].participants[0].agency: unknown agency 'UNICFE', did you mean 'UNICEF'?",
                "activities[0].status: unknown status 'done'; expected one of planned, ongoing, completed",
                "activities[1].participants[0].agency: unknown agency 'UNICFE', did you mean 'UNICEF'?");
        assertThat(e.problems().get(1).line()).isEqualTo(6);
        assertThat(e.problems().get(1).suggestions()).containsExactly("UNICEF");
    }
}
