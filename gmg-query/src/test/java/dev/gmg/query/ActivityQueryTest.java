package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Theme;
import dev.gmg.query.ActivityQuery.Sort;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The query as a value: printing, equality, reuse. */
class ActivityQueryTest {

    static final ActivityQuery EXAMPLE = ActivityQuery.builder()
            .actionPoints(ActionPoint.EVIDENCE_BASE)
            .agencies("UNESCO")
            .regions("Africa")
            .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))
            .build();

    @Test
    void printsAsTheQueryLanguage() {
        assertThat(EXAMPLE).hasToString("point:7 AND agency:UNESCO AND region:Africa AND overlaps:2014-01/2014-06");
        assertThat(ActivityQuery.all()).hasToString("all");
        assertThat(ActivityQuery.builder().agencies("ILO").includeSubBodies(false).agencyRoles(Role.LEAD)
                .countries("MAR").regions("Western Asia").includeGlobal(true).placeRoles(PlaceRole.VENUE)
                .excludeThemes(Theme.HEALTH).text("Réfugiés  camps").sortBy(Sort.DATE_DESCENDING).offset(20)
                .limit(10).build())
                .hasToString("exact-agency:ILO/lead AND (country:MAR/venue OR region:\"Western Asia\"/venue OR"
                        + " global/venue) AND NOT theme:health AND text:\"refugies camps\""
                        + " ORDER BY date desc OFFSET 20 LIMIT 10");
        assertThat(ActivityQuery.builder().within(LocalDate.of(2014, 1, 1), LocalDate.MAX).includeUndated(true)
                .build()).hasToString("within:2014/.. OR undated");
    }

    @Test
    void theFilterOfABuiltQueryReadsBackFromItsText() {
        ActivityQuery q = ActivityQuery.builder().actionPoints(ActionPoint.HUMAN_RIGHTS, ActionPoint.PARTNERSHIPS)
                .agencies("UN Women", "ILO").agencyRoles(Role.LEAD, Role.FUNDER).regions("Arab region")
                .overlapping(LocalDate.of(2013, 9, 1), LocalDate.of(2014, 2, 14)).build();
        assertThat(ActivityFilter.parse(q.filter().toString())).isEqualTo(q.filter());
        assertThat(ActivityQuery.of(ActivityFilter.parse(q.filter().toString()))).isEqualTo(q);
    }

    @Test
    void equalQueriesAreEqualWhateverTheOrderOfValues() {
        ActivityQuery a = ActivityQuery.builder().actionPoints(ActionPoint.PARTNERSHIPS, ActionPoint.HUMAN_RIGHTS)
                .themes(Theme.HEALTH).build();
        ActivityQuery b = ActivityQuery.builder().themes(Theme.HEALTH).actionPoints(ActionPoint.HUMAN_RIGHTS)
                .actionPoints(ActionPoint.PARTNERSHIPS).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
        assertThat(a).isNotEqualTo(a.toBuilder().limit(5).build());
        assertThat(ActivityQuery.builder().text("Migrant Workers").build())
                .isEqualTo(ActivityQuery.builder().text("migrant, workers").build());
    }

    @Test
    void toBuilderReproducesTheQueryForReuse() {
        assertThat(EXAMPLE.toBuilder().build()).isEqualTo(EXAMPLE);
        ActivityQuery page2 = EXAMPLE.toBuilder().offset(20).limit(20).build();
        assertThat(page2.offset()).isEqualTo(20);
        assertThat(EXAMPLE.offset()).isZero();
    }

    @Test
    void accessorsExposeTheFilterOrderAndPage() {
        assertThat(EXAMPLE.filter()).isEqualTo(Filters.and(Filters.actionPoint(ActionPoint.EVIDENCE_BASE),
                Filters.agency("UNESCO"), Filters.region("Africa"),
                Filters.overlaps(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))));
        assertThat(EXAMPLE.sort()).isEqualTo(Sort.DATE);
        assertThat(EXAMPLE.limit()).isEqualTo(Integer.MAX_VALUE);
        assertThat(EXAMPLE.page(20, 10)).hasToString(EXAMPLE + " OFFSET 20 LIMIT 10");
        assertThat(EXAMPLE.test(Fixtures.DATASET.activity("morocco-workshop").orElseThrow(), Fixtures.DATASET))
                .isTrue();
    }
}
