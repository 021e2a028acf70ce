package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The difference between the released 2014.1 file (kept as a test resource) and the bundled 2014.2 is exactly what
 * DATASET.md's change log for 2014.2 lists: no change goes unrecorded and no recorded change is missing.
 */
class Release20142Test {

    private static final Dataset RELEASE_1 = GmgJson.read(Fixtures.path("hld-2014.1.json"));

    /** The activity ids named in backticks in the change log's 2014.2 section. */
    private static Set<String> changeLogIds(Set<String> known) throws IOException {
        String doc = Files.readString(Path.of("../DATASET.md"));
        int start = doc.indexOf("### 2014.2");
        int end = doc.indexOf("\n## ", start);
        Matcher m = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)+)`").matcher(doc.substring(start, end));
        Set<String> ids = new TreeSet<>();
        while (m.find()) {
            if (known.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    @Test
    void theDiffFrom20141ListsExactlyTheChangeLog() throws IOException {
        DatasetDiff diff = DatasetDiff.between(RELEASE_1, Datasets.hld2014());

        assertThat(diff.beforeVersion()).isEqualTo("2014.1");
        assertThat(diff.afterVersion()).isEqualTo("2014.2");
        assertThat(diff.addedActivities()).isEmpty();
        assertThat(diff.removedActivities()).isEmpty();
        assertThat(diff.addedAgencies()).isEmpty();
        assertThat(diff.removedAgencies()).isEmpty();
        Set<String> changed = new TreeSet<>();
        diff.changedActivities().forEach(c -> changed.add(c.id()));
        Set<String> known = new TreeSet<>();
        RELEASE_1.activities().forEach(a -> known.add(a.id()));
        assertThat(changed).isEqualTo(changeLogIds(known));
        assertThat(diff.metadataChanges()).extracting(DatasetDiff.FieldChange::field).containsExactly("version");
    }

    @Test
    void theCorrectionsOfIssue14AreAmongTheChanges() {
        DatasetDiff diff = DatasetDiff.between(RELEASE_1, Datasets.hld2014());
        assertThat(diff.changedActivities()).filteredOn(c -> c.id().equals("iom-council-103-high-level-segment-gmg"))
                .singleElement().satisfies(c -> assertThat(c.field("period").flatMap(DatasetDiff.FieldChange::after))
                        .contains("\"2013-11-26/2013-11-29\""));
        assertThat(diff.changedActivities()).extracting(DatasetDiff.Change::id).contains(
                "hrc-high-level-panel-human-rights-mainstreaming-2014",
                "human-rights-indicators-capacity-development-csos", "iom-council-103rd-session",
                "escap-asia-pacific-regional-migration-report");
    }
}
