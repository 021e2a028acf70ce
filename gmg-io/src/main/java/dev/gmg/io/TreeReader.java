package dev.gmg.io;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON value at a time from Jackson's streaming parser into a small located {@link Node} tree: one
 * agency, one activity, the metadata, never a whole document. Fields that the {@link Shape} of an object does not
 * know are kept only as their name and place, their values skipped token by token without being built. Every
 * token read or skipped counts against the per-item limit, so no value makes a tree larger than that.
 *
 * <p>Syntax errors and broken limits record one located problem and throw {@link Stop}: the parser cannot go on.
 * A failure to read the input itself is an {@link UncheckedIOException} naming the source.
 */
final class TreeReader implements DirectBinder.Tokens {

    /** The known fields of an object, and the shape of each one's value (or of its items, for an array). */
    static final class Shape {
        /** Any value: built whole, within the per-item limit. */
        static final Shape ANY = new Shape(null, null);

        final java.util.Map<String, Shape> fields;
        /** The known fields in the order messages list them. */
        final List<String> names;

        private Shape(java.util.Map<String, Shape> fields, List<String> names) {
            this.fields = fields;
            this.names = names;
        }

        /** An object whose named fields have any value. */
        static Shape of(List<String> names) {
            java.util.Map<String, Shape> m = new java.util.HashMap<>();
            names.forEach(n -> m.put(n, ANY));
            return new Shape(m, names);
        }

        /** This shape with one field's value (or items) of another shape. */
        Shape with(String name, Shape shape) {
            java.util.Map<String, Shape> m = new java.util.HashMap<>(fields);
            m.put(name, shape);
            return new Shape(m, names);
        }
    }

    /** Thrown after a problem that stops the parser has been recorded. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** What runs before the problem that stops a reader is recorded. */
    interface BeforeStop {
        /**
         * @param itemLimit whether the per-item limit stops the reader (else the parser failed)
         * @return whether the stop's problem has been reported already, so that the reader adds none
         */
        boolean run(boolean itemLimit);
    }

    private static final ConcurrentHashMap<ReadOptions, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    /** The parser factory for the default options. */
    static final JsonFactory FACTORY = factory(ReadOptions.defaults());

