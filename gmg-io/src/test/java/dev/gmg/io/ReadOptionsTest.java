package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading limits are a value a user sets, and the readers apply them. */
class ReadOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAdmitAMillionActivitiesAndTheFormatsOwnSizes() {
        ReadOptions d = ReadOptions.defaults();

        assertThat(d.maxDocumentBytes()).isEqualTo(4L << 30);
        assertThat(d.maxItemTokens()).isEqualTo(GmgJson.MAX_ITEM_TOKENS);
        assertThat(d.maxLineBytes()).isEqualTo(GmgJson.MAX_LINE_LENGTH);
        assertThat(d.withMaxLineBytes(10).withMaxLineBytes(GmgJson.MAX_LINE_LENGTH)).isEqualTo(d);
        assertThat(d.withMaxItemTokens(5)).hasToString(
                "ReadOptions{maxDocumentBytes=4294967296, maxLineBytes=1048576, maxStringLength=100000,"
                        + " maxNestingDepth=32, maxTokens=2000000000, maxItemTokens=5}");
        assertThatIllegalArgumentException().isThrownBy(() -> d.withMaxDocumentBytes(0))
                .withMessage("maxDocumentBytes must be positive, was 0");
    }

    @Test
    void aDocumentOverTheLimitIsRefusedAndAHigherLimitReadsIt() throws Exception {
        Path sample = Fixtures.path("sample.json");
        long size = Files.size(sample);

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(sample, ReadOptions.defaults().withMaxDocumentBytes(size / 2)));
        Dataset d = GmgJson.read(sample, ReadOptions.defaults().withMaxDocumentBytes(size));

        assertThat(e.problems().get(0).message()).isEqualTo("the input is too large: at most " + size / 2
                + " bytes (see ReadOptions.maxDocumentBytes)");
        assertThat(d).isEqualTo(GmgJson.read(sample));
    }

    /**
     * The parser checks the length as it loads its next block of input: the problem names the line it had reached
     * then, and no column (the parser counts it from the block before).
     */
    @Test
    void aDocumentOverTheLimitIsRefusedAtTheLineReachedWithoutAWrongColumn() throws Exception {
        byte[] json = GmgJson.toJson(Datasets.hld2014()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("hld.json"), json);
        int limit = 50_000;

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(file, ReadOptions.defaults().withMaxDocumentBytes(limit)));

        GmgFormatException.Problem p = e.problems().get(0);
        assertThat(p.message()).startsWith("the input is too large: at most 50000 bytes");
        assertThat(p.line()).isBetween(lineAt(json, limit), lineAt(json, limit + 16_000));
        assertThat(p.column()).isZero();
        assertThat(p.toString()).startsWith("line " + p.line() + ": ");
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    @Test
    void theItemLimitCountsTheValuesOfUnknownFields() {
        String line = "{\"id\": \"a-1\", \"extra\": [" + "0,".repeat(100) + "0], \"title\": \"T\"}\n";

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.readNdjson(
                new ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                GmgJson.read(Fixtures.path("sample.json")), ReadOptions.defaults().withMaxItemTokens(50), null)
                .count());

        // the field is named: raising the limit would only lead to its refusal
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("extra");
            assertThat(p.column()).isEqualTo(line.indexOf("\"extra\"") + 1);
            assertThat(p.message()).startsWith("unknown field 'extra'; known fields are id, title").endsWith(
                    "; its value is too large to skip: an activity may have at most 50 JSON tokens (see"
                            + " ReadOptions.maxItemTokens)");
        });
    }

    @Test
    void theItemLimitHoldsForAValidActivityToo() {
        Dataset sample = GmgJson.read(Fixtures.path("sample.json"));
        byte[] line = GmgJson.toNdjson(sample.activities().get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.readNdjson(
                new ByteArrayInputStream(line), sample, ReadOptions.defaults().withMaxItemTokens(20), null).count());
        long read = GmgJson.readNdjson(new ByteArrayInputStream(line), sample,
                ReadOptions.defaults().withMaxItemTokens(line.length), null).count();

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("too many values: an activity may have at most 20 JSON tokens"));
        assertThat(read).isOne();
    }

    @Test
    void theItemLimitHoldsForAValidActivityOfADocument() {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.read(
                Fixtures.path("sample.json"), ReadOptions.defaults().withMaxItemTokens(40)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("activities[0]");
            assertThat(p.message()).startsWith("too many values: an activity may have at most 40 JSON tokens");
        });
    }
}
