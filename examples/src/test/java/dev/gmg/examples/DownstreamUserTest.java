package dev.gmg.examples;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.TestActivities.activity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import dev.gmg.testing.GmgExtension;
import dev.gmg.testing.GoldenFiles;
import dev.gmg.testing.Subsets;
import dev.gmg.testing.Synthetic;
import dev.gmg.testing.TestActivities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the test suite of a tool built on the SDK uses gmg-testing, with {@link ExportSelectionToCsv} as the tool:
 * the bundled data and a synthetic dataset injected, a made-up dataset in a few lines, a subset, domain
 * assertions and a golden file.
 */
@ExtendWith(GmgExtension.class)
class DownstreamUserTest {

    static final ActivityQuery EVIDENCE_OF_UN_DESA = ActivityQuery.builder()
            .actionPoints(ActionPoint.EVIDENCE_BASE).agencies("UN-DESA").build();

    @Test
    void exportsEveryEvidenceActivityOfUnDesa(Dataset hld, ActivityIndex index, @TempDir Path dir) throws IOException {
        int exported = ExportSelectionToCsv.export(hld, dir.resolve("evidence.csv"));
        QueryResult expected = index.query(EVIDENCE_OF_UN_DESA);
        assertThat(expected).hasTotal(exported).isSortedBy(ActivityQuery.Sort.DATE);
        expected.activities().forEach(a -> assertThat(a).hasActionPoint(ActionPoint.EVIDENCE_BASE));
    }

    @Test
    void aSubsetExportsTheSameRowsAsTheWholeDataset(Dataset hld, @TempDir Path dir) throws IOException {
        Dataset desa = Subsets.of(hld, ActivityQuery.builder().agencies("UN-DESA").build());
        assertThat(desa).isValid().hasNoDanglingReferences();
        ExportSelectionToCsv.export(hld, dir.resolve("all.csv"));
        ExportSelectionToCsv.export(desa, dir.resolve("subset.csv"));
        assertThat(dir.resolve("subset.csv")).hasSameTextualContentAs(dir.resolve("all.csv"));
    }

    @Test
    void theCsvOfAMadeUpDatasetMatchesItsGoldenFile(@TempDir Path dir) throws IOException {
        Dataset madeUp = TestActivities.dataset(
                activity("desa-survey-test").ledBy("UN-DESA").inPoint(7).placedIn("Morocco").period("2014-05"),
                activity("pd-estimates-test").ledBy("UN-DESA-PD").partner("ILO").inPoint(7, 1).period("2013"),
                activity("ilo-other-test").ledBy("ILO").inPoint(7));
        Path csv = dir.resolve("evidence.csv");
        assertThat(ExportSelectionToCsv.export(madeUp, csv)).isEqualTo(2);
        GoldenFiles.assertMatchesCsv(Files.readString(csv), Path.of("src/test/resources/golden/evidence-selection.csv"));
    }

    @Test
    void copesWithTenThousandActivities(@Synthetic(size = 10_000, seed = 7) Dataset big,
            @Synthetic(size = 10_000, seed = 7) ActivityIndex index, @TempDir Path dir) throws IOException {
        int exported = ExportSelectionToCsv.export(big, dir.resolve("big.csv"));
        assertThat(index.query(EVIDENCE_OF_UN_DESA)).hasTotal(exported);
        assertThat(exported).isPositive();
        assertThat(Files.readAllLines(dir.resolve("big.csv"))).hasSizeGreaterThan(exported + 1);
    }
}
