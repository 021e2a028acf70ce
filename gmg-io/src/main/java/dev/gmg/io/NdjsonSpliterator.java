package dev.gmg.io;

import dev.gmg.io.GmgFormatException.Problem;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads NDJSON lazily, one activity per line, holding one line in memory at a time. A bad line is reported by
 * its line number and skipped; reading goes on with the next line. Without a problem handler, the problems of
 * every bad line are thrown together as one {@link GmgFormatException} when the end of the input is reached,
 * after every good activity has been passed on.
 */
final class NdjsonSpliterator extends Spliterators.AbstractSpliterator<Activity> {

    private final InputStream in;
    private final String source;
    private final Dataset agencies;
    private final boolean validate;
    private final Problems problems = new Problems();
    private final ReadOptions options;
    private final tools.jackson.core.json.JsonFactory factory;
    /**
     * The quick path's factory: buffers recycled per thread (a parser per line asks for them often), and no
     * document-wide token count, since each line is a document of its own; the quick path counts a line's
     * tokens itself against the smaller of the two limits.
     */
    private final tools.jackson.core.json.JsonFactory quickFactory;
    private final long quickTokens;
    /** The ids seen so far, as fingerprints with their line: a few bytes per activity, however long the input. */
    private final IdTable idLines = new IdTable();
    /** The {@code partOf} links met so far, for the cycles among them: known only at the end of the input. */
    private final PartOfLinks partOfLinks = new PartOfLinks();
    /** The column of the {@code partOf} value of the activity last bound on the quick path. */
    private int quickPartOfColumn;
    /** The agencies a participant may name on the quick path: null (any) when nothing is checked. */
    private final CharsLookup<String> knownAgencies;
    private final boolean quick;

    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    /** Where a line that does not fit in {@link #buffer} (or crosses its end) is put together. */
    private byte[] line = new byte[1024];
    /** The current line: {@link #buffer} or {@link #line}, from {@link #lineStart}, {@link #lineLength} bytes. */
    private byte[] lineBytes = line;
    private int lineStart;
    private int lineLength;
    private boolean lineTooLong;
    /** How many times {@link #buffer} has been filled: a parser over it reads stale bytes after the next fill. */
    private long fills;
    /** The quick path's parser over the lines in place in {@link #buffer}, from {@link #sharedFrom}; or null. */
    private JsonParser shared;
    private int sharedFrom;
    /** Where the line after the last one bound by {@link #shared} starts, in fill {@link #sharedFill}. */
    private int sharedNext;
    private long sharedFill;
    private int lineNumber;
    private boolean done;
    /** The quick path's first try at a line: its plain JSON read without a parser; null on the located path. */
    private final PlainTokens plainTokens;
    private final DirectBinder plainBinder;
    /** Where {@link #inPlace} last read in the read buffer, in fill {@link #inPlaceFill}, and found a doubt. */
    private int inPlaceStart = -1;
    private long inPlaceFill;
    /** The bytes the quick path's parser reads, for the strings the binder reads straight from them. */
    private final ParserInput parserInput = new ParserInput();
    /** For tests: the lines bound on the quick path, and how many of them {@link PlainTokens} read. */
    int quickLines;
    int plainLines;

    NdjsonSpliterator(InputStream in, String source, Dataset agencies, boolean validate,
            Consumer<Problem> onProblem, ReadOptions options) {
        this(in, source, agencies, validate, onProblem, options, true);
    }

