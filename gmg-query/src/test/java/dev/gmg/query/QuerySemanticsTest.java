package dev.gmg.query;

import static dev.gmg.query.Fixtures.DATASET;
import static dev.gmg.query.Fixtures.INDEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.query.ActivityQuery.PlaceMatch;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every facet's semantics on the handmade {@link Fixtures} dataset, checked through the index and the scan alike. */
class QuerySemanticsTest {

    /** The ids the index finds, after checking that a linear scan with the query's predicate finds the same. */
    static List<String> find(UnaryOperator<ActivityQuery.Builder> spec) {
        ActivityQuery q = spec.apply(ActivityQuery.builder()).build();
        List<String> viaIndex = INDEX.query(q).ids();
        List<String> viaScan = DATASET.activities().stream().filter(q.predicate(DATASET))
                .sorted(q.sort().comparator()).map(Activity::id).toList();
        assertThat(viaIndex).as("index and scan for %s", q).isEqualTo(viaScan);
        return viaIndex;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Places {
        @Test
        void countryFindsActivitiesNamingItButNotLargerRegionsAroundIt() {
            assertThat(find(b -> b.countries("Morocco")))
                    .containsExactlyInAnyOrder("morocco-workshop", "world-and-morocco");
        }

        @Test
        void countryCountsOnceWhenNamedInTwoRoles() {
            assertThat(find(b -> b.countries("KEN"))).containsExactly("kenya-programme");
        }

        @Test
        void regionIntersectsCountriesRegionsAndNamedAreas() {
            assertThat(find(b -> b.regions("Africa"))).containsExactlyInAnyOrder("morocco-workshop",
                    "arab-region-study", "africa-data", "kenya-programme", "world-and-morocco");
        }

        @Test
        void namedAreaAcrossTwoRegionsIsFoundByBoth() {
            assertThat(find(b -> b.regions("Western Asia"))).contains("arab-region-study");
            assertThat(find(b -> b.regions("Northern Africa"))).contains("arab-region-study");
        }

        @Test
        void withinKeepsOnlyPlacesWhollyInsideTheRegion() {
            assertThat(find(b -> b.regions("Northern Africa").placeMatch(PlaceMatch.WITHIN)))
                    .containsExactlyInAnyOrder("morocco-workshop", "world-and-morocco");
            assertThat(find(b -> b.regions("Africa").placeMatch(PlaceMatch.WITHIN)))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data", "kenya-programme",
                            "world-and-morocco");
        }

        @Test
        void globalActivitiesMatchRegionsOnlyWhenAsked() {
            assertThat(find(b -> b.regions("Africa"))).doesNotContain("global-report");
            assertThat(find(b -> b.regions("Africa").includeGlobal(true))).contains("global-report");
            assertThat(find(b -> b.countries("FRA").includeGlobal(true)))
                    .containsExactlyInAnyOrder("france-campaign", "global-report", "world-and-morocco");
        }

        @Test
        void theWorldAsARegionFindsEveryActivityWithAPlace() {
            assertThat(find(b -> b.regions("World"))).hasSize(DATASET.activities().size() - 1)
                    .doesNotContain("coordination-meeting");
        }

        @Test
        void kosovoIsInSouthernEurope() {
            assertThat(find(b -> b.regions("Southern Europe"))).containsExactly("kosovo-training");
            assertThat(find(b -> b.regions("Europe"))).containsExactlyInAnyOrder("kosovo-training", "france-campaign");
        }

        @Test
        void placeRoleRestrictsThePlacesConsidered() {
            assertThat(find(b -> b.regions("Africa").placeRoles(PlaceRole.TARGET)))
                    .containsExactlyInAnyOrder("africa-data", "kenya-programme");
            assertThat(find(b -> b.countries("KEN").placeRoles(PlaceRole.VENUE))).isEmpty();
            assertThat(find(b -> b.placeRoles(PlaceRole.SCOPE)))
                    .containsExactlyInAnyOrder("arab-region-study", "global-report", "world-and-morocco");
        }

        @Test
        void countriesAndRegionsCombineWithOr() {
            assertThat(find(b -> b.countries("FRA").regions("Southern Europe")))
                    .containsExactlyInAnyOrder("france-campaign", "kosovo-training");
        }

        @Test
        void aCountryPassedAsARegionFindsEverythingOverlappingIt() {
            assertThat(find(b -> b.regions("Morocco"))).containsExactlyInAnyOrder("morocco-workshop",
                    "arab-region-study", "africa-data", "world-and-morocco");
        }

        @Test
        void unknownOrWrongPlacesFailWithAReadableMessage() {
            assertThatThrownBy(() -> ActivityQuery.builder().countries("Africa"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a country")
                    .hasMessageContaining("regions(");
            assertThatThrownBy(() -> ActivityQuery.builder().countries("Marocco"))
                    .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("did you mean");
        }
    }

    @Nested
    class Agencies {
        @Test
        void agencyIncludesSubBodiesByDefault() {
            assertThat(find(b -> b.agencies("UNESCO"))).containsExactlyInAnyOrder("morocco-workshop",
                    "africa-data", "global-report", "kenya-programme");
            assertThat(find(b -> b.agencies("ILO"))).contains("kosovo-training");
        }

        @Test
        void namedBodyOnlyOnRequest() {
            assertThat(find(b -> b.agencies("UNESCO").includeSubBodies(false)))
                    .containsExactlyInAnyOrder("morocco-workshop", "global-report", "kenya-programme");
        }

        @Test
        void roleFilter() {
            assertThat(find(b -> b.agencies("UNESCO").agencyRoles(Role.LEAD)))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data");
            assertThat(find(b -> b.agencies("UNESCO").agencyRoles(Role.FUNDER, Role.PARTNER)))
                    .containsExactlyInAnyOrder("global-report", "kenya-programme");
        }

        @Test
        void agenciesByNameAndSeveralCombineWithOr() {
            assertThat(find(b -> b.agencies("UN Women", "International Organization for Migration")))
                    .containsExactlyInAnyOrder("global-report", "france-campaign", "coordination-meeting",
                            "world-and-morocco");
        }

        @Test
        void exclusionRemovesEveryRoleAndSubBody() {
            assertThat(find(b -> b.excludeAgencies("UNESCO"))).containsExactlyInAnyOrder("arab-region-study",
                    "kosovo-training", "france-campaign", "coordination-meeting", "world-and-morocco");
            assertThat(find(b -> b.agencies("ILO").excludeAgencies("UNESCO")))
                    .containsExactlyInAnyOrder("arab-region-study", "kosovo-training", "world-and-morocco");
        }

        @Test
        void unknownAgencyFailsWithSuggestionsWhenRun() {
            ActivityQuery q = ActivityQuery.builder().agencies("UNESO").build();
            assertThatThrownBy(() -> INDEX.query(q)).isInstanceOfSatisfying(UnknownReferenceException.class,
                    e -> assertThat(e.suggestions()).contains("UNESCO"));
            assertThatThrownBy(() -> q.predicate(DATASET)).isInstanceOf(UnknownReferenceException.class);
        }
    }

    @Nested
    class Dates {
        @Test
        void overlapIsTheDefaultAndOpenEndsExtend() {
            assertThat(find(b -> b.overlapping(d("2014-01-01"), d("2014-06-30")))).containsExactlyInAnyOrder(
                    "morocco-workshop", "africa-data", "global-report", "kenya-programme", "kosovo-training");
            assertThat(find(b -> b.overlapping(d("2030-01-01"), d("2030-12-31")))).containsExactly("kenya-programme");
        }

        @Test
        void undatedOnlyWhenAsked() {
            assertThat(find(b -> b.overlapping(d("2014-01-01"), d("2014-06-30")))).doesNotContain("france-campaign");
            assertThat(find(b -> b.overlapping(d("2014-01-01"), d("2014-06-30")).includeUndated(true)))
                    .contains("france-campaign");
        }

        @Test
        void withinNeedsTheWholePeriodInsideTheRange() {
            assertThat(find(b -> b.within(d("2014-01-01"), d("2014-06-30"))))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data");
            assertThat(find(b -> b.within(d("2012-01-01"), LocalDate.MAX))).contains("kenya-programme")
                    .doesNotContain("coordination-meeting");
            assertThat(find(b -> b.within(LocalDate.MIN, d("2013-12-31"))))
                    .containsExactlyInAnyOrder("arab-region-study", "coordination-meeting");
        }

        @Test
        void seasonsAreMeteorological() {
            // 2013-23 (autumn 2013) is September to November
            assertThat(find(b -> b.overlapping(d("2013-08-01"), d("2013-08-31")))).doesNotContain("arab-region-study");
            assertThat(find(b -> b.overlapping(d("2013-11-30"), d("2013-12-01")))).contains("arab-region-study");
            assertThat(find(b -> b.within(d("2013-09-01"), d("2013-11-30")))).containsExactly("arab-region-study");
        }

        @Test
        void rangeMustNotEndBeforeItStarts() {
            assertThatThrownBy(() -> ActivityQuery.builder().overlapping(d("2014-02-01"), d("2014-01-01")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        }
    }

    @Nested
    class OtherFacets {
        @Test
        void statusKindAndThemes() {
            assertThat(find(b -> b.statuses(Status.PLANNED))).containsExactly("world-and-morocco");
            assertThat(find(b -> b.kinds(ActivityKind.MEETING, ActivityKind.CAMPAIGN)))
                    .containsExactlyInAnyOrder("morocco-workshop", "france-campaign", "world-and-morocco");
            assertThat(find(b -> b.themes(Theme.STATISTICS)))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data", "global-report");
            assertThat(find(b -> b.excludeThemes(Theme.STATISTICS))).hasSize(6).contains("coordination-meeting");
        }

        @Test
        void actionPointsAnyOfAndNoneOf() {
            assertThat(find(b -> b.actionPoints(ActionPoint.EVIDENCE_BASE, ActionPoint.PARTNERSHIPS)))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data", "global-report",
                            "coordination-meeting", "world-and-morocco");
            assertThat(find(b -> b.actionPoints("2.2"))).containsExactlyInAnyOrder("arab-region-study",
                    "kenya-programme");
            assertThat(find(b -> b.excludeActionPoints(ActionPoint.EVIDENCE_BASE))).hasSize(6);
        }

        @Test
        void textIsCaseAndAccentInsensitiveAndEveryWordMustBeginAWord() {
            assertThat(find(b -> b.text("reunion"))).containsExactly("morocco-workshop");
            assertThat(find(b -> b.text("RÉUNION Experts"))).containsExactly("morocco-workshop");
            assertThat(find(b -> b.text("stat"))).containsExactlyInAnyOrder("morocco-workshop", "africa-data");
            assertThat(find(b -> b.text("statistics africa"))).containsExactly("africa-data");
            assertThat(find(b -> b.text("recruit"))).containsExactlyInAnyOrder("arab-region-study", "kenya-programme");
            assertThat(find(b -> b.text("tatistics"))).isEmpty();
            assertThat(find(b -> b.text("   "))).hasSize(DATASET.activities().size());
        }

        @Test
        void facetsCombineWithAnd() {
            assertThat(find(b -> b.actionPoints(ActionPoint.EVIDENCE_BASE).agencies("UNESCO").regions("Africa")
                    .overlapping(d("2014-01-01"), d("2014-06-30"))))
                    .containsExactlyInAnyOrder("morocco-workshop", "africa-data");
        }
    }
}
