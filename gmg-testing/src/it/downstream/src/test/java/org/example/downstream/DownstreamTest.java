package org.example.downstream;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.GmgAssertions.assertThatProblems;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.testing.GmgExtension;
import dev.gmg.testing.GoldenFiles;
import dev.gmg.testing.Subsets;
import dev.gmg.testing.Synthetic;
import dev.gmg.testing.TestActivities;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A downstream test suite: gmg-testing on the bundled and on a synthetic dataset, from outside the SDK's build. */
@ExtendWith(GmgExtension.class)
class DownstreamTest {

    static final ActivityQuery ILO_IN_EUROPE = ActivityQuery.builder().agencies("ILO").regions("Europe").build();

    @Test
    void bundledDataset(Dataset hld, ActivityIndex index) {
        assertThat(hld).isValid().hasNoDanglingReferences().containsActivitiesMatching(ILO_IN_EUROPE)
                .activity("ilo-labour-migration-academy-2014").isLedBy("ILO").hasParticipant("ITC-ILO", Role.HOST)
                .isPlacedIn("Europe").hasPeriodWithin("2014").hasStatus(Status.PLANNED).hasActionPoint(7);
        assertThat(index.query(ILO_IN_EUROPE)).containsIds("ilo-labour-migration-academy-2014")
                .isSortedBy(ActivityQuery.Sort.DATE);
    }

    @Test
    void subsetOfTheBundledDatasetReadsBack(Dataset hld) {
        for (ActionPoint point : ActionPoint.values()) {
            Dataset subset = Subsets.of(hld, a -> a.actionPoints().contains(point));
            assertThat(subset).isValid().hasNoDanglingReferences();
            assertThat(GmgJson.parse(GmgJson.toJson(subset))).isEqualTo(subset);
        }
    }

    @Test
    void syntheticDataset(@Synthetic(size = 10_000, seed = 7) Dataset big,
            @Synthetic(size = 10_000, seed = 7) ActivityIndex index) {
        assertThat(big.activities()).hasSize(10_000);
        ActivityQuery inAfrica = ActivityQuery.builder().regions("Africa")
                .placeMatch(ActivityQuery.PlaceMatch.WITHIN).build();
        Dataset africa = Subsets.of(big, inAfrica);
        assertThat(africa).isValid().hasNoDanglingReferences();
        assertThat(index.query(inAfrica)).hasTotal(africa.activities().size());
        africa.activities().stream().limit(50).forEach(a -> assertThat(a).isPlacedIn("Africa"));
        // following references out of Africa (synthetic activities are parts of earlier initiatives) keeps more
        Dataset followed = Subsets.of(big, inAfrica, Subsets.OutsideReferences.FOLLOW);
        assertThat(followed).isValid().hasNoDanglingReferences();
        assertThat(followed.activities().stream().map(a -> a.id()).toList())
                .containsAll(africa.activities().stream().map(a -> a.id()).toList())
                .hasSizeGreaterThan(africa.activities().size());
    }

    @Test
    void madeUpDataGoldenFileAndProblems(@TempDir Path dir) throws Exception {
        Dataset mine = TestActivities.dataset(activity("my-test").ledBy("ILO").inPoint(7).placedIn("Kenya"));
        assertThat(mine).isValid().activity("my-test").isPlacedIn("Africa");
        Path golden = dir.resolve("mine.json");
        Files.writeString(golden, GmgJson.toJson(mine));
        GoldenFiles.assertMatchesJson(GmgJson.toJson(mine), golden);
        Path bad = Files.writeString(dir.resolve("bad.json"), GmgJson.toJson(mine).replace("\"agency\": \"ILO\"", "\"agency\": \"ILQ\""));
        assertThatProblems(() -> GmgJson.read(bad)).hasProblemAt("activities[0].participants[0].agency")
                .withMessageContaining("did you mean 'ILO'?");
    }
}