    /** With {@code quick} false, every line takes the located path (for tests that compare the two). */
    NdjsonSpliterator(InputStream in, String source, Dataset agencies, boolean validate,
            Consumer<Problem> onProblem, ReadOptions options, boolean quick) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        this.options = options;
        // a line is bounded by maxLineBytes; maxDocumentBytes is for a JSON document, and a parser over the read
        // buffer must not take the buffer's length for a document's
        this.factory = TreeReader.factory(options.withMaxDocumentBytes(Long.MAX_VALUE));
        this.quickFactory = factory.rebuild()
                .streamReadConstraints(factory.streamReadConstraints().rebuild().maxTokenCount(-1).build())
                .recyclerPool(tools.jackson.core.util.JsonRecyclerPools.threadLocalPool())
                .build();
        this.quickTokens = Math.min(options.maxItemTokens(), options.maxTokens());
        this.in = in;
        this.source = source;
        this.agencies = agencies;
        this.validate = validate;
        this.problems.sink = onProblem;
        this.knownAgencies = validate ? DirectBinder.agencies(agencies.agencies().stream().map(Agency::id).toList())
                : null;
        this.quick = quick;
        var limits = factory.streamReadConstraints();
        this.plainTokens = quick ? new PlainTokens(limits.getMaxStringLength(), limits.getMaxNestingDepth(),
                quickTokens) : null;
        this.plainBinder = quick ? new DirectBinder(plainTokens, knownAgencies, validate) : null;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Activity> action) {
        if (done) {
            return false;
        }
        while (true) {
            Activity inPlace = quick && lineNumber > 0 ? inPlace() : null;
            if (inPlace != null) {
                problems.lineOffset = lineNumber - 1;
                int before = problems.count;
                Activity activity = accept(inPlace);
                if (activity != null && problems.count == before) {
                    action.accept(activity);
                    return true;
                }
                continue;
            }
            if (!readLine()) {
                break;
            }
            lineNumber++;
            if (lineNumber == 1) {
                skipByteOrderMark();
            }
            if (!lineTooLong && isBlank()) {
                continue; // a line too long is refused even if the part kept of it is blank: the rest may not be
            }
            problems.lineOffset = lineNumber - 1;
            int before = problems.count;
            if (lineTooLong) {
                problems.add("", 1, 1, "line too long: a line may have at most " + options.maxLineBytes()
                        + " bytes (see ReadOptions.maxLineBytes)" + (holdsCr(line, lineLength)
                        ? "; " + Reading.CR_LINE_ENDS : ""), null, null, List.of());
                continue;
            }
            String encoding = Encoding.notUtf8(lineBytes, lineStart, lineLength);
            if (encoding != null) {
                problems.add("", 1, 1, Encoding.message(encoding), "UTF-8", encoding, List.of());
                if (lineNumber == 1) {
                    break; // the whole file is in another encoding: one problem says it
                }
                continue;
            }
            Activity activity = read();
            if (activity != null && problems.count == before) {
                action.accept(activity);
                return true;
            }
        }
        done = true;
        dropShared();
        problems.lineOffset = 0;
        if (validate) {
            partOfLinks.reportCycles(problems);
        }
        problems.throwIfAny(source);
        return false;
    }

    private Activity read() {
        return accept(quick ? quick() : null);
    }

    /**
     * The activity bound on the quick path, unless another line had its id; else (or when {@code direct} is null)
     * the current line's activity read on the located path, which reports its problems.
     */
    private Activity accept(Activity direct) {
        if (direct != null && idLines.putIfAbsent(direct.id(), lineNumber) < 0) {
            quickLines++;
            if (validate && direct.partOf().isPresent()) {
                partOfLinks.add(direct.id(), direct.partOf().get(), lineNumber, quickPartOfColumn, -1);
            }
            return direct;
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), lineBytes, lineStart, lineLength)) {
            return Reading.ndjsonActivity(new TreeReader(parser, problems, options, source), problems, agencies,
                    validate, idLines, partOfLinks, lineNumber);
        } catch (TreeReader.Stop stop) {
            return null;
        } catch (tools.jackson.core.JacksonException e) {
            // the parser could not even start (its encoding detection), before any token
            problems.add("", 1, 1, "expected UTF-8 JSON: " + TreeReader.describe(e, options), "UTF-8", null,
                    List.of());
            return null;
        }
    }

    /**
     * The next line's activity when {@link PlainTokens} reads it in place in the read buffer and finds the line's
     * end after it: the line need not be looked for first, nor checked for blanks or another encoding (which its
     * first bytes, read as JSON, would have shown). Else null, with nothing taken, and the line is read as any
     * other. Not for the first line, which may begin with a byte-order mark.
     */
    private Activity inPlace() {
        int start = position;
        if (start >= limit) {
            return null;
        }
        plainTokens.reset(buffer, start, limit);
        Activity activity = plainBinder.activity();
        int end = activity == null ? -1 : plainTokens.lineEnd();
        if (end < 0) {
            inPlaceStart = start;
            inPlaceFill = fills;
            return null;
        }
        int length = buffer[end - 1] == '\r' ? end - start - 1 : end - start;
        if (length > options.maxLineBytes()) {
            return null;
        }
        lineNumber++;
        lineBytes = buffer;
        lineStart = start;
        lineLength = length;
        lineTooLong = false;
        position = end + 1;
        plainLines++;
        notePartOfColumn(plainBinder);
        return activity;
    }

    /**
     * The line's activity on the quick path ({@link DirectBinder}), or null when the located path must read it.
     * The binder first reads the line's tokens with {@link PlainTokens} (unless {@link #inPlace} already did, in
     * the same bytes); when they hold anything it does not know (an escape, a line break inside the object, a
     * number with a sign or a fraction, a literal) it reads them again from a parser. A line in place in the read buffer is then bound by {@link #shared}, one parser over the
     * buffer's lines that goes on from the line before when that one was bound by it too; a line put together in
     * {@link #line} gets a parser of its own.
     */
    private Activity quick() {
        if (lineBytes != buffer || lineStart != inPlaceStart || fills != inPlaceFill) {
            plainTokens.reset(lineBytes, lineStart, lineStart + lineLength);
            Activity plain = plainBinder.activity();
            if (plain != null && plainTokens.atEnd()) {
                plainLines++;
                notePartOfColumn(plainBinder);
                return plain;
            }
        }
        int start = lineStart;
        int length = lineLength;
        if (lineBytes != buffer) {
            dropShared();
            try (JsonParser parser = quickFactory.createParser(ObjectReadContext.empty(), lineBytes, start, length)) {
                parserInput.set(lineBytes, start, start + length);
                Activity activity = bind(parser, length);
                return activity != null && parser.nextToken() == null ? activity : null;
            } catch (tools.jackson.core.JacksonException | IllegalStateException e) {
                return null;
            }
        }
        if (shared == null || start != sharedNext || sharedFill != fills) {
            dropShared();
            shared = quickFactory.createParser(ObjectReadContext.empty(), buffer, start, limit - start);
            sharedFrom = start;
            sharedFill = fills;
        }
        Activity activity;
        try {
            parserInput.set(buffer, sharedFrom, limit);
            activity = bind(shared, length);
            if (activity != null) {
                // the parser reads on past the line's end: the object must end on the line, and only blanks follow
                int end = sharedFrom + (int) shared.currentLocation().getByteOffset();
                activity = end <= start + length && isBlank(end, start + length) ? activity : null;
            }
        } catch (tools.jackson.core.JacksonException | IllegalStateException e) {
            activity = null;
        }
        if (activity == null) {
            dropShared();
        } else {
            sharedNext = position;
        }
        return activity;
    }

    /** Binds the activity whose first token is the parser's next, from a line of {@code length} bytes. */
    private Activity bind(JsonParser parser, int length) {
        // a token takes at least a byte, so a line no longer than the limit needs no count
        DirectBinder.Tokens counted = length <= quickTokens ? null : new DirectBinder.Tokens() {
            private long tokens;

            @Override
            public JsonToken next() {
                count();
                return parser.nextToken();
            }

            @Override
            public boolean nextName(tools.jackson.core.SerializableString name) {
                count();
                return parser.nextName(name);
            }

            private void count() {
                if (++tokens > quickTokens) {
                    throw new IllegalStateException("too many tokens");
                }
            }
        };
        DirectBinder binder = new DirectBinder(parser, counted, knownAgencies, validate, false, parserInput);
        JsonToken first = counted == null ? parser.nextToken() : counted.next();
        Activity activity = first == JsonToken.START_OBJECT ? binder.activity() : null;
        notePartOfColumn(binder);
        return activity;
    }

    private void notePartOfColumn(DirectBinder binder) {
        for (DirectBinder.Ref ref : binder.references) {
            if (ref.item() < 0) {
                quickPartOfColumn = ref.column();
            }
        }
    }

    /** An array of bytes a parser reads from {@code origin} on, up to {@code end}. */
    private static final class ParserInput implements DirectBinder.RawInput {
        private byte[] bytes;
        private int origin;
        private int end;

        void set(byte[] bytes, int origin, int end) {
            this.bytes = bytes;
            this.origin = origin;
            this.end = end;
        }

        @Override
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public long origin() {
            return origin;
        }

        @Override
        public int end() {
            return end;
        }
    }

    private void dropShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** Moves the start of the first line past a UTF-8 byte-order mark, which is not part of its JSON. */
    private void skipByteOrderMark() {
        if (Encoding.startsWithUtf8Mark(lineBytes, lineStart, lineLength)) {
            lineStart += 3;
            lineLength -= 3;
        }
    }

    private boolean isBlank() {
        return isBlank(lineStart, lineStart + lineLength);
    }

    /** Whether {@code lineBytes[from, to)} holds nothing but spaces, tabs and carriage returns. */
    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = lineBytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code length} bytes of {@code bytes} hold a carriage return. */
    private static boolean holdsCr(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the CR of a CRLF line end from the line put together in {@link #line}, and then checks its length. A
     * line cut short at the limit keeps its last CR: more than the line end followed it.
     */
    private void endLine() {
        if (!lineTooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        lineTooLong |= lineLength > options.maxLineBytes();
    }

    /**
     * Reads the next line, without its line end, into {@link #lineBytes} from {@link #lineStart}: in place in the
     * read buffer when the whole line is there, else copied into {@link #line}. False at the end of the input.
     */
    private boolean readLine() {
        lineLength = 0;
        lineTooLong = false;
        lineBytes = line;
        lineStart = 0;
        boolean any = false;
        int max = options.maxLineBytes();
        // a CR before the LF ends the line and is not one of its bytes: a line is kept with one byte more
        int kept = max == Integer.MAX_VALUE ? max : max + 1;
        try {
            while (true) {
                if (position == limit) {
                    do {
                        // a stream that answers 0 (which InputStream's contract does not allow) is asked again,
                        // as the JDK's own loops do: only -1 ends the input
                        limit = in.read(buffer);
                    } while (limit == 0);
                    position = 0;
                    fills++;
                    if (limit < 0) {
                        limit = 0;
                        // the last line, with no line end: it is in line, which may have grown since lineBytes
                        // was set
                        lineBytes = line;
                        endLine();
                        return any;
                    }
                }
                any = true;
                int end = PlainBytes.lineEnd(buffer, position, limit);
                int n = end - position;
                if (end < limit && lineLength == 0 && (n <= max || n == kept && buffer[end - 1] == '\r')) {
                    lineBytes = buffer;
                    lineStart = position;
                    lineLength = n > 0 && buffer[end - 1] == '\r' ? n - 1 : n;
                    position = end + 1;
                    return true;
                }
                if ((long) lineLength + n > kept) {
                    lineTooLong = true;
                    n = Math.max(0, kept - lineLength);
                }
                if (lineLength + n > line.length) {
                    line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, lineLength + n), kept));
                }
                System.arraycopy(buffer, position, line, lineLength, n);
                lineLength += n;
                if (end < limit) {
                    position = end + 1;
                    lineBytes = line;
                    endLine();
                    return true;
                }
                position = limit;
            }
        } catch (IOException e) {
            throw Reading.unreadable(source, e);
        }
    }
}
