package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * The quick path ({@link DirectBinder}) and the located path read every input alike: the same dataset or
 * activities, or the same problems in the same order at the same places. Inputs: the bundled data, the
 * bad-input catalogue, the fuzzing corpus, and thousands of seeded mutations of valid activities.
 */
class DirectBinderTest {

    static final Dataset AGENCIES = GmgJson.read(Fixtures.path("sample.json"));

    /** What a read gave: a dataset, the activities and problems of an NDJSON read, or the error thrown. */
    record Outcome(Object value, List<GmgFormatException.Problem> problems, String error) {
    }

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("bad", "ReaderFuzzTestInputs/readJson", "ReaderFuzzTestInputs/readNdjson")) {
            try (Stream<Path> s = Files.list(Fixtures.path(dir))) {
                s.sorted().forEach(files::add);
            }
        }
        files.add(Fixtures.path("sample.json"));
        files.add(Fixtures.path("hld-2014.1.json"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void bothPathsReadEveryFileAlike(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(json(bytes, true)).isEqualTo(json(bytes, false));
        assertThat(ndjson(bytes, true)).isEqualTo(ndjson(bytes, false));
    }

    @Test
    void everyValidActivityTakesTheQuickPath() throws IOException {
        Dataset bundled = Datasets.hld2014();
        for (Activity a : bundled.activities()) {
            try (JsonParser p = TreeReader.FACTORY.createParser(ObjectReadContext.empty(), GmgJson.toNdjson(a))) {
                p.nextToken();
                Activity quick = new DirectBinder(p, null,
                        DirectBinder.agencies(bundled.agencies().stream().map(Agency::id).toList()), false, false, null)
                        .activity();
                assertThat(quick).as(a.id()).isEqualTo(a);
            }
        }
    }

    @Test
    void everyValidNdjsonLineTakesTheQuickPath() {
        Dataset bundled = Datasets.hld2014();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GmgJson.writeNdjson(bundled.activities(), out);
        NdjsonSpliterator lines = new NdjsonSpliterator(new ByteArrayInputStream(out.toByteArray()), null, bundled,
                true, null, ReadOptions.defaults());

        List<Activity> read = StreamSupport.stream(lines, false).toList();

        assertThat(read).isEqualTo(bundled.activities());
        assertThat(lines.quickLines).isEqualTo(read.size());
        // a line with an escape (a title that quotes a title) is read by a parser, still on the quick path
        long unescaped = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.indexOf('\\') < 0).count();
        assertThat(unescaped).isGreaterThan(read.size() * 9L / 10);
        assertThat(lines.plainLines).as("lines read without a parser").isEqualTo(unescaped);
    }

    /**
     * The quick path keeps a participant's agency as the dataset's own id string, where the located path makes a
     * new one: so the same instance shows that every activity of the bundled document took the quick path.
     */
    @Test
    void everyActivityOfTheBundledDocumentTakesTheQuickPath() {
        Dataset read = GmgJson.read(Fixtures.path("hld-2014.1.json"));

        assertThat(read.activities()).allSatisfy(a -> assertThat(a.participants()).allSatisfy(p -> assertThat(
                p.agencyId()).as(a.id()).isSameAs(read.agency(p.agencyId()).orElseThrow().id())));
    }

    @Test
    void theBundledDatasetTakesTheQuickPathToTheSameModel() throws IOException {
        byte[] bytes;
        try (var in = Datasets.class.getResourceAsStream(Datasets.HLD_2014_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        Outcome quick = json(bytes, true);
        assertThat(quick.error()).isNull();
        assertThat(quick).isEqualTo(json(bytes, false));
    }

    @Test
    void bothPathsAgreeOnSeededMutationsOfValidActivities() {
        List<String> lines = AGENCIES.activities().stream().map(GmgJson::toNdjson).toList();
        String document = GmgJson.toJson(AGENCIES);
        Random random = new Random(20261130);
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            String line = mutate(lines.get(random.nextInt(lines.size())), random);
            byte[] ndjson = (line + "\n").getBytes(StandardCharsets.UTF_8);
            Outcome quick = ndjson(ndjson, true);
            assertThat(quick).as("line %s", line).isEqualTo(ndjson(ndjson, false));
            refused += quick.problems().isEmpty() ? 0 : 1;
            String doc = document.replaceFirst("(\"activities\"\\s*:\\s*\\[\\s*)", "$1" + quoteReplacement(line)
                    + ",\n");
            assertThat(doc).as("the mutated activity is in the document").isNotEqualTo(document);
            byte[] json = doc.getBytes(StandardCharsets.UTF_8);
            assertThat(json(json, true)).as("document with %s", line).isEqualTo(json(json, false));
        }
        assertThat(refused).as("mutations refused").isBetween(1000, 2999);
    }

    /**
     * Lines in place in the read buffer share one parser on the quick path: it must read each line as a parser of
     * its own would, whatever comes before and after it (a line of two objects, an object broken over two lines, a
     * raw control character, blanks, CRLF, lines across the buffer's end).
     */
    @Test
    void bothPathsAgreeOnManyLinesReadTogether() {
        List<String> lines = AGENCIES.activities().stream().map(GmgJson::toNdjson).toList();
        Random random = new Random(20261201);
        String[] ends = {"\n", "\r\n", "\n\n", "  \n", "\t\r\n", " x\n", "\n \n"};
        int accepted = 0;
        for (int input = 0; input < 30; input++) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                String line = lines.get(random.nextInt(lines.size())).replace("{\"id\":\"", "{\"id\":\"n" + i + "-");
                line = switch (random.nextInt(10)) {
                    case 0 -> mutate(line, random);
                    case 1 -> line + lines.get(random.nextInt(lines.size())); // two objects on a line
                    case 2 -> line.replaceFirst(",\"", ",\n\""); // an object over two lines
                    case 3 -> line.replaceFirst("\"title\":\"", "\"title\":\"\u0001"); // a raw control character
                    default -> line;
                };
                ndjson.append(line).append(ends[random.nextInt(10) < 7 ? 0 : random.nextInt(ends.length)]);
            }
            byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);
            Outcome quick = ndjson(bytes, true);
            assertThat(quick).as("input %d", input).isEqualTo(ndjson(bytes, false));
            accepted += ((List<?>) quick.value()).size();
        }
        assertThat(accepted).as("activities read").isBetween(3000, 8000);
    }

    /** The reader's limits, set low enough to refuse valid activities, refuse them alike on both paths. */
    @Test
    void bothPathsAgreeUnderLowLimits() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GmgJson.writeNdjson(AGENCIES.activities(), out);
        byte[] bytes = out.toByteArray();
        ReadOptions defaults = ReadOptions.defaults();
        List<ReadOptions> limits = new ArrayList<>();
        for (int depth = 1; depth <= 4; depth++) {
            limits.add(defaults.withMaxNestingDepth(depth));
        }
        for (int length : new int[] {3, 20, 60}) {
            limits.add(defaults.withMaxStringLength(length));
        }
        for (int tokens : new int[] {5, 20, 40}) {
            limits.add(defaults.withMaxItemTokens(tokens));
            limits.add(defaults.withMaxTokens(tokens));
        }
        for (int line : new int[] {100, 300, 500}) {
            limits.add(defaults.withMaxLineBytes(line));
        }
        List<ReadOptions> refusing = new ArrayList<>();
        for (ReadOptions options : limits) {
            Outcome quick = ndjson(bytes, true, options);
            assertThat(quick).as(options.toString()).isEqualTo(ndjson(bytes, false, options));
            if (!quick.problems().isEmpty()) {
                refusing.add(options);
            }
        }
        // an activity nests three levels (its participants' objects in their array)
        assertThat(refusing).as("limits that refuse some activity").hasSize(limits.size() - 2)
                .doesNotContain(defaults.withMaxNestingDepth(3), defaults.withMaxNestingDepth(4));
    }

    private static String quoteReplacement(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }

    /** One small change: a byte dropped, doubled or replaced, a value swapped for another, a field repeated. */
    private static String mutate(String line, Random random) {
        int at = random.nextInt(line.length());
        String[] values = {"1", "9", "0", "-1", "2.5", "99999999999", "true", "null", "\"\"", "\" \"", "\"x\"",
            "\"ILO\"", "\"UNHCR\"", "\"global\"", "[]", "{}", "[1]", "\"2014\"", "\"2015/2014\"", "\"ilo\"",
            "\"\\ud800\"", "\"\\u0007\"", "\"lead\"", "\"venue\"", "\"planned\"", "\"\\ud83d\\ude00\""};
        return switch (random.nextInt(6)) {
            case 0 -> line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + line.charAt(at) + line.substring(at);
            case 2 -> line.substring(0, at) + "\"{}[],:x1 ".charAt(random.nextInt(10)) + line.substring(at + 1);
            case 3 -> {
                int colon = line.indexOf("\":", at); // a name's closing quote; the value follows the colon
                if (colon < 0) {
                    yield line;
                }
                int end = colon + 2;
                int depth = 0;
                boolean inString = false;
                for (; end < line.length(); end++) {
                    char c = line.charAt(end);
                    if (inString) {
                        inString = c != '"' || line.charAt(end - 1) == '\\';
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '[' || c == '{') {
                        depth++;
                    } else if (c == ']' || c == '}') {
                        if (depth-- == 0) {
                            break;
                        }
                    } else if (c == ',' && depth == 0) {
                        break;
                    }
                }
                yield line.substring(0, colon + 2) + values[random.nextInt(values.length)] + line.substring(end);
            }
            case 4 -> {
                int key = line.indexOf("\"", at);
                int close = key < 0 ? -1 : line.indexOf("\"", key + 1);
                yield close < 0 ? line : line.substring(0, key) + line.substring(key, close + 1) + " : 1, "
                        + line.substring(key);
            }
            default -> line.replace("{\"id\":\"", "{\"id\":\"" + (random.nextBoolean() ? "x-" : "X"));
        };
    }

    static Outcome json(byte[] bytes, boolean quick) {
        try {
            Dataset d = GmgJson.read(new ByteArrayInputStream(bytes), null, true, ReadOptions.defaults(), quick);
            return new Outcome(d, List.of(), null);
        } catch (GmgFormatException e) {
            return new Outcome(null, e.problems(), null);
        } catch (UncheckedIOException e) {
            return new Outcome(null, List.of(), e.getMessage());
        }
    }

    static Outcome ndjson(byte[] bytes, boolean quick) {
        return ndjson(bytes, quick, ReadOptions.defaults());
    }

    static Outcome ndjson(byte[] bytes, boolean quick, ReadOptions options) {
        List<GmgFormatException.Problem> problems = new ArrayList<>();
        List<Activity> read = StreamSupport.stream(new NdjsonSpliterator(new ByteArrayInputStream(bytes), null,
                AGENCIES, true, problems::add, options, quick), false).toList();
        return new Outcome(read, problems, null);
    }
}
