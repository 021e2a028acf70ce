package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Streams and options at their edges lose no data and throw nothing but the documented exceptions: a last line
 * with no line end, limits below the read buffer's size, a token limit met exactly, a stream that answers 0.
 */
class HostileStreamsTest {

    static final Dataset HLD = Datasets.hld2014();

    @Test
    void aLongLastLineWithNoLineEndIsRead() {
        Activity longest = HLD.activities().stream()
                .max(Comparator.comparingInt(a -> GmgJson.toNdjson(a).length())).orElseThrow();
        String line = GmgJson.toNdjson(longest).strip();
        assertThat(line.length()).as("longer than the first line buffer").isGreaterThan(1024);

        assertThat(ndjson(line)).containsExactly(longest);
        assertThat(ndjson(line + "\r")).containsExactly(longest);
        assertThat(ndjson(line + "\n" + line.replace(longest.id(), "x-" + longest.id()))).hasSize(2);
    }

    /** A blank line of 1,024 spaces across the read buffer's end, then a long last line with no line end. */
    @Test
    void aBlankLineAcrossTheBufferThenALongLastLineIsRead() {
        Activity longest = HLD.activities().stream()
                .max(Comparator.comparingInt(a -> GmgJson.toNdjson(a).length())).orElseThrow();
        String line = GmgJson.toNdjson(longest).strip().replace(longest.id(), "x-" + longest.id());
        StringBuilder input = new StringBuilder();
        int n = 0;
        while (input.length() < 64 * 1024 - 600) {
            input.append(GmgJson.toNdjson(HLD.activities().get(n++))).append('\n');
        }
        input.append(" ".repeat(1024)).append('\n').append(line);

        assertThat(ndjson(input.toString())).hasSize(n + 1);
    }

    @Test
    void maxDocumentBytesIsNotAppliedToNdjsonLines() {
        StringBuilder all = new StringBuilder();
        HLD.activities().forEach(a -> all.append(GmgJson.toNdjson(a)).append('\n'));

        List<Activity> read = GmgJson.readNdjson(new ByteArrayInputStream(all.toString()
                .getBytes(StandardCharsets.UTF_8)), HLD, ReadOptions.defaults().withMaxDocumentBytes(100), null)
                .toList();

        assertThat(read).isEqualTo(HLD.activities());
    }

    /** An NDJSON line and a document's activity break the per-item limit at the same count of tokens. */
    @Test
    void theItemLimitStopsAnNdjsonLineAtTheSameTokenAsADocumentsActivity() throws IOException {
        Dataset sample = GmgJson.read(Fixtures.path("sample.json"));
        for (Activity a : sample.activities()) {
            String line = GmgJson.toNdjson(a);
            int tokens = tokens(line);
            for (int limit = tokens - 2; limit <= tokens + 1; limit++) {
                ReadOptions options = ReadOptions.defaults().withMaxItemTokens(limit);
                GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.readNdjson(
                        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), sample, options, null)
                        .count());

                assertThat(e == null).as("%s with a limit of %d tokens (it has %d)", a.id(), limit, tokens)
                        .isEqualTo(limit >= tokens);
            }
        }
    }

    @Test
    void aStreamThatAnswersZeroBytesIsAskedAgainNotTakenForItsEnd() {
        StringBuilder all = new StringBuilder();
        HLD.activities().forEach(a -> all.append(GmgJson.toNdjson(a)).append('\n'));
        byte[] ndjson = all.toString().getBytes(StandardCharsets.UTF_8);
        byte[] json = GmgJson.toJson(HLD).getBytes(StandardCharsets.UTF_8);

        assertThat(GmgJson.readNdjson(new ZeroesFirst(ndjson), HLD).toList()).isEqualTo(HLD.activities());
        assertThat(GmgJson.read(new ZeroesFirst(json))).isEqualTo(HLD);
    }

    /** A byte-order mark before a blank first line (as some editors save a file) leaves a blank line. */
    @Test
    void aByteOrderMarkThenABlankFirstLineIsSkippedAsBlank() {
        String line = GmgJson.toNdjson(HLD.activities().get(0)).strip();
        for (String first : List.of("", "\n", "\t\n", "   \r\n")) {
            assertThat(problems("\ufeff" + first)).as("BOM then %s", first.replace("\n", "LF")).isEmpty();
            assertThat(ndjson("\ufeff" + first + (first.isEmpty() ? "" : line))).hasSize(first.isEmpty() ? 0 : 1);
        }
    }

    /** A document of a byte-order mark alone is empty, as it is with a line end after the mark. */
    @Test
    void aDocumentOfAByteOrderMarkAloneIsEmpty() {
        for (String text : List.of("\ufeff", "\ufeff\n")) {
            GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                    () -> GmgJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
            assertThat(e.problems()).singleElement().asString()
                    .isEqualTo("line 1, column 1: the input is empty; expected a JSON object");
        }
    }

    /** A byte-order mark alone on a later line (files joined) is a problem at that line, not an exception. */
    @Test
    void aByteOrderMarkAloneOnALaterLineIsAProblemThere() {
        String line = GmgJson.toNdjson(HLD.activities().get(0)).strip();

        assertThat(problems(line + "\n\ufeff\n")).singleElement().asString().startsWith("line 2, column ")
                .contains("0xfeff");
    }

    /** The problems of reading {@code text} as NDJSON, with a handler, each as its {@code toString()}. */
    private static List<String> problems(String text) {
        List<String> problems = new java.util.ArrayList<>();
        try (var read = GmgJson.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HLD,
                problem -> problems.add(problem.toString()))) {
            read.forEach(a -> { });
        }
        return problems;
    }

    private static List<Activity> ndjson(String text) {
        return GmgJson.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HLD).toList();
    }

    private static int tokens(String json) throws IOException {
        int n = 0;
        try (JsonParser p = TreeReader.FACTORY.createParser(ObjectReadContext.empty(),
                json.getBytes(StandardCharsets.UTF_8))) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }

    /** Answers 0 bytes three times before each read that gives some (at most 5,000), against the contract. */
    private static final class ZeroesFirst extends FilterInputStream {
        private int zeroes;

        ZeroesFirst(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len > 0 && zeroes++ % 4 != 3) {
                return 0;
            }
            return in.read(b, off, Math.min(len, 5_000));
        }
    }
}
