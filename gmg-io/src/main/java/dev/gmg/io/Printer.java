package dev.gmg.io;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Prints {@link Node} trees as canonical JSON text.
 *
 * <p>Pretty form: two-space indent, {@code "name": value}, one member or array item per line, empty containers
 * as {@code {}} and {@code []}, newline line ends. This is the layout of Python's
 * {@code json.dumps(value, indent=2, ensure_ascii=False)}, so other tools can produce it too. Compact form
 * (NDJSON): no whitespace at all. Strings are escaped as JSON requires and otherwise written as they are (UTF-8,
 * no escapes for non-ASCII characters).
 */
final class Printer {

    private Printer() {
    }

    static String pretty(Node n) {
        StringBuilder out = new StringBuilder();
        pretty(n, out, 0);
        return out.append('\n').toString();
    }

    static String compact(Node n) {
        StringBuilder out = new StringBuilder();
        compact(n, out);
        return out.toString();
    }

    private static void pretty(Node n, StringBuilder out, int indent) {
        switch (n.kind) {
            case OBJECT: {
                if (n.fields.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                Iterator<Map.Entry<String, Node>> it = n.fields.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, Node> e = it.next();
                    indent(out, indent + 1);
                    string(e.getKey(), out);
                    out.append(": ");
                    pretty(e.getValue(), out, indent + 1);
                    out.append(it.hasNext() ? ",\n" : "\n");
                }
                indent(out, indent);
                out.append('}');
                return;
            }
            case ARRAY: {
                if (n.items.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < n.items.size(); i++) {
                    indent(out, indent + 1);
                    pretty(n.items.get(i), out, indent + 1);
                    out.append(i < n.items.size() - 1 ? ",\n" : "\n");
                }
                indent(out, indent);
                out.append(']');
                return;
            }
            default:
                scalar(n, out);
        }
    }

    private static void compact(Node n, StringBuilder out) {
        switch (n.kind) {
            case OBJECT: {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Node> e : n.fields.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(e.getKey(), out);
                    out.append(':');
                    compact(e.getValue(), out);
                }
                out.append('}');
                return;
            }
            case ARRAY: {
                out.append('[');
                for (int i = 0; i < n.items.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    compact(n.items.get(i), out);
                }
                out.append(']');
                return;
            }
            default:
                scalar(n, out);
        }
    }

    private static void scalar(Node n, StringBuilder out) {
        if (n.kind == Node.Kind.STRING) {
            string(n.text, out);
        } else {
            out.append(n.text);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, out);
        out.append('"');
    }

    private static void indent(StringBuilder out, int level) {
        for (int i = 0; i < level; i++) {
            out.append("  ");
        }
    }
}
