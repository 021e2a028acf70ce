package dev.gmg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, produces valid datasets, and its distributions look like the report's. */
class SyntheticDatasetsTest {

    static final Dataset SAMPLE = SyntheticDatasets.generate(42, 5_000);

    @Test
    void sameSeedSameDataset() {
        assertThat(SyntheticDatasets.generate(42, 5_000)).isEqualTo(SAMPLE);
        assertThat(SyntheticDatasets.generate(43, 5_000)).isNotEqualTo(SAMPLE);
        assertThat(SyntheticDatasets.generate(42, 100).activities()).isEqualTo(SAMPLE.activities().subList(0, 100));
    }

    @Test
    void sizeAsAsked() {
        assertThat(SAMPLE.activities()).hasSize(5_000);
        assertThat(SyntheticDatasets.generate(1, 0).activities()).isEmpty();
        assertThatThrownBy(() -> SyntheticDatasets.generate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datasetsPassEveryCheckOfTheReader() {
        // gmg-io's reader runs every check a user's file gets, Bean Validation included, and throws on any problem.
        Dataset generated = SyntheticDatasets.generate(7, 1_000);
        assertThat(GmgJson.parse(GmgJson.toJson(generated))).isEqualTo(generated);
    }

    @Test
    void distributionsLookLikeTheReport() {
        List<Activity> all = SAMPLE.activities();
        double undated = all.stream().filter(a -> a.period().isEmpty()).count() / (double) all.size();
        assertThat(undated).isBetween(0.08, 0.20);
        double global = all.stream().filter(a -> a.places().stream()
                .anyMatch(p -> p.place().kind() == PlaceKind.WORLD)).count() / (double) all.size();
        assertThat(global).isBetween(0.08, 0.18);
        Set<ActionPoint> points = EnumSet.noneOf(ActionPoint.class);
        all.forEach(a -> points.addAll(a.actionPoints()));
        assertThat(points).containsExactlyInAnyOrder(ActionPoint.values());
        assertThat(all).anyMatch(a -> a.agencyIds().contains("UIS"));
        assertThat(all).anyMatch(a -> a.status() == Status.PLANNED).anyMatch(a -> a.status() == Status.COMPLETED);
        // every precision the report uses: seasons, semesters, open ends, spans
        assertThat(all).anyMatch(a -> a.period().map(p -> p.toString().matches("\\d{4}-2[1-4]")).orElse(false))
                .anyMatch(a -> a.period().map(p -> p.toString().matches("\\d{4}-4[01]")).orElse(false))
                .anyMatch(a -> a.period().map(p -> p.hasOpenEnd()).orElse(false))
                .anyMatch(a -> a.period().map(p -> p.hasOpenStart()).orElse(false))
                .anyMatch(a -> a.period().map(p -> p.toString().matches("\\d{4}/\\d{4}")).orElse(false));
        assertThat(all).anyMatch(a -> a.places().stream().map(ActivityPlace::place)
                .anyMatch(p -> p.kind() == PlaceKind.NAMED_AREA));
        long ilo = all.stream().filter(a -> a.agencyIds().contains("ILO")).count();
        long uis = all.stream().filter(a -> a.agencyIds().contains("UIS")).count();
        assertThat(ilo).as("large agencies take part far more often than small ones").isGreaterThan(4 * uis);
    }
}
