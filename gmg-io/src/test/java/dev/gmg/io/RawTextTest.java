package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick path makes a string of plain text straight from the input's bytes, and leaves any other to the
 * parser: every text comes back as written, wherever it lies against the ends of the read buffers, in a document
 * and in NDJSON.
 */
class RawTextTest {

    /** Plain text, and text with each kind of character that is not plain, at its start, middle and end. */
    private static final List<String> TEXTS = List.of("plain text", "\"quoted\" word", "a back\\slash",
            "accents \u00e9\u00e8", "\ud83d\ude00 an emoji", "ends with a quote\"", "a tilde ~ and a slash /", "x",
            "ends with a backslash\\", "\u00e9", "\u00a0 a no-break space");

    @Test
    void everyTextComesBackAsWritten() {
        Dataset bundled = Datasets.hld2014();
        Activity model = bundled.activities().get(0);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String text = TEXTS.get(i % TEXTS.size());
            // the padding moves each text across the ends of the document's and the lines' read buffers
            String pad = "p".repeat(i * 37 % 1900);
            activities.add(Activity.builder().from(model)
                    .id("raw-" + i)
                    .title(text + pad.substring(0, Math.min(pad.length(), i % 200)))
                    .summary(pad + text)
                    .sources(List.of(SourceRef.builder().section("2." + (i % 9 + 1)).subheading(text).paragraph(i % 7 + 1).build()))
                    .partOf(i > 0 ? Optional.of("raw-" + (i - 1)) : Optional.empty())
                    .related(List.of())
                    .build());
        }
        Dataset dataset = Dataset.builder().from(bundled).activities(activities).build();

        byte[] json = GmgJson.toJson(dataset).getBytes(StandardCharsets.UTF_8);
        Dataset document = GmgJson.read(new ByteArrayInputStream(json));
        assertThat(document.activities()).isEqualTo(activities);
        assertQuick(document.activities(), document);

        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        GmgJson.writeNdjson(activities, ndjson);
        try (Stream<Activity> read = GmgJson.readNdjson(new ByteArrayInputStream(ndjson.toByteArray()), bundled)) {
            List<Activity> lines = read.toList();
            assertThat(lines).isEqualTo(activities);
            assertQuick(lines, bundled);
        }
    }

    /**
     * Every activity with no surrogate pair in its text (which only the located path reads) took the quick path,
     * which keeps a participant's agency as the agencies' own id string where the located path makes a new one.
     */
    private static void assertQuick(List<Activity> activities, Dataset agencies) {
        assertThat(activities).filteredOn(a -> !a.title().contains("\ud83d")).allSatisfy(a -> assertThat(
                a.participants().get(0).agencyId()).as(a.id())
                .isSameAs(agencies.agency(a.participants().get(0).agencyId()).orElseThrow().id()));
    }

    /** Text read from the bytes keeps the parser's limit on a string's length, on both paths alike. */
    @Test
    void textAtTheStringLimitIsReadAndLongerTextIsRefusedAsTheParserRefusesIt() {
        Dataset bundled = Datasets.hld2014();
        Activity thirty = Activity.builder().from(bundled.activities().get(0)).id("limit").title("t".repeat(30))
                .summary("a short summary").sources(List.of()).partOf(Optional.empty()).related(List.of()).build();
        byte[] line = GmgJson.toNdjson(thirty).getBytes(StandardCharsets.UTF_8);

        assertThat(read(line, bundled, 30, true)).containsExactly(thirty.toString());
        assertThat(read(line, bundled, 30, false)).containsExactly(thirty.toString());
        List<String> refused = read(line, bundled, 29, true);
        assertThat(refused).singleElement().asString().contains("line 1", "29");
        assertThat(read(line, bundled, 29, false)).isEqualTo(refused);
    }

    /** The activities read, or the problems, with the string limit given, on the quick path or the located one. */
    private static List<String> read(byte[] ndjson, Dataset agencies, int maxStringLength, boolean quick) {
        List<String> out = new ArrayList<>();
        NdjsonSpliterator lines = new NdjsonSpliterator(new ByteArrayInputStream(ndjson), null, agencies, true,
                problem -> out.add(problem.toString()), ReadOptions.defaults().withMaxStringLength(maxStringLength),
                quick);
        lines.forEachRemaining(activity -> out.add(activity.toString()));
        return out;
    }
}
