package dev.gmg.io;

import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a located {@link Node} tree with Jackson's streaming parser. Syntax errors and broken
 * limits end the reading with one located problem; duplicate keys are reported and reading goes on.
 */
final class TreeReader {

    /** The parser factory, with the limits documented on {@link GmgJson}. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(GmgJson.MAX_NESTING_DEPTH)
                    .maxStringLength(GmgJson.MAX_STRING_LENGTH)
                    .maxNameLength(GmgJson.MAX_NAME_LENGTH)
                    .maxNumberLength(GmgJson.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(GmgJson.MAX_DOCUMENT_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final Problems problems;
    /** The JSON path of the value being read, for problems that stop the parser. */
    private String where = "";
    /** Where the value being read starts, for a string that breaks the length limit. */
    private TokenStreamLocation valueStart;

    TreeReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a whole document: exactly one value and nothing after it. Returns null, with the problem recorded,
     * when the input is empty, is not JSON, or breaks a limit.
     */
    Node document(JsonParser p) {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add("", 1, 1, "the input is empty; expected a JSON object", "a JSON object",
                        "nothing", List.of());
                return null;
            }
            Node root = value(p, first, "");
            where = "";
            TokenStreamLocation end = p.currentLocation();
            JsonToken extra;
            try {
                extra = p.nextToken();
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : end;
                problems.add("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document", "end of input", "more text",
                        List.of());
                return null;
            }
            if (extra != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                problems.add("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document", "end of input", "more JSON",
                        List.of());
                return null;
            }
            return root;
        } catch (JacksonException e) {
            report(e, p);
            return null;
        }
    }

    /** Reads the value at the parser's current token (used by the Jackson module). */
    Node current(JsonParser p) {
        try {
            return value(p, p.currentToken(), "");
        } catch (JacksonException e) {
            report(e, p);
            return null;
        }
    }

    private Node value(JsonParser p, JsonToken t, String path) {
        where = path;
        TokenStreamLocation loc = p.currentTokenLocation();
        valueStart = loc;
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        switch (t) {
            case START_OBJECT: {
                Node obj = Node.object(line, col);
                JsonToken next;
                while ((next = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TokenStreamLocation keyAt = p.currentTokenLocation();
                    String childPath = Paths.field(path, name);
                    where = childPath;
                    Node child = value(p, p.nextToken(), childPath);
                    child.keyLine = keyAt.getLineNr();
                    child.keyColumn = keyAt.getColumnNr();
                    Node first = obj.fields.get(name);
                    if (first != null) {
                        problems.add(childPath, child.keyLine, child.keyColumn,
                                "duplicate field '" + name + "' (first given at line " + first.keyLine
                                        + ", column " + first.keyColumn + ")",
                                "each field once", "'" + name + "' again", List.of());
                    } else {
                        obj.fields.put(name, child);
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
                int i = 0;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new IllegalStateException("parser ended inside an array");
                    }
                    arr.items.add(value(p, next, path + "[" + i++ + "]"));
                }
                return arr;
            }
            case VALUE_STRING:
                return Node.scalar(Node.Kind.STRING, p.getString(), line, col);
            case VALUE_NUMBER_INT:
                return Node.scalar(Node.Kind.INTEGER, p.getString(), line, col);
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Kind.DECIMAL, p.getString(), line, col);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Node.scalar(Node.Kind.BOOLEAN, p.getString(), line, col);
            case VALUE_NULL:
                return Node.scalar(Node.Kind.NULL, "null", line, col);
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private void report(JacksonException e, JsonParser p) {
        if (e instanceof JacksonIOException io) {
            // Not a mistake in the input: the input itself could not be read.
            throw new java.io.UncheckedIOException(io.getCause());
        }
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            at = p.currentLocation();
        }
        if (e instanceof StreamConstraintsException && valueStart != null
                && String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
            at = valueStart;
        }
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int col = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String path = where;
        try {
            path = pathOf(p.streamReadContext());
        } catch (RuntimeException ignored) {
            // keep the path of the last value started
        }
        problems.add(path, line, col, describe(e), null, null, List.of());
    }

    /** The JSON path of the parser's position, from its context chain. */
    private static String pathOf(TokenStreamContext context) {
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
    static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String m = original.replaceAll("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?", "")
                .replaceAll("\\s*\\n.*", "").strip();
        if (e instanceof UnexpectedEndOfInputException || m.contains("end-of-input")) {
            return "the input ends too early (truncated?): " + lowerFirst(m);
        }
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("String value length")) {
                return "text too long: a string may have at most " + GmgJson.MAX_STRING_LENGTH + " characters";
            }
            if (m.startsWith("Document nesting depth")) {
                return "nested too deeply: at most " + GmgJson.MAX_NESTING_DEPTH + " levels of objects and arrays";
            }
            if (m.startsWith("Document length")) {
                return "the input is too large: at most " + GmgJson.MAX_DOCUMENT_LENGTH + " bytes";
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
