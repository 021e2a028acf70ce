package dev.gmg.io;

import dev.gmg.io.GmgFormatException.Problem;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads and writes GMG datasets as JSON, and activities as NDJSON (one activity per line).
 *
 * <pre>{@code
 * Dataset mine = GmgJson.read(Path.of("mine.json"));          // validated; GmgFormatException lists every problem
 * GmgJson.write(mine, Path.of("mine.json"));                   // canonical and atomic
 *
 * try (Stream<Activity> s = GmgJson.readNdjson(Path.of("big.ndjson"))) {   // lazy, one line at a time
 *     s.filter(a -> a.actionPoints().contains(ActionPoint.EVIDENCE_BASE)).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <h2>The format</h2>
 * A dataset is one JSON object with {@code metadata}, {@code agencies} and {@code activities}; the schema
 * {@value #DATASET_SCHEMA} describes it, and {@value #ACTIVITY_SCHEMA} describes one NDJSON line. Codes are
 * written as codes: vocabulary terms lower case with hyphens ({@code standard-setting}), action points as their
 * numbers 1 to 8, places by ISO 3166-1 alpha-3 ({@code MAR}), three-digit M49 ({@code 015}) or named-area code
 * ({@code arab-region}), periods in EDTF ({@code 2014-11-10/2014-11-14}).
 *
 * <h2>Reading</h2>
 * Reading is strict and reports everything it can at once: unknown fields, duplicate keys, {@code null} values,
 * wrong types, unknown codes (with "did you mean"), bad periods, duplicate ids, references to unknown agencies
 * or activities, and every Bean Validation constraint of the model. Each problem carries its JSON path, line and
 * column. A syntax error or a broken limit stops the parser, so it is reported alone. Every mistake in the input
 * is a {@link GmgFormatException}; a file that cannot be read at all is an {@link UncheckedIOException}.
 *
 * <h2>Limits</h2>
 * Input must be UTF-8 (a byte-order mark is allowed). It is refused, with a located problem, when it nests deeper
 * than {@value #MAX_NESTING_DEPTH} levels, has a string longer than {@value #MAX_STRING_LENGTH} characters, a
 * field name longer than {@value #MAX_NAME_LENGTH} characters, a number longer than {@value #MAX_NUMBER_LENGTH}
 * digits, an agency or activity of more than {@value #MAX_ITEM_TOKENS} JSON tokens, a JSON document larger than
 * {@value #MAX_DOCUMENT_LENGTH} bytes, or an NDJSON line longer than {@value #MAX_LINE_LENGTH} bytes. An NDJSON
 * stream as a whole has no size limit. The format itself nests five levels deep and its longest text (a summary)
 * is 2,000 characters, so the limits only stop input that is not a dataset at all. {@link ReadOptions} changes
 * them. Reading streams: memory holds the model being built and one agency or activity, never the document.
 *
 * <h2>Writing</h2>
 * Output is canonical: fields in the order of the schema, lists in the model's order, absent optional values and
 * empty optional lists left out, two-space indent, {@code \n} line ends, a final newline, UTF-8. So
 * {@code toJson(read(x))} equals {@code x} for a canonical file, and a dataset diffs cleanly in version control.
 * Writing to a {@link Path} is atomic: a temporary file in the same folder is renamed over the target, and a
 * failure leaves the old file as it was.
 */
public final class GmgJson {

    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number accepted, in digits. */
    public static final int MAX_NUMBER_LENGTH = 50;
    /**
     * The largest JSON document accepted by default, in bytes (characters for {@link #parse(String)}): 4 GiB, room
     * for a million activities; see {@link ReadOptions#withMaxDocumentBytes(long)}.
     */
    public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024 * 1024;
    /** The most JSON tokens accepted by default in one agency or activity; see {@link ReadOptions}. */
    public static final int MAX_ITEM_TOKENS = 10_000;
    /** The longest NDJSON line accepted, in bytes: 1 MiB. */
    public static final int MAX_LINE_LENGTH = 1024 * 1024;

    /** The class-path resource of the JSON Schema (draft 2020-12) of a dataset document. */
    public static final String DATASET_SCHEMA = "/dev/gmg/io/dataset.schema.json";
    /** The class-path resource of the JSON Schema (draft 2020-12) of one NDJSON line: one activity. */
    public static final String ACTIVITY_SCHEMA = "/dev/gmg/io/activity.schema.json";

    private GmgJson() {
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads and validates a dataset from a JSON file.
     *
     * @param file a JSON dataset
     * @return the validated dataset
     * @throws GmgFormatException listing every problem found, each located in the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads and validates a dataset from a JSON file, with other limits than the defaults.
     *
     * @param file the JSON file
     * @param options the limits to apply
     * @return the dataset
     * @throws GmgFormatException listing every problem found, each located in the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), true, options);
        } catch (IOException e) {
            throw Reading.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads and validates a dataset from a stream of UTF-8 JSON. The stream is read to the end of the document
     * and not closed.
     *
     * @param in UTF-8 JSON, read to its end and not closed
     * @return the validated dataset
     * @throws GmgFormatException listing every problem found
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Dataset read(InputStream in) {
        return read(Objects.requireNonNull(in, "in"), null, true, ReadOptions.defaults());
    }

    /**
     * Reads and validates a dataset from JSON text (not a file name; see {@link #read(Path)}).
     *
     * @param json the JSON text of a dataset
     * @return the validated dataset
     * @throws GmgFormatException listing every problem found
     */
    public static Dataset parse(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser p = TreeReader.FACTORY.createParser(ObjectReadContext.empty(), json)) {
            return Reading.dataset(p, null, true, ReadOptions.defaults());
        }
    }

    static Dataset read(InputStream in, String source, boolean validate) {
        return read(in, source, validate, ReadOptions.defaults());
    }

    static Dataset read(InputStream in, String source, boolean validate, ReadOptions options) {
        return read(in, source, validate, options, true);
    }

    /** With {@code quick} false, every activity takes the located path (for tests that compare the two). */
    static Dataset read(InputStream in, String source, boolean validate, ReadOptions options, boolean quick) {
        ReplayBuffer utf8 = new ReplayBuffer(utf8(in, source));
        JsonParser parser;
        try {
            parser = TreeReader.factory(options).createParser(ObjectReadContext.empty(), utf8);
        } catch (tools.jackson.core.JacksonException e) {
            if (e.getCause() instanceof IOException io && !(io instanceof java.io.CharConversionException)) {
                throw Reading.unreadable(source, io);
            }
            throw new GmgFormatException(source, List.of(new Problem("", 1, 1, "expected UTF-8 JSON: "
                    + TreeReader.describe(e, options), "UTF-8", null, List.of())));
        }
        try (JsonParser p = parser) {
            return Reading.dataset(p, source, validate, options, quick ? utf8 : null);
        }
    }

    /** The stream, after refusing one that starts like UTF-16 or UTF-32 (which Jackson would decode). */
    static InputStream utf8(InputStream given, String source) {
        InputStream in = new NoZeroReads(given);
        byte[] head = new byte[4];
        int n = 0;
        try {
            int r;
            while (n < 4 && (r = in.read(head, n, 4 - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw Reading.unreadable(source, e);
        }
        String found = Encoding.notUtf8(head, n);
        if (found != null) {
            throw new GmgFormatException(source, List.of(new Problem("", 1, 1, Encoding.message(found), "UTF-8",
                    found, List.of())));
        }
        if (n == 3 && Encoding.startsWithUtf8Mark(head, 0, n)) {
            n = 0; // a byte-order mark alone: an empty input (too short for the parser to know it as a mark)
        }
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head, 0, n), in);
    }

    /**
     * Asks again when the stream below answers 0 bytes, which {@link InputStream}'s contract does not allow but
     * which a {@link java.io.SequenceInputStream} (and the reading after it) would take for the end of the input.
     */
    private static final class NoZeroReads extends java.io.FilterInputStream {
        NoZeroReads(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            do {
                n = in.read(b, off, len);
            } while (n == 0 && len > 0);
            return n;
        }
    }

    /**
     * Reads activities lazily from an NDJSON file, resolving their agencies against the
     * {@linkplain Datasets#hld2014() bundled dataset}. See {@link #readNdjson(InputStream, Dataset, Consumer)};
     * close the stream to close the file.
     *
     * @param file an NDJSON file, one activity per line
     * @return the activities, read lazily; close the stream to close the file
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static Stream<Activity> readNdjson(Path file) {
        return readNdjson(file, Datasets.hld2014());
    }

    /**
     * Reads activities lazily from an NDJSON file, resolving their agencies against those of {@code agencies}.
     * See {@link #readNdjson(InputStream, Dataset, Consumer)}; close the stream to close the file.
     *
     * @param file an NDJSON file, one activity per line
     * @param agencies the dataset whose agencies the participants must name
     * @return the activities, read lazily; close the stream to close the file
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static Stream<Activity> readNdjson(Path file, Dataset agencies) {
        return readNdjson(file, agencies, ReadOptions.defaults());
    }

    /**
     * Reads activities lazily from an NDJSON file with other limits than the defaults. See
     * {@link #readNdjson(InputStream, Dataset, Consumer)}; close the stream to close the file.
     *
     * @param file the NDJSON file
     * @param agencies the dataset whose agencies participants may name
     * @param options the limits to apply (to each line)
     * @return the activities, read as the stream is consumed
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static Stream<Activity> readNdjson(Path file, Dataset agencies, ReadOptions options) {
        Objects.requireNonNull(agencies, "agencies");
        Objects.requireNonNull(options, "options");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw Reading.unreadable(file.toString(), e);
        }
        return ndjson(in, file.toString(), agencies, null, options).onClose(() -> close(in));
    }

    /**
     * Reads activities lazily from NDJSON, as {@link #readNdjson(InputStream, Dataset, Consumer)} without a
     * problem handler: problems are thrown together at the end of the input.
     *
     * @param in UTF-8 NDJSON, one activity per line
     * @param agencies the dataset whose agencies the participants must name
     * @return the activities, read lazily
     */
    public static Stream<Activity> readNdjson(InputStream in, Dataset agencies) {
        return ndjson(Objects.requireNonNull(in, "in"), null, Objects.requireNonNull(agencies, "agencies"), null,
                ReadOptions.defaults());
    }

    /**
     * Reads activities lazily from NDJSON: one activity object per line, UTF-8, blank lines ignored. Only one
     * line is held in memory at a time, so a file larger than memory can be filtered. Each activity is validated
     * as in {@link #read(Path)}; its participants must name agencies of {@code agencies}; ids must be unique
     * across lines. ({@code partOf} and {@code related} are not resolved: they may name activities of other
     * files. But {@code partOf} links that form a cycle among the lines are refused, once the end of the input
     * shows the cycle: its members were good lines until then.)
     *
     * <p>A bad line is skipped and reading goes on, so one bad line does not hide problems on later lines. Each
     * problem's {@linkplain Problem#line() line} is the line in the input and its path is relative to the
     * activity. With a {@code onProblem} handler, problems are passed to it as they are found and the stream
     * ends normally; without one (null), the stream delivers every good activity and then, at the end of the
     * input, throws one {@link GmgFormatException} listing the problems of every bad line. A stream not consumed
     * to the end of the input (by {@code findFirst} or {@code limit}, say) never gets there and throws nothing:
     * pass a handler to hear of the bad lines read before it stopped.
     *
     * @param in the NDJSON, read as the stream is consumed; not closed (close it yourself)
     * @param agencies the dataset whose agencies participants may name
     * @param onProblem receives each problem, or null to throw them at the end
     *
     * @return the valid activities, read lazily
     */
    public static Stream<Activity> readNdjson(InputStream in, Dataset agencies, Consumer<Problem> onProblem) {
        return ndjson(Objects.requireNonNull(in, "in"), null, Objects.requireNonNull(agencies, "agencies"),
                onProblem, ReadOptions.defaults());
    }

    /**
     * Reads activities lazily from NDJSON as {@link #readNdjson(InputStream, Dataset, Consumer)}, with other
     * limits than the defaults.
     *
     * @param in the NDJSON, read as the stream is consumed; not closed
     * @param agencies the dataset whose agencies participants may name
     * @param options the limits to apply (to each line)
     * @param onProblem receives each problem, or null to throw them at the end
     * @return the activities, read as the stream is consumed
     */
    public static Stream<Activity> readNdjson(InputStream in, Dataset agencies, ReadOptions options,
            Consumer<Problem> onProblem) {
        return ndjson(Objects.requireNonNull(in, "in"), null, Objects.requireNonNull(agencies, "agencies"),
                onProblem, Objects.requireNonNull(options, "options"));
    }

    private static Stream<Activity> ndjson(InputStream in, String source, Dataset agencies,
            Consumer<Problem> onProblem, ReadOptions options) {
        return StreamSupport.stream(new NdjsonSpliterator(in, source, agencies, true, onProblem, options), false);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * The dataset as canonical JSON text, ending with a newline.
     *
     * @param dataset the dataset
     * @return its canonical JSON
     */
    public static String toJson(Dataset dataset) {
        return Printer.pretty(Unbinder.dataset(Objects.requireNonNull(dataset, "dataset")));
    }

    /**
     * One activity as one line of NDJSON: compact JSON, without the line end.
     *
     * @param activity the activity
     * @return one line of compact JSON
     */
    public static String toNdjson(Activity activity) {
        return Printer.compact(Unbinder.activity(Objects.requireNonNull(activity, "activity")));
    }

    /**
     * Writes the dataset as canonical UTF-8 JSON to a stream, which is flushed and not closed.
     *
     * @param dataset the dataset
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Dataset dataset, OutputStream out) {
        String json = toJson(dataset);
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the dataset as canonical UTF-8 JSON to a file, atomically: the file holds either its old content
     * or the whole new content, never a part.
     *
     * @param dataset the dataset
     * @param file the file to write
     * @throws UncheckedIOException if the file cannot be written; the old file is then left as it was
     */
    public static void write(Dataset dataset, Path file) {
        String json = toJson(dataset);
        AtomicFiles.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes activities as NDJSON to a stream, one line each ({@code \n} after every line), as they come; the
     * stream is flushed and not closed. Pass {@code stream::iterator} to write a {@link Stream}.
     *
     * @param activities the activities, one per line
     * @param out where to write UTF-8 NDJSON; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void writeNdjson(Iterable<? extends Activity> activities, OutputStream out) {
        try {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (Activity a : activities) {
                w.write(toNdjson(a));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes activities as NDJSON to a file, atomically: if anything fails before the last activity is written
     * (including an exception thrown by {@code activities} itself), the old file is left as it was.
     *
     * @param activities the activities, one per line
     * @param file the file to write
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeNdjson(Iterable<? extends Activity> activities, Path file) {
        AtomicFiles.write(file, out -> writeNdjson(activities, out));
    }
}
