package dev.gmg.query;

import static dev.gmg.query.Fixtures.activity;
import static dev.gmg.query.Fixtures.agency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.query.ActivityQuery.PlaceMatch;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A city venue (coded with UN/LOCODE) counts as its country: country and region filters find an activity held in
 * Geneva exactly as they found it when its venue was Switzerland, through the index and the scan alike.
 */
class CityAsCountryTest {

    static final Dataset DATASET = Dataset.builder()
            .metadata(DatasetMetadata.builder().title("Cities").publisher("Tests").published(EdtfPeriod.ofYear(2014))
                    .asOf(LocalDate.of(2014, 5, 1)).version("test").build())
            .addAgencies(agency("ILO", "International Labour Organization", null),
                    agency("ITC-ILO", "International Training Centre of the ILO", "ILO"))
            .addActivities(
                    activity("geneva-meeting", "Expert meeting", "Held in Geneva.", "2014-11-10/2014-11-14",
                            Status.PLANNED, ActivityKind.MEETING, List.of(ActionPoint.PARTNERSHIPS), List.of(),
                            List.of(Participant.of("ILO", Role.LEAD)),
                            List.of(ActivityPlace.of("CHGVA", PlaceRole.VENUE))),
                    activity("swiss-study", "Study of Swiss cantons", "A survey.", "2014", Status.ONGOING,
                            ActivityKind.RESEARCH, List.of(ActionPoint.EVIDENCE_BASE), List.of(Theme.STATISTICS),
                            List.of(Participant.of("ILO", Role.LEAD)),
                            List.of(ActivityPlace.of("CHE", PlaceRole.TARGET))),
                    activity("europe-review", "Review for Europe", "A regional review.", "2014", Status.ONGOING,
                            ActivityKind.PUBLICATION, List.of(ActionPoint.EVIDENCE_BASE), List.of(),
                            List.of(Participant.of("ILO", Role.LEAD)),
                            List.of(ActivityPlace.of("150", PlaceRole.SCOPE))),
                    activity("turin-academy", "Academy", "Two weeks in Turin.", "2014-06-16/2014-06-27",
                            Status.PLANNED, ActivityKind.TRAINING, List.of(ActionPoint.EVIDENCE_BASE), List.of(),
                            List.of(Participant.of("ITC-ILO", Role.HOST)),
                            List.of(ActivityPlace.of("ITTRN", PlaceRole.VENUE))))
            .build();

    static final ActivityIndex INDEX = ActivityIndex.of(DATASET);

    static List<String> find(UnaryOperator<ActivityQuery.Builder> spec) {
        ActivityQuery q = spec.apply(ActivityQuery.builder()).build();
        List<String> viaIndex = INDEX.query(q).ids();
        List<String> viaScan = DATASET.activities().stream().filter(q.predicate(DATASET))
                .sorted(q.sort().comparator()).map(Activity::id).toList();
        assertThat(viaIndex).as("index and scan for %s", q).isEqualTo(viaScan);
        return viaIndex;
    }

    @Test
    void aCountryFindsTheActivitiesHeldInItsCitiesButNotTheRegionsAroundIt() {
        assertThat(find(b -> b.countries("Switzerland"))).containsExactlyInAnyOrder("geneva-meeting", "swiss-study");
        assertThat(find(b -> b.countries("ITA"))).containsExactly("turin-academy");
        assertThat(find(b -> b.countries("France"))).isEmpty();
    }

    @Test
    void aCountryInAPlaceRoleFindsItsCitiesInThatRole() {
        assertThat(find(b -> b.countries("CHE").placeRoles(PlaceRole.VENUE))).containsExactly("geneva-meeting");
        assertThat(find(b -> b.countries("CHE").placeRoles(PlaceRole.TARGET))).containsExactly("swiss-study");
    }

    @Test
    void aRegionFindsTheCitiesInIt() {
        assertThat(find(b -> b.regions("Western Europe")))
                .containsExactlyInAnyOrder("geneva-meeting", "swiss-study", "europe-review");
        assertThat(find(b -> b.regions("Southern Europe"))).containsExactlyInAnyOrder("turin-academy", "europe-review");
        assertThat(find(b -> b.regions("Africa"))).isEmpty();
        assertThat(find(b -> b.regions("Europe").placeMatch(PlaceMatch.WITHIN)))
                .containsExactlyInAnyOrder("geneva-meeting", "swiss-study", "europe-review", "turin-academy");
    }

    @Test
    void aCityCountsUnderItsCountrysRegionsInTheFacets() {
        QueryResult r = INDEX.query(ActivityQuery.builder().countries("CHE").placeRoles(PlaceRole.VENUE).build());
        assertThat(r.facets().regions()).containsEntry(Gazetteer.standard().place("Western Europe"), 1)
                .containsEntry(Gazetteer.standard().place("Europe"), 1)
                .doesNotContainKey(Gazetteer.standard().place("Southern Europe"));
    }
}
