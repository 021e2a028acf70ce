package dev.gmg.benchmarks;

import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import dev.gmg.testing.SyntheticDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading synthetic activities written by gmg-io, as one JSON document and as NDJSON: gmg-io's reader (bind and
 * validate, every check on) against Jackson iterating the tokens of the same bytes, the floor any reader built on
 * Jackson stands on. Two more Jackson figures give the gap its context: the tokens with every name and string
 * read (what any reader of the text must pay), and Jackson's own unvalidated binding, a tree per activity.
 * Throughput is the file size divided by the time per operation; the setup prints the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReadBenchmark {

    @Param({"ndjson", "json"})
    public String format;

    @Param({"100000"})
    public int size;

    private byte[] bytes;
    private Dataset agencies;
    private final JsonFactory jackson = new JsonFactory();
    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = SyntheticDatasets.generate(42, size);
        agencies = SyntheticDatasets.generate(42, 0);
        if (format.equals("json")) {
            bytes = GmgJson.toJson(dataset).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GmgJson.writeNdjson(dataset.activities(), out);
            bytes = out.toByteArray();
        }
        System.err.printf("%n%s, %d activities: %,d bytes%n", format, size, bytes.length);
    }

    /** gmg-io: parse, bind to the model, check every rule and reference. */
    @Benchmark
    public long gmgRead() {
        if (format.equals("json")) {
            return GmgJson.read(new ByteArrayInputStream(bytes)).activities().size();
        }
        try (var s = GmgJson.readNdjson(new ByteArrayInputStream(bytes), agencies)) {
            return s.count();
        }
    }

    /** Jackson's streaming parser stepping through every token of the same bytes, reading nothing. */
    @Benchmark
    public long jacksonTokens() {
        long n = 0;
        try (JsonParser p = jackson.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                n += t.ordinal();
            }
        }
        return n;
    }

    /** The tokens again, with the text of every property name and string value read. */
    @Benchmark
    public long jacksonStrings() {
        long n = 0;
        try (JsonParser p = jackson.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                n += t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME ? p.getString().length() : t.ordinal();
            }
        }
        return n;
    }

    /**
     * Jackson's databind, unvalidated: a tree ({@code JsonNode}) for every NDJSON line, or one tree for the JSON
     * document.
     */
    @Benchmark
    public long jacksonTree() {
        long n = 0;
        try (MappingIterator<JsonNode> trees = mapper.readerFor(JsonNode.class).readValues(bytes)) {
            while (trees.hasNext()) {
                n += trees.next().size();
            }
        }
        return n;
    }

    /**
     * Outside JMH, for the heap figures: {@code write N DIR} writes {@code N} synthetic activities as
     * {@code synthetic-N.json} and {@code synthetic-N.ndjson}; {@code read FILE} reads and validates one (NDJSON
     * against the synthetic agencies) and prints the number of activities.
     *
     * @param args {@code write N DIR} or {@code read FILE}
     * @throws java.io.IOException if a file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 3 && args[0].equals("write")) {
            int n = Integer.parseInt(args[1]);
            Dataset dataset = SyntheticDatasets.generate(42, n);
            java.nio.file.Path dir = java.nio.file.Path.of(args[2]);
            GmgJson.write(dataset, dir.resolve("synthetic-" + n + ".json"));
            GmgJson.writeNdjson(dataset.activities(), dir.resolve("synthetic-" + n + ".ndjson"));
        } else if (args.length == 2 && args[0].equals("read")) {
            java.nio.file.Path file = java.nio.file.Path.of(args[1]);
            long n;
            if (file.toString().endsWith(".ndjson")) {
                try (var s = GmgJson.readNdjson(file, SyntheticDatasets.generate(42, 0))) {
                    n = s.count();
                }
            } else {
                n = GmgJson.read(file).activities().size();
            }
            System.out.println(n);
        } else {
            System.err.println("usage: ReadBenchmark write N DIR | read FILE");
            System.exit(2);
        }
    }
}