    /** The parser factory for a set of limits; factories are shared. */
    static JsonFactory factory(ReadOptions o) {
        return FACTORIES.computeIfAbsent(o, k -> JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(k.maxNestingDepth())
                        .maxStringLength(k.maxStringLength())
                        .maxNameLength(GmgJson.MAX_NAME_LENGTH)
                        .maxNumberLength(GmgJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(k.maxDocumentBytes())
                        .maxTokenCount(k.maxTokens())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build());
    }

    final JsonParser parser;
    private final Problems problems;
    private final ReadOptions options;
    private final String source;
    /** Tokens read in the current item. */
    private int tokens;
    /** What the current item is, for the message of the per-item limit. */
    private String item = "value";
    /** Where the value being read starts, for a string that breaks the length limit. */
    TokenStreamLocation valueStart;
    /** The path of the parser's root: not empty when the parser reads one activity copied out of a document. */
    String pathPrefix = "";
    /** Run before the problem that stops the reader is recorded. */
    BeforeStop beforeStop;
    /** Whether the reader was stopped by the per-item limit (not by the parser). */
    boolean stoppedAtItemLimit;
    /**
     * Reports the unknown field whose value is being skipped, with the words given: the problem when its value
     * breaks the per-item limit (one stop, one problem, at the field).
     */
    private java.util.function.Consumer<String> skipping;
    /**
     * For each depth, the name {@link #next} last gave there and the entry of its object that it starts (-1:
     * none). An object's context moves to its next entry before that entry's name is read, but keeps the name
     * before until the new one is whole: a failure in a name (or in the comma before it) finds the context past
     * the entry of the name it still holds. (Jackson may set a name and then fail on the start of its value, in
     * the same call: that name is new to the reader, and the failure is its value's.) Names compared by
     * {@link #nextName} are not noted, to keep the quick path quick: its failures are placed by a replay.
     */
    private int[] namedEntries = {-1, -1, -1, -1, -1, -1, -1, -1};
    private String[] names = new String[8];
    /** The path a located replay of the item gave the failure that stops this reader, if one was run. */
    String replayedPath;
    /** The path of the problem this reader's stop reported. */
    String stopPath;

    TreeReader(JsonParser parser, Problems problems, ReadOptions options, String source) {
        this.parser = parser;
        this.problems = problems;
        this.options = options;
        this.source = source;
    }

    /** Starts counting tokens for a new item ("an activity", "an agency"). */
    void startItem(String what) {
        tokens = 0;
        item = what;
    }

    /** The next token, or null at the end of the input. */
    @Override
    public JsonToken next() {
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.PROPERTY_NAME) {
                nameRead();
            } else if (t == JsonToken.START_OBJECT) {
                objectStarted();
            }
            if (++tokens > options.maxItemTokens()) {
                tooManyTokens();
            }
            return t;
        } catch (JacksonException e) {
            throw stop(e);
        }
    }

    /**
     * Whether the next token, counted, is the property name {@code name}. Jackson compares the input's bytes with
     * the quoted name; when they differ it reads the token as {@link #next} would, so a broken name fails at the
     * same place as on the located path (unlike {@code nextNameMatch}).
     */
    @Override
    public boolean nextName(SerializableString name) {
        try {
            boolean match = parser.nextName(name);
            if (++tokens > options.maxItemTokens()) {
                tooManyTokens();
            }
            return match;
        } catch (JacksonException e) {
            throw stop(e);
        }
    }

    /** The value starting at the current token {@code t}, built as far as {@code shape} knows its fields. */
    Node value(JsonToken t, Shape shape) {
        try {
            return read(t, shape);
        } catch (JacksonException e) {
            throw stop(e);
        }
    }

    /** Skips the value starting at the current token {@code t}, counting its tokens. */
    void skip(JsonToken t) {
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken n = next();
            if (n == null) {
                return; // the parser reports the truncation itself
            }
            if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                depth++;
            } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                depth--;
            }
        }
    }

    /** The location of the current token. */
    TokenStreamLocation location() {
        return parser.currentTokenLocation();
    }

    private Node read(JsonToken t, Shape shape) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        valueStart = loc;
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                Node obj = Node.object(line, col);
                if (shape.fields != null) {
                    obj.unknownFields = 0;
                }
                JsonToken next;
                while ((next = next()) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    TokenStreamLocation keyAt = parser.currentTokenLocation();
                    Shape childShape = shape.fields == null ? Shape.ANY : shape.fields.get(name);
                    if (childShape == null) {
                        // the binder reports it, unless its value stops the reader first
                        String path = safePath();
                        skipping = more -> Binder.unknownField(problems, path, name, shape.names,
                                keyAt.getLineNr(), keyAt.getColumnNr(), more);
                    }
                    JsonToken valueToken = next();
                    Node child;
                    if (childShape == null) {
                        TokenStreamLocation at = parser.currentTokenLocation();
                        skip(valueToken);
                        skipping = null;
                        child = Node.scalar(Node.Kind.SKIPPED, null, at.getLineNr(), at.getColumnNr());
                        obj.unknownFields++;
                    } else {
                        child = read(valueToken, childShape);
                    }
                    child.keyLine = keyAt.getLineNr();
                    child.keyColumn = keyAt.getColumnNr();
                    Node first = obj.fields.putIfAbsent(name, child);
                    if (first != null) {
                        problems.add(path(), child.keyLine, child.keyColumn,
                                "duplicate field '" + Text.visible(name) + "' (first given at "
                                        + problems.where(first.keyLine, first.keyColumn) + ")",
                                "each field once", "'" + Text.visible(name) + "' again", List.of());
                    }
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new IllegalStateException("parser gave " + next + " inside an object");
                }
                return obj;
            }
            case START_ARRAY: {
                Node arr = Node.array(line, col);
                JsonToken next;
                while ((next = next()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new IllegalStateException("parser ended inside an array");
                    }
                    arr.items.add(read(next, shape));
                }
                return arr;
            }
            case VALUE_STRING:
                return Node.scalar(Node.Kind.STRING, parser.getString(), line, col);
            case VALUE_NUMBER_INT:
                return Node.scalar(Node.Kind.INTEGER, parser.getString(), line, col);
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Kind.DECIMAL, parser.getString(), line, col);
            case VALUE_TRUE:
                return Node.scalar(Node.Kind.BOOLEAN, "true", line, col);
            case VALUE_FALSE:
                return Node.scalar(Node.Kind.BOOLEAN, "false", line, col);
            case VALUE_NULL:
                return Node.scalar(Node.Kind.NULL, "null", line, col);
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private void tooManyTokens() {
        stoppedAtItemLimit = true;
        if (runBeforeStop(true)) {
            throw new Stop();
        }
        String limit = item + " may have at most " + options.maxItemTokens()
                + " JSON tokens (see ReadOptions.maxItemTokens)";
        if (skipping != null) {
            // named as unknown first: raising the limit would only lead to its refusal
            skipping.accept("; its value is too large to skip: " + limit);
            skipping = null;
            throw new Stop();
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(safePath(), at.getLineNr(), at.getColumnNr(), "too many values: " + limit,
                "at most " + options.maxItemTokens() + " tokens", "more", List.of());
        throw new Stop();
    }

    /** Records the problem a parser exception stands for and returns the {@link Stop} to throw. */
    Stop stop(JacksonException e) {
        if (e instanceof JacksonIOException io && !(io.getCause() instanceof java.io.CharConversionException)) {
            // Not a mistake in the input: the input itself could not be read.
            throw Reading.unreadable(source, io.getCause() != null ? io.getCause() : io);
        }
        runBeforeStop(false);
        stopPath = replayedPath != null ? replayedPath : failurePath();
        replayedPath = null;
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            at = parser.currentLocation();
        }
        if (e instanceof StreamConstraintsException && valueStart != null
                && String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
            at = valueStart;
        }
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int col = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        if (e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage()).startsWith("Document length")) {
            // checked as the parser loads its next block, when it still counts the column from the block
            // before: the line holds, the column does not
            col = 0;
        }
        problems.add(stopPath, line, col, describe(e, options), null, null, List.of());
        return new Stop();
    }

    private boolean runBeforeStop(boolean itemLimit) {
        BeforeStop r = beforeStop;
        beforeStop = null;
        return r != null && r.run(itemLimit);
    }

    /** A new object has no name yet: what was noted at its depth belongs to an object before it. */
    private void objectStarted() {
        int depth = parser.streamReadContext().getNestingDepth();
        if (depth < namedEntries.length) {
            namedEntries[depth] = -1;
        }
    }

    private void nameRead() {
        TokenStreamContext c = parser.streamReadContext();
        int depth = c.getNestingDepth();
        if (depth >= namedEntries.length) {
            int old = namedEntries.length;
            namedEntries = java.util.Arrays.copyOf(namedEntries, Math.max(depth + 1, old * 2));
            java.util.Arrays.fill(namedEntries, old, namedEntries.length, -1);
            names = java.util.Arrays.copyOf(names, namedEntries.length);
        }
        namedEntries[depth] = c.getCurrentIndex();
        names[depth] = c.currentName();
    }

    /** The JSON path of the parser's position, from the root of the input. */
    String path() {
        return path(parser.streamReadContext());
    }

    private String path(TokenStreamContext context) {
        String relative = pathOf(context);
        return pathPrefix.isEmpty() || relative.isEmpty() ? pathPrefix + relative
                : relative.startsWith("[") ? pathPrefix + relative : pathPrefix + "." + relative;
    }

    private String safePath() {
        try {
            return path();
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    /**
     * The path of a parser failure: the object's own path when the failure lies past the field whose name its
     * context still holds (in the next name, or between the two), else {@link #path()}.
     */
    private String failurePath() {
        try {
            TokenStreamContext c = parser.streamReadContext();
            int depth = c.getNestingDepth();
            boolean pastTheName = c.inObject() && c.hasCurrentName() && depth < namedEntries.length
                    && namedEntries[depth] >= 0 && c.getCurrentIndex() != namedEntries[depth]
                    && c.currentName().equals(names[depth]);
            return path(pastTheName ? c.getParent() : c);
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    /** The JSON path of the parser's position, from its context chain. */
    static String pathOf(TokenStreamContext context) {
        java.util.ArrayDeque<TokenStreamContext> chain = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                path = Paths.item(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.inObject() && c.currentName() != null) {
                path = Paths.field(path, c.currentName());
            }
        }
        return path;
    }

    /** A short, plain explanation of a parser exception, without Jackson's source descriptions. */
    static String describe(JacksonException e, ReadOptions o) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String m = original.replaceAll("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?", "")
                .replaceAll("\\s*\\n.*", "").strip();
        // Jackson suggests its own settings, which a user of the SDK cannot change: say what JSON allows instead
        m = m.replaceAll(": enable `JsonReadFeature\\.\\w+` to allow$", ": JSON has no such value")
                .replaceAll("\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)$",
                        " JSON has no comments")
                .replaceAll("\\s*\\(consider enabling `JsonReadFeature\\.\\w+`.*$", "")
                .replaceAll("hexadecimal number literals require enabling `JsonReadFeature\\.\\w+`",
                        "hexadecimal numbers are not JSON");
        if (e instanceof UnexpectedEndOfInputException || m.contains("end-of-input")) {
            return "the input ends too early (truncated?): " + lowerFirst(m);
        }
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("String value length")) {
                return "text too long: a string may have at most " + o.maxStringLength() + " characters";
            }
            if (m.startsWith("Document nesting depth")) {
                return "nested too deeply: at most " + o.maxNestingDepth() + " levels of objects and arrays";
            }
            if (m.startsWith("Document length")) {
                return "the input is too large: at most " + o.maxDocumentBytes()
                        + " bytes (see ReadOptions.maxDocumentBytes)";
            }
            if (m.startsWith("Token count")) {
                return "the input has too many values: at most " + o.maxTokens()
                        + " JSON tokens (see ReadOptions.maxTokens)";
            }
            if (m.startsWith("Name length")) {
                return "field name too long: at most " + GmgJson.MAX_NAME_LENGTH + " characters";
            }
            if (m.startsWith("Number value length")) {
                return "number too long: at most " + GmgJson.MAX_NUMBER_LENGTH + " digits";
            }
            return "the input breaks a limit: " + m;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8")) {
            return "the input is not valid UTF-8: " + lowerFirst(m);
        }
        if (lower.contains("illegal unquoted character")) {
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("code (\\d+)").matcher(m);
            return "control character" + (code.find() ? String.format(" U+%04X", Integer.parseInt(code.group(1)))
                    : "") + " inside a string: JSON needs it escaped, and text fields should not hold it at all";
        }
        return "not valid JSON: " + lowerFirst(m);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
