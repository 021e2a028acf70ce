package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The places that tell users how to cite the dataset name the version the jar bundles. */
class DatasetVersionCitedTest {

    private final String version = Datasets.hld2014().metadata().version();

    @Test
    void citationFileAndReadmeCiteTheBundledVersion() throws IOException {
        assertThat(Files.readString(Path.of("../CITATION.cff"))).contains("version: \"" + version + "\"");
        assertThat(Files.readString(Path.of("../README.md"))).contains("dataset hld-2014, version " + version + ",");
        assertThat(Files.readString(Path.of("../DATASET.md"))).contains("Version `" + version + "`")
                .contains("### " + version);
    }
}
