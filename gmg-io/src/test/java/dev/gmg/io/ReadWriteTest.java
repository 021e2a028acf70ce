package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadWriteTest {

    @TempDir
    Path folder;

    @Test
    void readingBindsEveryFieldOfTheFormat() {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));

        assertThat(d.metadata().migrantStock()).hasSize(2);
        assertThat(d.agency("UIS")).hasValueSatisfying(a -> {
            assertThat(a.parentId()).hasValue("UNESCO");
            assertThat(a.gmgMember()).isFalse();
        });
        Activity workshop = d.activity("ilo-fair-recruitment-workshop-tunis").orElseThrow();
        assertThat(workshop.actionPoints()).containsExactly(ActionPoint.EXPLOITATION_AND_TRAFFICKING);
        assertThat(workshop.places()).extracting(p -> p.place().code(), p -> p.role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TUN", PlaceRole.VENUE),
                org.assertj.core.groups.Tuple.tuple("015", PlaceRole.TARGET),
                org.assertj.core.groups.Tuple.tuple("arab-region", PlaceRole.SCOPE));
        assertThat(workshop.period()).hasValueSatisfying(p -> assertThat(p).hasToString("2014-11-10/2014-11-14"));
        assertThat(workshop.themes()).containsExactly(Theme.WOMEN_AND_GENDER);
        assertThat(workshop.sources().get(0).subheading()).hasValue("Recruitment");
        assertThat(workshop.partOf()).hasValue("ilo-fair-recruitment-initiative");
        assertThat(workshop.summary()).contains("\"quotes\" and é");
    }

    @Test
    void writingACanonicalFileReproducesItByteForByte() throws IOException {
        byte[] original = Fixtures.bytes("sample.json");

        Dataset d = GmgJson.read(new ByteArrayInputStream(original));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GmgJson.write(d, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(out.toByteArray()).isEqualTo(original);
        assertThat(GmgJson.toJson(d)).endsWith("}\n").doesNotContain("\r").contains("\n  \"agencies\": [\n");
        Path file = folder.resolve("copy.json");
        GmgJson.write(d, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(GmgJson.read(file)).isEqualTo(d);
    }

    @Test
    void writingIsCanonicalWhateverTheInputLayout() {
        String messy = Fixtures.text("sample.json").replace("\n", " ").replaceAll(" +", " ");

        assertThat(GmgJson.toJson(GmgJson.parse(messy))).isEqualTo(Fixtures.text("sample.json"));
    }

    @Test
    void ndjsonRoundTripsOneActivityPerLine() {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        GmgJson.writeNdjson(d.activities(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        List<Activity> back = GmgJson.readNdjson(new ByteArrayInputStream(out.toByteArray()), d).toList();

        assertThat(text.lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
        assertThat(text).endsWith("}\n");
        assertThat(back).isEqualTo(d.activities());
        assertThat(GmgJson.toNdjson(d.activities().get(0))).doesNotContain("\n").contains("\"actionPoints\":[2,3]");
    }

    @Test
    void ndjsonFilesResolveAgenciesAgainstTheBundledDatasetByDefault() {
        Path file = folder.resolve("hld.ndjson");
        GmgJson.writeNdjson(Datasets.hld2014().activities(), file);

        try (Stream<Activity> s = GmgJson.readNdjson(file)) {
            assertThat(s.toList()).isEqualTo(Datasets.hld2014().activities());
        }
    }

    @Test
    void ndjsonIsReadLazily() {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));
        String line = firstActivityAlone(d);
        String broken = line + "\n{not json\n";

        List<Activity> first = GmgJson.readNdjson(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                d).limit(1).toList();

        assertThat(first).extracting(Activity::id).containsExactly("ilo-fair-recruitment-initiative");
    }

    /** The sample's first activity as an NDJSON line that reads alone (its one related activity dropped). */
    private static String firstActivityAlone(Dataset d) {
        return GmgJson.toNdjson(d.activities().get(0)).replace("\"related\":[\"unicef-uis-children-data\"]",
                "\"related\":[]");
    }

    /** As documented: a stream stopped early never reaches the end, where problems are thrown; a handler hears them. */
    @Test
    void aStreamStoppedEarlyThrowsNothingAndAHandlerHearsTheBadLinesReadBeforeIt() {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));
        String line = firstActivityAlone(d);
        byte[] bytes = ("{not json\n" + line + "\n").getBytes(StandardCharsets.UTF_8);

        Optional<Activity> first = GmgJson.readNdjson(new ByteArrayInputStream(bytes), d).findFirst();
        List<GmgFormatException.Problem> heard = new ArrayList<>();
        Optional<Activity> firstHeard = GmgJson.readNdjson(new ByteArrayInputStream(bytes), d, heard::add)
                .findFirst();

        assertThat(first).map(Activity::id).contains("ilo-fair-recruitment-initiative");
        assertThat(firstHeard).isEqualTo(first);
        assertThat(heard).singleElement().satisfies(p -> assertThat(p.line()).isOne());
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));
        Path file = folder.resolve("activities.ndjson");
        GmgJson.writeNdjson(d.activities(), file);
        byte[] before = Files.readAllBytes(file);
        Stream<Activity> failing = Stream.concat(d.activities().stream(), Stream.of(1).map(i -> {
            throw new IllegalStateException("disk on fire");
        }));

        assertThatThrownBy(() -> GmgJson.writeNdjson(failing::iterator, file))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk on fire");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriteIntoAMissingFolderFailsWithAnIoErrorAndCreatesNothing() {
        Dataset d = GmgJson.read(Fixtures.path("sample.json"));

        Path target = folder.resolve("no/such/folder/x.json");

        assertThatThrownBy(() -> GmgJson.write(d, target)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + target + ": no such folder " + target.getParent());
        assertThat(folder.resolve("no")).doesNotExist();
    }

    @Test
    void aMissingFileIsAnIoErrorNotAFormatError() {
        Path missing = folder.resolve("missing.json");

        assertThatThrownBy(() -> GmgJson.read(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + missing + ": no such file or folder");
    }

    @Test
    void anIoErrorSaysWhyAndNotOnlyWhere() throws IOException {
        Path loop = folder.resolve("loop.json");
        Files.createSymbolicLink(loop, folder.resolve("loop.json"));
        Path file = Files.writeString(folder.resolve("file"), "x");

        // the reason is the system's own words, not the path again
        assertThatThrownBy(() -> GmgJson.read(loop)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read " + loop + ": ").hasMessageNotContaining(": " + loop);
        assertThatThrownBy(() -> GmgJson.read(file.resolve("x.json"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read " + file.resolve("x.json") + ": ")
                .hasMessageNotContaining(": " + file.resolve("x.json"));
    }
}
