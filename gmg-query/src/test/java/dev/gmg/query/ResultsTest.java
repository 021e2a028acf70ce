package dev.gmg.query;

import static dev.gmg.query.Fixtures.DATASET;
import static dev.gmg.query.Fixtures.INDEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.query.ActivityQuery.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Order, paging, totals, facet counts and the agency × action-point matrix. */
class ResultsTest {

    static List<String> ids(Sort sort) {
        return INDEX.query(ActivityQuery.builder().sortBy(sort).build()).ids();
    }

    @Test
    void defaultOrderIsEarliestDateThenIdWithUndatedLast() {
        assertThat(ids(Sort.DATE)).containsExactly("coordination-meeting", "kenya-programme", "arab-region-study",
                "africa-data", "global-report", "morocco-workshop", "kosovo-training", "world-and-morocco",
                "france-campaign");
    }

    @Test
    void otherOrders() {
        assertThat(ids(Sort.DATE_DESCENDING)).containsExactly("world-and-morocco", "kosovo-training",
                "morocco-workshop", "africa-data", "global-report", "arab-region-study", "kenya-programme",
                "coordination-meeting", "france-campaign");
        assertThat(ids(Sort.ID)).isSorted().hasSize(9);
        assertThat(INDEX.query(ActivityQuery.builder().sortBy(Sort.TITLE).build()).activities())
                .extracting(a -> a.title().toLowerCase()).isSorted();
        for (Sort s : Sort.values()) {
            assertThat(ids(s)).as("%s", s).isEqualTo(DATASET.activities().stream().sorted(s.comparator())
                    .map(Activity::id).toList());
        }
    }

    @Test
    void aCopyOfTheResultHasEveryMatchInOrder() {
        for (String where : List.of("all", "overlaps:2014", "overlaps:2013/2014-06", "region:Africa",
                "NOT overlaps:2014", "status:completed", "NOT all")) {
            for (Sort s : Sort.values()) {
                QueryResult r = INDEX.query(ActivityQuery.builder().where(ActivityFilter.parse(where)).sortBy(s).build());
                List<Activity> expected = new java.util.ArrayList<>();
                r.all().forEach(expected::add);
                assertThat(List.copyOf(r.all())).as("%s, %s", where, s).isEqualTo(expected);
                assertThat(r.all().toArray()).as("%s, %s", where, s).containsExactly(expected.toArray());
            }
        }
    }

    @Test
    void pagingKeepsTheTotal() {
        QueryResult r = INDEX.query(ActivityQuery.builder().offset(2).limit(3).build());
        assertThat(r.total()).isEqualTo(9);
        assertThat(r.ids()).containsExactly("arab-region-study", "africa-data", "global-report");
        assertThat(r.hasMore()).isTrue();
        assertThat(r.all()).hasSize(9);
        QueryResult last = INDEX.query(ActivityQuery.builder().offset(8).limit(3).build());
        assertThat(last.ids()).containsExactly("france-campaign");
        assertThat(last.hasMore()).isFalse();
        assertThat(INDEX.query(ActivityQuery.builder().offset(20).build()).activities()).isEmpty();
        assertThat(INDEX.query(ActivityQuery.builder().limit(0).build()).total()).isEqualTo(9);
        assertThatThrownBy(() -> ActivityQuery.builder().limit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreImmutable() {
        QueryResult r = INDEX.query(ActivityQuery.all());
        assertThatThrownBy(() -> r.activities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.facets().agencies().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void facetCountsCoverEveryMatchNotJustThePage() {
        Facets f = INDEX.query(ActivityQuery.builder().limit(1).build()).facets();
        assertThat(f.actionPoints()).containsEntry(ActionPoint.EVIDENCE_BASE, 3)
                .containsEntry(ActionPoint.STRANDED_MIGRANTS, 0).hasSize(8);
        assertThat(f.agencies()).containsEntry("UNESCO", 3).containsEntry("UIS", 1).containsEntry("IOM", 3)
                .containsEntry("ILO", 3);
        Gazetteer gz = Gazetteer.standard();
        assertThat(f.regions()).containsEntry(gz.place("Africa"), 5).containsEntry(gz.place("World"), 8)
                .containsEntry(gz.place("Western Asia"), 2).containsEntry(gz.place("arab-region"), 5)
                .doesNotContainKey(gz.place("Morocco"));
        // 2012/.. counts in 2012 only, ../2013 in 2013 only
        assertThat(f.years()).containsExactly(entry(2012, 1), entry(2013, 2), entry(2014, 5));
        assertThat(f.undated()).isEqualTo(1);
        assertThat(f.statuses()).containsExactly(entry(Status.ONGOING, 5), entry(Status.COMPLETED, 3),
                entry(Status.PLANNED, 1));
        assertThat(f.agencies().keySet()).first().isIn("IOM", "ILO", "UNESCO");
    }

    @Test
    void regionFacetCountsEqualWhatTheRegionFilterFinds() {
        Facets f = INDEX.query(ActivityQuery.all()).facets();
        f.regions().forEach((region, count) -> assertThat(
                INDEX.query(ActivityQuery.builder().regions(region).build()).total()).as("%s", region)
                .isEqualTo(count));
    }

    @Test
    void agencyActionPointMatrix() {
        AgencyMatrix m = INDEX.query(ActivityQuery.all()).matrix();
        assertThat(m.count("UNESCO", ActionPoint.EVIDENCE_BASE)).isEqualTo(2);
        assertThat(m.count("UIS", ActionPoint.HUMAN_RIGHTS)).isEqualTo(1);
        assertThat(m.count("ILO", ActionPoint.COSTS_OF_LABOUR_MIGRATION)).isEqualTo(2);
        assertThat(m.count("nobody", ActionPoint.HUMAN_RIGHTS)).isZero();
        assertThat(m.agencies()).containsExactly("UNESCO", "UIS", "ILO", "ITC-ILO", "IOM", "UN-Women");
        assertThat(m.toString()).startsWith("agency").contains("UNESCO");
        AgencyMatrix filtered = INDEX.query(ActivityQuery.builder().agencies("ILO").includeSubBodies(false).build())
                .matrix();
        assertThat(filtered.agencies()).containsExactly("UNESCO", "ILO", "IOM");
    }

    @Test
    void indexRefusesDanglingAgencyReferences() {
        Dataset broken = Dataset.builder().from(DATASET).addActivities(Fixtures.activity("orphan", "Orphan", "No agency.",
                null, Status.ONGOING, dev.gmg.model.ActivityKind.MEETING, List.of(ActionPoint.HUMAN_RIGHTS), List.of(),
                List.of(Participant.of("NOBODY", Role.LEAD)), List.of())).build();
        assertThatThrownBy(() -> ActivityIndex.of(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOBODY");
    }
}
