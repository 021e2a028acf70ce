package dev.gmg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.GmgCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Golden files compare in canonical form, show a numbered diff, and are written on request. */
class GoldenFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void noUpdate() {
        System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    }

    @Test
    void jsonMatchesWhateverTheKeyOrderAndLayout() throws IOException {
        Path golden = dir.resolve("export.json");
        Files.writeString(golden, "{\n  \"b\": [1, 2],\r\n  \"a\": {\"y\": true, \"x\": \"é\"}\n}");
        GoldenFiles.assertMatchesJson("{\"a\":{\"x\":\"é\",\"y\":true},\"b\":[1,2]}", golden);
    }

    @Test
    void jsonDifferenceIsShownAsNumberedLines() throws IOException {
        Path golden = dir.resolve("export.json");
        Files.writeString(golden, "{\"a\": 1, \"b\": [1, 2, 3], \"c\": \"same\"}");
        assertThatThrownBy(() -> GoldenFiles.assertMatchesJson("{\"a\": 1, \"b\": [1, 5, 3], \"c\": \"same\"}", golden))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("produced output differs from golden file " + golden)
                .hasMessageContaining("-Dgmg.golden.update=true rewrites the file")
                .hasMessageContaining("@@ golden lines 5-5, produced lines 5-5 @@")
                .hasMessageContaining("     4     1,")
                .hasMessageContaining("-    5     2,")
                .hasMessageContaining("+    5     5,")
                .hasMessageContaining("     6     3")
                .satisfies(e -> assertThat(((AssertionFailedError) e).getExpected().getStringRepresentation())
                        .contains("\"b\""));
        assertThatThrownBy(() -> GoldenFiles.assertMatchesJson("{\"a\": 1, \"b\": [1, 2, 3]", golden))
                .hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> GoldenFiles.assertMatchesJson("{\"a\": 1, \"a\": 2}", golden))
                .hasMessageContaining("is not JSON").hasMessageContaining("Duplicate");
    }

    @Test
    void csvIgnoresTheKindOfLineEndButNotTheContent() throws IOException {
        Path golden = dir.resolve("hld.csv");
        Files.writeString(golden, "id,title\r\nsome-id,Some title\r\n");
        GoldenFiles.assertMatchesCsv("id,title\nsome-id,Some title", golden);
        assertThatThrownBy(() -> GoldenFiles.assertMatchesCsv("id,title\nsome-id,Some other title\n", golden))
                .hasMessageContaining("@@ golden lines 2-2, produced lines 2-2 @@")
                .hasMessageContaining("     1 id,title")
                .hasMessageContaining("-    2 some-id,Some title")
                .hasMessageContaining("+    2 some-id,Some other title");
    }

    @Test
    void missingGoldenFileFailsAndSaysHowToWriteIt() {
        Path golden = dir.resolve("missing.json");
        assertThatThrownBy(() -> GoldenFiles.assertMatchesJson("{}", golden))
                .hasMessageContaining("does not exist").hasMessageContaining("-Dgmg.golden.update=true");
    }

    @Test
    void updateWritesTheCanonicalFormWhichThenMatches() throws IOException {
        Path golden = dir.resolve("golden/sub/export.json");
        System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
        GoldenFiles.assertMatchesJson("{\"b\":2,\"a\":1}", golden);
        String csv = GmgCsv.toCsv(SyntheticDatasets.generate(1, 5), false);
        GoldenFiles.assertMatchesCsv(csv, dir.resolve("hld.csv"));
        System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
        assertThat(Files.readString(golden)).startsWith("{").contains("\"a\"").endsWith("}\n")
                .doesNotContain("\r");
        assertThat(Files.readString(golden).indexOf("\"a\"")).isLessThan(Files.readString(golden).indexOf("\"b\""));
        GoldenFiles.assertMatchesJson("{\"a\":1,\"b\":2}", golden);
        GoldenFiles.assertMatchesCsv(csv, dir.resolve("hld.csv"));
        assertThatThrownBy(() -> GoldenFiles.assertMatchesJson("{\"a\":1,\"b\":3}", golden))
                .isInstanceOf(AssertionFailedError.class);
    }
}
