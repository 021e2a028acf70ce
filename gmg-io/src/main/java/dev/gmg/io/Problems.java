package dev.gmg.io;

import dev.gmg.io.GmgFormatException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects the problems found in one input, up to {@link GmgFormatException#MAX_PROBLEMS}. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private int dropped;
    /** Added to every line number: for NDJSON, the line of the activity in the file, less one. */
    int lineOffset;
    /** When set, problems go here instead of into the list (NDJSON with a problem handler). */
    Consumer<Problem> sink;
    /** How many problems were reported in all, including any sent to a sink or dropped. */
    int count;
    /**
     * While an activity is read again from a copy of its bytes: where its first byte is in the input, so that
     * places in the copy become places in the input. Line 0 when not relocating.
     */
    private int baseLine;
    private int baseColumn;

    /** Places from now on are in a copy of the input that starts at {@code line} and {@code column}. */
    void relocate(int line, int column) {
        baseLine = line;
        baseColumn = column;
    }

    /** Places from now on are in the input itself. */
    void stopRelocating() {
        baseLine = 0;
    }

    /** "line L, column C" for a place read now, as it will be reported: relocated and offset like a problem's. */
    String where(int line, int column) {
        if (baseLine > 0 && line > 0) {
            column = line == 1 ? column + baseColumn - 1 : column;
            line += baseLine - 1;
        }
        return "line " + (line == 0 ? 0 : line + lineOffset) + ", column " + column;
    }

    void add(String path, int line, int column, String message, String expected, String found,
            List<String> suggestions) {
        if (baseLine > 0 && line > 0) {
            column = line == 1 ? column + baseColumn - 1 : column;
            line += baseLine - 1;
        }
        Problem p = new Problem(path, line == 0 ? 0 : line + lineOffset, column, message, expected, found,
                suggestions);
        if (sink != null) {
            sink.accept(p);
            count++;
        } else if (list.size() < GmgFormatException.MAX_PROBLEMS - 1) {
            list.add(p);
            count++;
        } else {
            dropped++;
            count++;
        }
    }

    /** A problem located at {@code at} (its start). */
    void at(Node at, String path, String message, String expected, String found, List<String> suggestions) {
        add(path, at == null ? 0 : at.line, at == null ? 0 : at.column, message, expected, found, suggestions);
    }

    void at(Node at, String path, String message) {
        at(at, path, message, null, null, List.of());
    }

    /** A wrong type: "expected a string, found a number (42)". */
    void type(Node found, String path, String expected) {
        at(found, path, "expected " + expected + ", found " + found.describe()
                + (found.kind == Node.Kind.NULL ? " (leave out a field that has no value)" : ""),
                expected, found.describe(), List.of());
    }

    /** Takes back the last problem added (not possible once it went to a sink). */
    void removeLast() {
        if (sink != null) {
            throw new IllegalStateException("a problem sent to a sink cannot be taken back");
        }
        if (dropped > 0) {
            dropped--;
        } else {
            list.remove(list.size() - 1);
        }
        count--;
    }

    boolean isEmpty() {
        return list.isEmpty() && dropped == 0;
    }

    int size() {
        return list.size() + dropped;
    }

    GmgFormatException exception(String source) {
        List<Problem> all = new ArrayList<>(list);
        if (dropped > 0) {
            all.add(new Problem("", 0, 0, "... and " + dropped + " more problems; stopped collecting after "
                    + (GmgFormatException.MAX_PROBLEMS - 1), null, null, List.of()));
        }
        return new GmgFormatException(source, all);
    }

    void throwIfAny(String source) {
        if (!isEmpty()) {
            throw exception(source);
        }
    }
}
