package dev.gmg.io;

import tools.jackson.core.JsonToken;

/**
 * The tokens of one JSON value in an array of bytes, read without Jackson, for {@link DirectBinder}'s quick way
 * through an NDJSON line. It knows only the simple part of JSON: strings and property names with no escape and no
 * control character (their text is their bytes, or decoded from UTF-8 when some are beyond ASCII: see
 * {@link PlainBytes}), whole numbers of up to nine digits with no sign, objects and arrays nested a few levels,
 * and spaces and tabs between tokens (no line break: it answers columns in one line). Anything else, valid JSON or
 * not, is a doubt ({@link DirectBinder.Doubt}): the caller then reads the line with Jackson's parser, which also
 * places every error. So each token it answers is one Jackson's parser answers for the same bytes, and no input
 * it accepts is refused there ({@code PlainTokensTest} holds the two to each other).
 */
final class PlainTokens {

    /** Deeper than any activity: a doubt beyond, even where the parser's nesting limit is higher. */
    private static final int MAX_DEPTH = 16;
    private static final int MAX_DIGITS = 9;

    private final int maxStringLength;
    private final int maxDepth;
    private final long maxTokens;
    private byte[] b;
    private int pos;
    private int end;
    /** Where the line starts, for a token's column. */
    private int lineStart;
    private long tokens;
    /** One bit per open container from the outermost (bit 0), set for an object. */
    private int objects;
    private int depth;
    /** Whether the innermost open container is an object. */
    private boolean inObject;
    /** Whether the current container already holds a value (so a comma must come before the next). */
    private boolean needComma;
    /** Whether the last token was a property name, so that its value comes next. */
    private boolean afterName;
    private int tokenStart;
    /** The current string's text, or the current property name, is {@code b[textStart, textEnd)}. */
    private int textStart;
    private int textEnd;
    /** Whether the current string holds bytes beyond ASCII's plain ones: its text must be decoded. */
    private boolean wide;
    private int intValue;

    /**
     * @param maxStringLength the parser's string limit: a longer string is a doubt, for the parser to refuse
     * @param maxNestingDepth the parser's nesting limit: deeper is a doubt, for the parser to refuse
     * @param maxTokens the most tokens a value may have: more is a doubt
     */
    PlainTokens(int maxStringLength, int maxNestingDepth, long maxTokens) {
        this.maxStringLength = maxStringLength;
        this.maxDepth = Math.min(MAX_DEPTH, maxNestingDepth);
        this.maxTokens = maxTokens;
    }

    /** Starts on the value in {@code bytes[from, to)}. */
    void reset(byte[] bytes, int from, int to) {
        b = bytes;
        pos = from;
        end = to;
        lineStart = from;
        tokens = 0;
        objects = 0;
        depth = 0;
        inObject = false;
        needComma = false;
        afterName = false;
    }

    /** {@return the next token} A doubt for anything this class does not know, and for the end of the input. */
    JsonToken next() {
        if (++tokens > maxTokens) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        int c = skipBlanks();
        if (inObject && !afterName) {
            if (c == '}') {
                return close(JsonToken.END_OBJECT);
            }
            c = comma(c);
            if (c != '"') {
                throw DirectBinder.Doubt.INSTANCE;
            }
            tokenStart = pos;
            string();
            if (skipBlanks() != ':') {
                throw DirectBinder.Doubt.INSTANCE;
            }
            pos++;
            afterName = true;
            return JsonToken.PROPERTY_NAME;
        }
        if (depth > 0 && !inObject) { // in an array
            if (c == ']') {
                return close(JsonToken.END_ARRAY);
            }
            c = comma(c);
        } else if (depth == 0 && needComma) {
            throw DirectBinder.Doubt.INSTANCE; // a second value where one was expected
        }
        afterName = false;
        needComma = true;
        tokenStart = pos;
        switch (c) {
            case '{' -> {
                return open(true, JsonToken.START_OBJECT);
            }
            case '[' -> {
                return open(false, JsonToken.START_ARRAY);
            }
            case '"' -> {
                string();
                return JsonToken.VALUE_STRING;
            }
            default -> {
                number(c);
                return JsonToken.VALUE_NUMBER_INT;
            }
        }
    }

    /**
     * Takes the next token when it is one of {@code names} from the one at {@code from} on, each a name in quotes
     * and a colon, written without blanks (as gmg-io writes it): the writer's order tells which names may come
     * next, and their bytes are compared at once. Answers the name's index, or -1, taking nothing, when the bytes are
     * anything else; {@link #next} then reads them.
     */
    int nextNameAmong(Names names, int from) {
        if (!inObject || afterName) {
            return -1;
        }
        int at = pos;
        if (needComma) {
            if (at >= end || b[at] != ',') {
                return -1;
            }
            at++;
        }
        if (at + 1 >= end) {
            return -1;
        }
        for (int i = from; i < names.quoted.length; i++) {
            int length = names.quoted[i].length;
            int after = at + length;
            if (after <= end) {
                long first = PlainBytes.firstWord(b, at, length);
                if (first == names.first[i] && PlainBytes.lastWord(b, at, length, first) == names.last[i]
                        && (length <= 16 || java.util.Arrays.equals(b, at, after, names.quoted[i], 0, length))) {
                    take(at, after);
                    return i;
                }
            }
        }
        return -1;
    }

