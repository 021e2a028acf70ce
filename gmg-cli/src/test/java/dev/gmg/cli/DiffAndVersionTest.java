package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gmg diff}, {@code gmg export --format datapackage}'s errors, and the dataset version in every output. */
class DiffAndVersionTest {

    private static final String VERSION = Datasets.hld2014().metadata().version();

    @Nested
    class Diff {

        @TempDir
        Path dir;

        /** The bundled dataset as OLD, and a copy with a new version, one period changed and one activity renamed. */
        private Path[] files() throws Exception {
            Path old = dir.resolve("old.json");
            gmg("export", "--format", "json", "--out", old.toString());
            String json = Files.readString(old);
            String changed = json.replace("\"version\": \"" + VERSION + "\"", "\"version\": \"9999.1\"")
                    .replaceFirst("(?s)(\"id\": \"iom-council-103-high-level-segment-gmg\",.*?\"period\": )\"[^\"]*\"",
                            "$1\"2013-11-27\"")
                    .replace("\"id\": \"ilo-labour-migration-academy-2014\"",
                            "\"id\": \"ilo-labour-migration-academy-2014-renamed\"");
            assertThat(changed).isNotEqualTo(json);
            return new Path[] {old, Files.writeString(dir.resolve("new.json"), changed)};
        }

        @Test
        void listsWhatChangedAsText() throws Exception {
            Path[] f = files();

            Cli.Run run = gmg("diff", f[0].toString(), f[1].toString()).ok();

            assertThat(run.lines()).contains("Dataset " + VERSION + " -> 9999.1",
                    "  version: \"" + VERSION + "\" -> \"9999.1\"",
                    "activities: 1 added, 1 removed, 1 changed",
                    "  ~ iom-council-103-high-level-segment-gmg",
                    "      period: \"2013-11-26/2013-11-29\" -> \"2013-11-27\"")
                    .anySatisfy(l -> assertThat(l).startsWith("  + ilo-labour-migration-academy-2014-renamed  "))
                    .anySatisfy(l -> assertThat(l).startsWith("  - ilo-labour-migration-academy-2014  "));
        }

        @Test
        void listsWhatChangedAsJson() throws Exception {
            Path[] f = files();

            JsonNode json = JsonMapper.builder().build()
                    .readTree(gmg("diff", "--format", "json", f[0].toString(), f[1].toString()).ok().out());

            assertThat(json.get("after").asString()).isEqualTo("9999.1");
            assertThat(json.get("activities").get("changed").get(0).get("fields").get(0).get("after").asString())
                    .isEqualTo("2013-11-27");
            assertThat(json.get("activities").get("added").get(0).get("id").asString())
                    .isEqualTo("ilo-labour-migration-academy-2014-renamed");
        }

        @Test
        void theSameFileTwiceHasNoDifferencesAndExitsZero() throws Exception {
            Path old = files()[0];

            assertThat(gmg("diff", old.toString(), old.toString()).ok().out())
                    .isEqualTo("Dataset " + VERSION + " -> " + VERSION
                            + "\nNo differences in metadata, agencies or activities.\n");
        }

        @Test
        void aMissingFileIsAUsageErrorAndAnInvalidOneIsInvalidData() throws Exception {
            Path old = files()[0];
            assertThat(gmg("diff", old.toString(), dir.resolve("nope.json").toString()).usageError().err())
                    .contains("no such file").contains("nope.json");
            gmg("diff", old.toString()).usageError();

            Path bad = Files.writeString(dir.resolve("bad.json"), "{\"metadata\": {}}");
            assertThat(gmg("diff", old.toString(), bad.toString()).fails(Gmg.INVALID_DATA).err())
                    .contains("bad.json");
        }
    }

    @Nested
    class Version {

        @TempDir
        Path dir;

        @Test
        void statsPrintsTheDatasetVersion() {
            assertThat(gmg("stats").ok().out()).contains("dataset version " + VERSION);
        }

        @Test
        void csvRowsCarryItAndWritingToAFileSaysIt() throws Exception {
            Cli.Run csv = gmg("export", "--format", "csv").ok();
            assertThat(csv.lines().get(0)).endsWith(",dataset_version");
            assertThat(csv.lines().get(1)).endsWith("," + VERSION);

            for (String format : new String[] {"json", "ndjson", "csv", "datapackage"}) {
                Cli.Run run = gmg("export", "--format", format, "--out", dir.resolve("out-" + format).toString());
                assertThat(run.exit()).isZero();
                assertThat(run.err()).as(format).contains("(dataset version " + VERSION + ")");
            }
        }

        @Test
        void theDataPackageCarriesIt() throws Exception {
            Path pkg = dir.resolve("pkg");
            gmg("export", "--format", "datapackage", "--out", pkg.toString());

            JsonNode d = JsonMapper.builder().build().readTree(Files.readString(pkg.resolve("datapackage.json")));
            assertThat(d.get("version").asString()).isEqualTo(VERSION);
        }
    }

    @Nested
    class DataPackageErrors {

        @TempDir
        Path dir;

        @Test
        void needsAFolderToWriteTo() throws Exception {
            assertThat(gmg("export", "--format", "datapackage").usageError().err()).contains("--out DIR");

            Path file = Files.writeString(dir.resolve("taken.txt"), "mine");
            assertThat(gmg("export", "--format", "datapackage", "--out", file.toString()).usageError().err())
                    .contains("taken.txt").contains("not a folder");
            assertThat(Files.readString(file)).isEqualTo("mine");
        }
    }
}
