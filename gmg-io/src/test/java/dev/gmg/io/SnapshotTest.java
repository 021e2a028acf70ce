package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The build's binary snapshot of the bundled dataset holds exactly what the JSON holds. */
class SnapshotTest {

    @Test
    void theBuildWritesASnapshotEqualToTheJson() throws IOException {
        Dataset fromJson = Datasets.load(Datasets.HLD_2014_RESOURCE);
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.HLD_2014_SNAPSHOT)) {
            assertThat(in).as("the build writes " + Datasets.HLD_2014_SNAPSHOT).isNotNull();
            assertThat(Snapshot.read(new DataInputStream(in))).isEqualTo(fromJson);
        }
        assertThat(Datasets.hld2014()).isEqualTo(fromJson);
        assertThat(GmgJson.toJson(Datasets.hld2014())).isEqualTo(GmgJson.toJson(fromJson));
    }

    @Test
    void writeThenReadGivesAnEqualDataset() throws IOException {
        Dataset sample = GmgJson.read(Datasets.class.getResourceAsStream("/dev/gmg/io/sample.json"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Snapshot.write(sample, new DataOutputStream(bytes));
        Dataset back = Snapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back).isEqualTo(sample);
    }

    @Test
    void refusesAnythingElse() {
        byte[] json = "{\"metadata\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Snapshot.read(new DataInputStream(new ByteArrayInputStream(json))))
                .isInstanceOf(IOException.class);
    }
}
