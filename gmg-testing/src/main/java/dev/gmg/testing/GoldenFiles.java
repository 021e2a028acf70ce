package dev.gmg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares what an exporter produced with a golden file kept with the tests, both in a canonical form, so that
 * only differences of content fail: JSON objects with their keys sorted and one indentation, CSV with {@code \n}
 * line ends and a final newline. A failure shows the lines that differ, with their numbers.
 *
 * <p>Run the tests with {@code -Dgmg.golden.update=true} to (re)write every golden file from what was produced,
 * in canonical form; review the change and commit it. A missing golden file fails unless updating.
 *
 * <pre>{@code
 * GoldenFiles.assertMatchesJson(myExporter.toJson(hld), Path.of("src/test/resources/golden/export.json"));
 * GoldenFiles.assertMatchesCsv(GmgCsv.toCsv(hld, true), Path.of("src/test/resources/golden/hld.csv"));
 * }</pre>
 */
public final class GoldenFiles {

    /** The system property that, set to {@code true}, makes the assertions write golden files. */
    public static final String UPDATE_PROPERTY = "gmg.golden.update";

    /** At most this many differing lines of each side are shown. */
    private static final int SHOWN = 20;
    private static final int CONTEXT = 2;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // one array element per line too, so that a diff shows the element that changed
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private GoldenFiles() {
    }

    /**
     * Verifies that {@code actual} is the same JSON as the golden file, ignoring key order and layout.
     *
     * @param actual the JSON produced
     * @param golden the golden file, for example {@code Path.of("src/test/resources/golden/export.json")}
     * @throws AssertionFailedError if they differ, if {@code actual} is not JSON, or if the golden file is missing
     */
    public static void assertMatchesJson(String actual, Path golden) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(golden, "golden");
        String canonical;
        try {
            canonical = canonicalJson(actual);
        } catch (JacksonException e) {
            throw new AssertionFailedError("the produced text, compared with golden file " + golden
                    + ", is not JSON: " + e.getOriginalMessage());
        }
        compare(canonical, golden, text -> canonicalJson(text));
    }

    /**
     * Verifies that {@code actual} is the same CSV as the golden file, ignoring the kind of line ends.
     *
     * @param actual the CSV produced
     * @param golden the golden file
     * @throws AssertionFailedError if they differ or if the golden file is missing
     */
    public static void assertMatchesCsv(String actual, Path golden) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(golden, "golden");
        compare(canonicalText(actual), golden, GoldenFiles::canonicalText);
    }

    static String canonicalJson(String json) {
        Object tree = JSON.readValue(json, Object.class);
        return canonicalText(JSON.writeValueAsString(tree));
    }

    static String canonicalText(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return s.endsWith("\n") || s.isEmpty() ? s : s + "\n";
    }

    private interface Canonical {
        String of(String text);
    }

    private static void compare(String actual, Path golden, Canonical canonical) {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionFailedError("golden file " + golden.toAbsolutePath() + " does not exist; run the"
                    + " tests with -D" + UPDATE_PROPERTY + "=true to write it from what was produced, then review"
                    + " and commit it");
        }
        String expected;
        try {
            expected = canonical.of(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + golden, e);
        } catch (JacksonException e) {
            throw new AssertionFailedError("golden file " + golden + " is not JSON: " + e.getOriginalMessage());
        }
        if (!expected.equals(actual)) {
            throw new AssertionFailedError("produced output differs from golden file " + golden + " (- golden,"
                    + " + produced; canonical form; -D" + UPDATE_PROPERTY + "=true rewrites the file):\n"
                    + diff(expected, actual), expected, actual);
        }
    }

    private static void write(Path golden, String content) {
        try {
            Path parent = golden.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(golden, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden file " + golden, e);
        }
    }

    /** The block of lines between the common start and the common end, with a little context. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int start = 0;
        while (start < e.size() && start < a.size() && e.get(start).equals(a.get(start))) {
            start++;
        }
        int endE = e.size();
        int endA = a.size();
        while (endE > start && endA > start && e.get(endE - 1).equals(a.get(endA - 1))) {
            endE--;
            endA--;
        }
        StringBuilder out = new StringBuilder();
        out.append("@@ golden lines ").append(start + 1).append('-').append(endE)
                .append(", produced lines ").append(start + 1).append('-').append(endA).append(" @@\n");
        for (int i = Math.max(0, start - CONTEXT); i < start; i++) {
            line(out, ' ', i, e.get(i));
        }
        block(out, '-', e, start, endE);
        block(out, '+', a, start, endA);
        for (int i = endE; i < Math.min(e.size(), endE + CONTEXT); i++) {
            line(out, ' ', i, e.get(i));
        }
        return out.toString();
    }

    private static void block(StringBuilder out, char sign, List<String> lines, int from, int to) {
        for (int i = from; i < to && i < from + SHOWN; i++) {
            line(out, sign, i, lines.get(i));
        }
        if (to - from > SHOWN) {
            out.append(sign).append(" ... ").append(to - from - SHOWN).append(" more lines\n");
        }
    }

    private static void line(StringBuilder out, char sign, int index, String text) {
        out.append(sign).append(String.format("%5d ", index + 1)).append(text).append('\n');
    }
}