    /** Property names as {@link #nextNameAmong} compares them: quoted, with a colon, and as words. */
    static final class Names {
        final byte[][] quoted;
        final long[] first;
        final long[] last;

        Names(String... names) {
            quoted = new byte[names.length][];
            first = new long[names.length];
            last = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                byte[] q = ('"' + names[i] + "\":").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                quoted[i] = q;
                first[i] = PlainBytes.firstWord(q, 0, q.length);
                last[i] = PlainBytes.lastWord(q, 0, q.length, first[i]);
            }
        }
    }

    private void take(int at, int after) {
        if (++tokens > maxTokens) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        tokenStart = at;
        wide = false;
        textStart = at + 1;
        textEnd = after - 2;
        pos = after;
        afterName = true;
    }

    /**
     * The index of the line feed that ends the value's line, when only spaces, tabs and carriage returns come
     * before it; else -1 (also when the bytes end first).
     */
    int lineEnd() {
        for (int i = pos; i < end; i++) {
            byte c = b[i];
            if (c == '\n') {
                return i;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether only JSON's blanks are left after the value. */
    boolean atEnd() {
        for (; pos < end; pos++) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** {@return the index of the current property name in {@code names}, or -1} */
    int nameIndex(Names names) {
        for (int i = 0; i < names.quoted.length; i++) {
            byte[] q = names.quoted[i];
            if (java.util.Arrays.equals(b, textStart, textEnd, q, 1, q.length - 2)) {
                return i;
            }
        }
        return -1;
    }

    byte[] bytes() {
        return b;
    }

    int textStart() {
        return textStart;
    }

    int textLength() {
        return textEnd - textStart;
    }

    /**
     * {@return the current string's text} For a string of plain bytes, the bytes; else decoded from UTF-8, and a
     * doubt when they are not valid UTF-8 (as the replacement character U+FFFD shows: a real one is a doubt too,
     * which the parser then reads).
     */
    String text() {
        if (!wide) {
            return new String(b, textStart, textEnd - textStart, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String s = new String(b, textStart, textEnd - textStart, java.nio.charset.StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        return s;
    }

    /**
     * Whether the current string is blank, for a string of plain bytes: the only blank among them is the space.
     */
    boolean isSpaces() {
        for (int i = textStart; i < textEnd; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether the current string's bytes are all plain ASCII (then its text is its bytes). */
    boolean isNarrow() {
        return !wide;
    }

    /** {@return the value of the current number} */
    int intValue() {
        return intValue;
    }

    /** {@return the current token's column in its line, from 1, as Jackson counts it} */
    int column() {
        return tokenStart - lineStart + 1;
    }

    private JsonToken open(boolean object, JsonToken token) {
        if (depth >= maxDepth) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        if (object) {
            objects |= 1 << depth;
        } else {
            objects &= ~(1 << depth);
        }
        depth++;
        inObject = object;
        pos++;
        needComma = false;
        return token;
    }

    private JsonToken close(JsonToken token) {
        depth--;
        inObject = depth > 0 && (objects & (1 << (depth - 1))) != 0;
        tokenStart = pos++;
        needComma = true;
        afterName = false;
        return token;
    }

    /** Takes the comma that must separate this item from the one before, if any; answers the byte after it. */
    private int comma(int c) {
        if (!needComma) {
            return c;
        }
        if (c != ',') {
            throw DirectBinder.Doubt.INSTANCE;
        }
        pos++;
        return skipBlanks();
    }

    /**
     * Reads a string without escapes or control characters whose opening quote is at {@code pos}, and moves past
     * its closing quote.
     */
    private void string() {
        int from = pos + 1;
        int to = (int) Math.min(end, from + (long) maxStringLength + 1);
        int close = PlainBytes.plainStringEnd(b, from, to);
        wide = close < 0;
        if (wide) {
            close = wideStringEnd(from, to);
        }
        if (close - from > maxStringLength) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        textStart = from;
        textEnd = close;
        pos = close + 1;
    }

    /** The closing quote of a string that holds bytes from 0x7F up (multi-byte characters); escapes are doubts. */
    private int wideStringEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || (c >= 0 && c < ' ')) {
                throw DirectBinder.Doubt.INSTANCE;
            }
        }
        throw DirectBinder.Doubt.INSTANCE;
    }

    /** Reads a whole number without sign or leading zero, of at most {@link #MAX_DIGITS} digits. */
    private void number(int c) {
        if (c < '1' || c > '9') {
            throw DirectBinder.Doubt.INSTANCE; // also 0, which no field takes: Jackson places any error
        }
        int value = 0;
        int i = pos;
        int last = Math.min(end, pos + MAX_DIGITS);
        for (; i < last && b[i] >= '0' && b[i] <= '9'; i++) {
            value = value * 10 + (b[i] - '0');
        }
        if (i < end && (b[i] >= '0' && b[i] <= '9' || b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            throw DirectBinder.Doubt.INSTANCE;
        }
        intValue = value;
        pos = i;
    }

    /**
     * Moves past spaces and tabs; answers the byte then at {@code pos}, or -1 at the end. A line break within the
     * value (a CR, or an LF in a document) is a doubt: the parser counts lines and columns across it.
     */
    private int skipBlanks() {
        while (pos < end) {
            byte c = b[pos];
            if (c > ' ') {
                return c;
            }
            if (c != ' ' && c != '\t') {
                throw DirectBinder.Doubt.INSTANCE;
            }
            pos++;
        }
        return -1;
    }
}
