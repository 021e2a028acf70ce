package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.Activity;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.ActivityQuery.Sort;
import dev.gmg.query.QueryResult;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Each result assertion passes on what the result holds and fails showing the query and the page. */
class QueryResultAssertTest {

    static final ActivityIndex INDEX = ActivityIndex.of(TestActivities.dataset(
            activity("b-meeting").ledBy("ILO").period("2014-03").title("Alpha"),
            activity("a-meeting").ledBy("ILO").period("2013").title("Beta"),
            activity("c-meeting").ledBy("IOM").period("2014-01").title("Gamma"),
            activity("d-undated").ledBy("ILO").title("Delta")));

    static final ActivityQuery ILO = ActivityQuery.builder().agencies("ILO").build();

    @Test
    void passesOnWhatTheResultHolds() {
        QueryResult r = INDEX.query(ILO);
        assertThat(r).hasTotal(3).containsIds("d-undated", "a-meeting")
                .containsExactlyIds("a-meeting", "b-meeting", "d-undated").isSortedBy(Sort.DATE);
        assertThat(INDEX.query(ILO.toBuilder().sortBy(Sort.TITLE).build())).isSortedBy(Sort.TITLE)
                .isSortedBy(Comparator.comparing(Activity::title));
        assertThat(INDEX.query(ILO.toBuilder().limit(1).build())).hasTotal(3).containsExactlyIds("a-meeting");
    }

    @Test
    void totalFailureShowsTheQueryAndTheIds() {
        assertThatThrownBy(() -> assertThat(INDEX.query(ILO)).hasTotal(2))
                .hasMessageContaining(ILO.toString())
                .hasMessageContaining("to have 2 matches but it had 3")
                .hasMessageContaining("[a-meeting, b-meeting, d-undated]");
    }

    @Test
    void idFailuresNameTheMissingIds() {
        assertThatThrownBy(() -> assertThat(INDEX.query(ILO)).containsIds("a-meeting", "c-meeting"))
                .hasMessageContaining("but these were missing:").hasMessageContaining("[c-meeting]")
                .hasMessageContaining("[a-meeting, b-meeting, d-undated]");
        assertThatThrownBy(() -> assertThat(INDEX.query(ILO)).containsExactlyIds("b-meeting", "a-meeting", "d-undated"))
                .hasMessageContaining("to contain exactly, in order:")
                .hasMessageContaining("[b-meeting, a-meeting, d-undated]")
                .hasMessageContaining("but the page held:").hasMessageContaining("[a-meeting, b-meeting, d-undated]");
    }

    @Test
    void orderFailureNamesTheFirstPairOutOfOrder() {
        assertThatThrownBy(() -> assertThat(INDEX.query(ILO)).isSortedBy(Sort.TITLE))
                .hasMessageContaining("to be sorted by TITLE")
                .hasMessageContaining("but 'a-meeting' (at 0) comes before 'b-meeting' (at 1)");
        assertThatThrownBy(() -> assertThat(INDEX.query(ILO)).isSortedBy(Comparator.comparing(Activity::id).reversed()))
                .hasMessageContaining("to be sorted by the given comparator");
    }
}
