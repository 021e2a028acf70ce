package dev.gmg.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a given width: columns keep their natural width up to a share of the line,
 * and the widest (usually a title) wraps at word boundaries.
 */
final class TextTable {

    private static final int MIN_WRAP_WIDTH = 30;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Renders the table in at most {@code width} columns. Every column but the widest keeps its natural width
     * (or, when they leave too little room, a fair share of the line); the widest takes the rest and wraps at spaces (and, for words longer than
     * the column, at hyphens). A line break in a cell starts a new line.
     */
    String render(int width) {
        int n = headers.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                for (String part : row.get(c).split("\n")) {
                    widths[c] = Math.max(widths[c], part.length());
                }
            }
        }
        int gaps = 2 * (n - 1);
        int wrapColumn = widestColumn(widths);
        int others = gaps;
        for (int c = 0; c < n; c++) {
            others += c == wrapColumn ? 0 : widths[c];
        }
        if (others > width - MIN_WRAP_WIDTH) {
            others = gaps;
            for (int c = 0; c < n; c++) {
                if (c != wrapColumn) {
                    widths[c] = Math.min(widths[c], Math.max(8, (width - gaps - MIN_WRAP_WIDTH) / (n - 1)));
                    others += widths[c];
                }
            }
        }
        widths[wrapColumn] = Math.max(10, Math.min(widths[wrapColumn], width - others));
        StringBuilder out = new StringBuilder();
        line(out, headers, widths, wrapColumn);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        for (List<String> row : rows) {
            line(out, row, widths, wrapColumn);
        }
        return out.toString();
    }

    private static int widestColumn(int[] widths) {
        int best = 0;
        for (int c = 1; c < widths.length; c++) {
            if (widths[c] > widths[best]) {
                best = c;
            }
        }
        return best;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, int wrapColumn) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> parts = c == wrapColumn ? wrap(cells.get(c), widths[c]) : List.of(cut(cells.get(c), widths[c]));
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        for (int h = 0; h < height; h++) {
            StringBuilder l = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = h < wrapped.get(c).size() ? wrapped.get(c).get(h) : "";
                if (c > 0) {
                    l.append("  ");
                }
                l.append(part).append(" ".repeat(widths[c] - part.length()));
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    /** Splits text into lines of at most {@code width} characters, at spaces, then hyphens, then anywhere. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, int width, List<String> lines) {
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            while (word.length() > width) {
                int cut = word.lastIndexOf('-', width - 1) + 1;
                if (cut <= 0) {
                    cut = width;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (!word.isEmpty()) {
                current.append(current.length() > 0 ? " " : "").append(word);
            }
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
    }
}
