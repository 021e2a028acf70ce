package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexFormatTest {

    private static byte[] bytes(ActivityIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            index.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Dataset dataset(String name) {
        return name.equals("bundled") ? Datasets.hld2014() : Fixtures.DATASET;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "fixtures"})
    void anIndexReadBackAnswersEveryQueryAsTheBuiltOneDoes(String name) throws IOException {
        Dataset dataset = dataset(name);
        ActivityIndex built = ActivityIndex.of(dataset);
        ActivityIndex read = ActivityIndex.read(dataset, new ByteArrayInputStream(bytes(built)));
        assertThat(read.size()).isEqualTo(built.size());
        assertThat(read.toString()).isEqualTo(built.toString());
        RandomFilters filters = new RandomFilters(new SplittableRandom(7), dataset);
        for (int i = 0; i < 500; i++) {
            ActivityFilter filter = filters.tree(3);
            ActivityQuery.Sort sort = ActivityQuery.Sort.values()[i % ActivityQuery.Sort.values().length];
            ActivityQuery query = ActivityQuery.of(filter).toBuilder().sortBy(sort).build();
            QueryResult expected = built.query(query);
            QueryResult actual = read.query(query);
            assertThat(actual.ids()).as("%s", query).isEqualTo(expected.ids());
            assertThat(actual.facets()).as("%s", query).isEqualTo(expected.facets());
            assertThat(actual.leftOut()).as("%s", query).isEqualTo(expected.leftOut());
        }
        // a bitset read back ends at its last set bit, where a built one spans every activity
        assertThat(read.approximateBytes()).isLessThanOrEqualTo(built.approximateBytes());
    }

    @Test
    void theSameDatasetAlwaysGivesTheSameBytes() {
        assertThat(bytes(ActivityIndex.of(Datasets.hld2014()))).isEqualTo(bytes(ActivityIndex.of(Datasets.hld2014())));
    }

    @Test
    void anIndexOfAnotherDatasetIsRefused() {
        Dataset hld = Datasets.hld2014();
        byte[] written = bytes(ActivityIndex.of(hld));
        List<Activity> fewer = new ArrayList<>(hld.activities());
        fewer.remove(fewer.size() - 1);
        Dataset shorter = Dataset.builder().from(hld).activities(fewer).build();
        assertThatThrownBy(() -> ActivityIndex.read(shorter, new ByteArrayInputStream(written)))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset of " + hld.activities().size());

        List<Activity> edited = new ArrayList<>(hld.activities());
        Activity first = edited.get(0);
        edited.set(0, Activity.builder().from(first)
                .status(first.status() == Status.COMPLETED ? Status.ONGOING : Status.COMPLETED).build());
        Dataset changed = Dataset.builder().from(hld).activities(edited).build();
        assertThatThrownBy(() -> ActivityIndex.read(changed, new ByteArrayInputStream(written)))
                .isInstanceOf(IOException.class).hasMessageContaining("another dataset");

        List<Agency> agencies = new ArrayList<>(hld.agencies());
        agencies.add(0, Agency.builder().id("AAA").name("An agency listed first").kind(AgencyKind.INTERGOVERNMENTAL).build());
        Dataset renumbered = Dataset.builder().from(hld).agencies(agencies).build();
        assertThatThrownBy(() -> ActivityIndex.read(renumbered, new ByteArrayInputStream(written)))
                .as("the index numbers agencies in the dataset's order").isInstanceOf(IOException.class)
                .hasMessageContaining("another dataset");
    }

    @Test
    void aLengthOrCountBeyondTheBytesAtHandIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(IndexFormat.MAGIC);
        out.writeInt(Integer.MAX_VALUE / 4); // claims half a gigabyte, holds a few bytes
        out.writeLong(0);
        out.writeInt(7);
        assertThatThrownBy(() -> ActivityIndex.read(Datasets.hld2014(), new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(EOFException.class);

        DataInputStream body = new DataInputStream(new ByteArrayInputStream(new byte[] {0x7F, 0, 0, 0, 1, 2, 3}));
        assertThatThrownBy(() -> IndexFormat.count(body, Integer.MAX_VALUE)).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged index");
    }

    @Test
    void damagedOrForeignBytesAreRefused() {
        Dataset hld = Datasets.hld2014();
        byte[] written = bytes(ActivityIndex.of(hld));
        assertThatThrownBy(() -> ActivityIndex.read(hld, new ByteArrayInputStream("{\"not\": 1}".getBytes())))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ActivityIndex.read(hld, new ByteArrayInputStream(
                Arrays.copyOf(written, written.length / 2)))).isInstanceOf(EOFException.class);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            byte[] damaged = written.clone();
            int at = 20 + random.nextInt(damaged.length - 20); // past the name and the length
            damaged[at] ^= (byte) (1 + random.nextInt(255));
            assertThatThrownBy(() -> ActivityIndex.read(hld, new ByteArrayInputStream(damaged)))
                    .as("a byte changed at %d", at).isInstanceOf(IOException.class)
                    .hasMessageContaining("damaged index");
        }
    }
}
