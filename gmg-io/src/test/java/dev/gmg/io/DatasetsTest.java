package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset. Loading it at run time skips Bean Validation, so this test is where it is validated:
 * every build reads it the way a user's file is read, with every check on.
 */
class DatasetsTest {

    @Test
    void theBundledDatasetPassesEveryCheckAUsersFileWouldGet() {
        assertThat(Datasets.class.getResource(Datasets.HLD_2014_RESOURCE)).as("bundled dataset resource").isNotNull();

        Dataset validated = GmgJson.read(Datasets.class.getResourceAsStream(Datasets.HLD_2014_RESOURCE));

        assertThat(validated.agencies()).isNotEmpty();
        assertThat(validated.activities()).isNotEmpty();
        assertThat(Datasets.hld2014()).isEqualTo(validated);
    }

    @Test
    void theBundledDatasetIsCanonicalSoItDiffsCleanly() throws Exception {
        String file;
        try (var in = Datasets.class.getResourceAsStream(Datasets.HLD_2014_RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String canonical = GmgJson.toJson(Datasets.hld2014());

        List<String> expected = canonical.lines().toList();
        List<String> actual = file.lines().toList();
        int line = 0;
        while (line < expected.size() && line < actual.size() && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        assertThat(file).as("hld-2014.json is not canonical from line %d: the file has%n%s%nthe writer makes%n%s%n"
                + "rewrite it with GmgJson.write(GmgJson.read(p), p)", line + 1,
                excerpt(actual, line), excerpt(expected, line)).isEqualTo(canonical);
    }

    private static String excerpt(List<String> lines, int from) {
        return String.join("\n", lines.subList(Math.min(from, lines.size()), Math.min(from + 4, lines.size())));
    }

    @Test
    void theBundledDatasetIsLoadedOnceAndShared() {
        assertThat(Datasets.hld2014()).isSameAs(Datasets.hld2014());
        assertThat(Datasets.hld2014().metadata().publisher()).isEqualTo("Global Migration Group");
    }
}
