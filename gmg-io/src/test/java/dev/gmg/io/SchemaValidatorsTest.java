package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schemas, proven by two validators: the Java one (networknt) and ajv, the most used one, run
 * from {@code .ci/ajv}. Both must accept the bundled dataset and refuse every file of the bad-input catalogue
 * except the few whose fault no schema can express. Formats ({@code "format": "date"}) are annotations in
 * 2020-12 and both validators leave them unchecked.
 */
class SchemaValidatorsTest {

    /**
     * Catalogue files that are valid against the schema: their fault is in the meaning, which only the reader
     * checks. Each needs a reason; every other catalogue file must be refused by both validators.
     */
    static final Set<String> SEMANTIC_ONLY = Set.of(
            "unknown-agency.json",             // a reference to an agency the dataset does not list
            "unknown-parent.json",             // the same, for an agency's parent
            "unknown-part-of.json",            // a reference to an activity the dataset does not list
            "unknown-related.json",            // the same, for a related activity
            "related-to-itself.json",          // comparing a field with the activity's own id
            "part-of-itself.json",             // the same, for partOf
            "part-of-cycle-of-two.json",       // a cycle through partOf, across activities
            "part-of-cycle-of-three.json",     // the same, longer
            "agency-parent-cycle.json",        // a cycle through agencies' parents
            "duplicate-agency-id.json",        // ids unique across objects: uniqueItems compares whole objects
            "duplicate-top-level-field.json",  // like duplicate-key.json, at the top level
            "own-parent.json",                 // a cycle: an agency that is its own parent
            "duplicate-activity-id.json",      // ids unique across objects: uniqueItems compares whole objects
            "duplicate-key.json",              // JSON parsers keep the last of two equal keys; only ours refuses
            "period-ends-before-start.json",   // comparing the two dates of an interval is beyond a pattern
            "bad-date.json",                   // 2014-02-30 matches the date pattern; format is not asserted
            "integer-too-large.json",          // the schema bounds no integer but the action point
            "invalid-utf8.json",               // an encoding fault: both validators read text, and a lenient
                                               // decoder (node's, and ours here) replaces the bad bytes
            "lone-high-surrogate.json",        // lone or misordered UTF-16 surrogates in \\u escapes (or as
            "lone-low-surrogate.json",         // UTF-8 bytes): an encoding fault the validators' lenient
            "reversed-surrogate-pair.json",    // decoding lets through; only our reader refuses it, with its
            "utf8-encoded-surrogate.json");    // position

    private static final Path BAD = Fixtures.path("bad");
    private static final Path SCHEMAS = Fixtures.path("/dev/gmg/io/dataset.schema.json").getParent();
    private static final Path DATASET_SCHEMA = SCHEMAS.resolve("dataset.schema.json");
    private static final Path BUNDLED = Fixtures.path(Datasets.HLD_2014_RESOURCE);
    private static Path ajv;

    @BeforeAll
    static void findAjv() {
        Path root = Paths.get("").toAbsolutePath().getParent();
        Path bin = root.resolve(".ci/ajv/node_modules/.bin/ajv");
        if (!Files.isExecutable(bin)) {
            String missing = "ajv-cli is not installed in .ci/ajv (" + bin + "); .ci/run installs it with"
                    + " 'npm ci --prefix .ci/ajv', which needs node and npm";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        ajv = bin;
    }

    @Test
    void theJavaValidatorAcceptsTheBundledDataset() {
        assertThat(javaRefuses(BUNDLED)).as("bundled dataset refused by the Java validator").isNull();
    }

    @Test
    void theJavaValidatorRefusesEveryCatalogueFileButTheSemanticOnes() throws IOException {
        Map<String, String> verdicts = new TreeMap<>();
        for (Path file : catalogue()) {
            verdicts.put(file.getFileName().toString(), javaRefuses(file) == null ? "accepted" : "refused");
        }
        assertThat(verdicts).isEqualTo(expected());
    }

    @Test
    void ajvAcceptsTheBundledDatasetAndRefusesEveryCatalogueFileButTheSemanticOnes() throws IOException {
        List<Path> files = new ArrayList<>(catalogue());
        files.add(BUNDLED);
        Map<String, String> verdicts = new TreeMap<>();
        ajvVerdicts(files).forEach((file, refused) -> verdicts.put(file.getFileName().toString(),
                refused ? "refused" : "accepted"));
        Map<String, String> expected = new TreeMap<>(expected());
        expected.put(BUNDLED.getFileName().toString(), "accepted");
        assertThat(verdicts).isEqualTo(expected);
    }

    @Test
    void theSchemasAreAbsoluteHttpsUrisOfOurs() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (String name : List.of("dataset", "activity")) {
            var schema = mapper.readTree(text(SCHEMAS.resolve(name + ".schema.json")));
            assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asString()).isEqualTo("https://gmg.dev/schema/" + name + ".schema.json");
        }
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (Path file : catalogue()) {
            String name = file.getFileName().toString();
            expected.put(name, SEMANTIC_ONLY.contains(name) ? "accepted" : "refused");
        }
        return expected;
    }

    private static List<Path> catalogue() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.sorted().toList();
        }
    }

    /** Why the Java validator refuses the file (not JSON, schema errors), or null if it accepts it. */
    private static String javaRefuses(Path file) {
        try {
            var errors = JAVA_DATASET_SCHEMA.validate(new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                    InputFormat.JSON);
            return errors.isEmpty() ? null : errors.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return "not JSON: " + e.getMessage();
        }
    }

    private static final Schema JAVA_DATASET_SCHEMA = loadJavaSchema();

    private static Schema loadJavaSchema() {
        try (InputStream in = GmgJson.class.getResourceAsStream(GmgJson.DATASET_SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ajv's verdict on each file (true: refused) as an instance of the dataset schema, in 2020-12 with strict
     * mode and all errors. ajv-cli validates many files in one run but stops at the first that is not JSON: that
     * file counts as refused and the run goes on with the files after it.
     */
    private static Map<Path, Boolean> ajvVerdicts(List<Path> files) {
        Map<Path, Boolean> verdicts = new java.util.LinkedHashMap<>();
        List<Path> left = new ArrayList<>(files);
        while (!left.isEmpty()) {
            List<String> command = new ArrayList<>(List.of(ajv.toString(), "validate", "--spec=draft2020",
                    "--strict=true", "--validate-formats=false", "--all-errors", "-s", DATASET_SCHEMA.toString()));
            left.forEach(f -> command.addAll(List.of("-d", f.toString())));
            String out = run(command);
            assertThat(out).as("ajv compiles the schema").doesNotContain("schema " + DATASET_SCHEMA + " is invalid");
            List<Path> unreported = new ArrayList<>();
            for (Path f : left) {
                if (out.contains(f + " valid\n")) {
                    verdicts.put(f, false);
                } else if (out.contains(f + " invalid\n")) {
                    verdicts.put(f, true);
                } else {
                    unreported.add(f);
                }
            }
            if (!unreported.isEmpty()) {
                assertThat(out).as("ajv output when it stopped before %s", unreported.get(0)).contains("error: ");
                verdicts.put(unreported.get(0), true);
                unreported.remove(0);
            }
            left = unreported;
        }
        return verdicts;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("ajv did not finish within 120 s");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
