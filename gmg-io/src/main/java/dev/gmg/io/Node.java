package dev.gmg.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was read: the small tree the reader builds so that every problem can be
 * reported with a line and column, and the writer's intermediate form before canonical printing. Nodes built
 * for writing have line and column 0.
 */
final class Node {

    enum Kind {
        OBJECT("an object"), ARRAY("an array"), STRING("a string"), INTEGER("an integer"), DECIMAL("a number"),
        BOOLEAN("true or false"), NULL("null"),
        /** The value of an unknown field: skipped, not built; only its place is kept. */
        SKIPPED("a value");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    final Kind kind;
    /** The scalar's text: the string value, the number as written, "true", "false" or "null". */
    final String text;
    final Map<String, Node> fields;
    final List<Node> items;
    /** Not final only so that {@link #shift} can move a tree read from a copy of its bytes. */
    int line;
    int column;
    /**
     * For an object read against a shape: its unknown fields are exactly its {@link Kind#SKIPPED} members, and
     * this is how many there are; -1 when it was read without a shape.
     */
    int unknownFields = -1;
    /** For a member of an object, where its name was written. */
    int keyLine;
    int keyColumn;

    private Node(Kind kind, String text, int line, int column) {
        this.kind = kind;
        this.text = text;
        this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Collections.emptyMap();
        this.items = kind == Kind.ARRAY ? new ArrayList<>() : Collections.emptyList();
        this.line = line;
        this.column = column;
    }

    static Node object(int line, int column) {
        return new Node(Kind.OBJECT, null, line, column);
    }

    static Node array(int line, int column) {
        return new Node(Kind.ARRAY, null, line, column);
    }

    static Node scalar(Kind kind, String text, int line, int column) {
        return new Node(kind, text, line, column);
    }

    static Node object() {
        return object(0, 0);
    }

    static Node array() {
        return array(0, 0);
    }

    static Node string(String s) {
        return scalar(Kind.STRING, s, 0, 0);
    }

    static Node integer(long n) {
        return scalar(Kind.INTEGER, Long.toString(n), 0, 0);
    }

    static Node bool(boolean b) {
        return scalar(Kind.BOOLEAN, Boolean.toString(b), 0, 0);
    }

    /** Adds a member to an object node (writing side); returns this. */
    Node put(String name, Node value) {
        fields.put(name, value);
        return this;
    }

    /** Adds an item to an array node (writing side); returns this. */
    Node add(Node value) {
        items.add(value);
        return this;
    }

    /**
     * Moves this tree, read from a copy of its bytes, to its place in the input, where the copy's first byte is
     * at {@code line} and {@code column}.
     */
    void shift(int line, int column) {
        if (this.line == 1) {
            this.column += column - 1;
        }
        if (this.line > 0) {
            this.line += line - 1;
        }
        if (keyLine == 1) {
            keyColumn += column - 1;
        }
        if (keyLine > 0) {
            keyLine += line - 1;
        }
        fields.values().forEach(n -> n.shift(line, column));
        items.forEach(n -> n.shift(line, column));
    }

    boolean isScalar() {
        return kind != Kind.OBJECT && kind != Kind.ARRAY;
    }

    /** What this value is, for "found ..." in messages: {@code a number (42)}, {@code an object}. */
    String describe() {
        switch (kind) {
            case OBJECT:
            case ARRAY:
            case NULL:
            case SKIPPED:
                return kind.description;
            case BOOLEAN:
                return text;
            case STRING:
                return "a string (" + Text.quote(text) + ")";
            default:
                return "a number (" + Text.abbreviate(text, 40) + ")";
        }
    }

    /**
     * The node at a JSON path relative to this one ({@code activities[2].participants[0].agency}), or the
     * deepest existing node on the way when the path leads outside the tree.
     */
    Node at(String path) {
        Node current = this;
        int i = 0;
        while (i < path.length() && current != null) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            Node next;
            int end;
            if (c == '[') {
                end = path.indexOf(']', i);
                if (end < 0) {
                    return current;
                }
                int index;
                try {
                    index = Integer.parseInt(path.substring(i + 1, end));
                } catch (NumberFormatException e) {
                    return current;
                }
                next = index >= 0 && index < current.items.size() ? current.items.get(index) : null;
                end++;
            } else {
                end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                next = current.fields.get(path.substring(i, end));
            }
            if (next == null) {
                return current;
            }
            current = next;
            i = end;
        }
        return current;
    }
}
