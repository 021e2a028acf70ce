package dev.gmg.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code partOf} links of the activities of a document or a stream, kept to find the cycles among them at the
 * end: a link may point forward, so a cycle is only known then. A link costs a fingerprint-table entry and four
 * ints; each distinct target keeps its id once (many activities are part of the same one), which names the members
 * of a cycle. A target that is not among the activities ends a chain: in NDJSON it may be an activity of another
 * file, and a document reports it as unknown.
 */
final class PartOfLinks {

    /** The activities with a {@code partOf}, by id: the index of their link. */
    private final IdTable links = new IdTable();
    /** The distinct targets, by id: their index in {@link #targets}. */
    private final IdTable targetIndex = new IdTable();
    private String[] targets = new String[16];
    private int targetCount;
    private int[] targetOf = new int[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    /** The index of each link's activity in a document's {@code activities}, or -1 for an NDJSON line. */
    private int[] items = new int[16];
    private int size;

    /**
     * Keeps the link of the activity {@code id}, whose {@code partOf} value is at {@code line} and {@code column};
     * an id already kept keeps its first link (the repeat is reported as a duplicate id).
     *
     * @param item the activity's index in a document's {@code activities}, or -1 for an NDJSON line
     */
    void add(String id, String partOf, int line, int column, int item) {
        if (links.putIfAbsent(id, size) >= 0) {
            return;
        }
        int target = targetIndex.putIfAbsent(partOf, targetCount);
        if (target < 0) {
            if (targetCount == targets.length) {
                targets = Arrays.copyOf(targets, targetCount * 2);
            }
            target = targetCount;
            targets[targetCount++] = partOf;
        }
        if (size == targetOf.length) {
            targetOf = Arrays.copyOf(targetOf, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        targetOf[size] = target;
        lines[size] = line;
        columns[size] = column;
        items[size] = item;
        size++;
    }

    /**
     * Reports each cycle once, named from where a walk in the order of the links entered it, at the member met
     * first. Linear in the number of links.
     */
    void reportCycles(Problems problems) {
        int[] next = new int[size];
        for (int k = 0; k < size; k++) {
            next[k] = links.get(targets[targetOf[k]]);
        }
        byte[] state = new byte[size]; // 0 not yet walked, 1 on the current walk, 2 walked
        int[] walk = new int[size];
        for (int k = 0; k < size; k++) {
            int n = 0;
            int j = k;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                walk[n++] = j;
                j = next[j];
            }
            if (j >= 0 && state[j] == 1) {
                int from = n - 1;
                while (walk[from] != j) {
                    from--;
                }
                report(walk, from, n, problems);
            }
            for (int i = 0; i < n; i++) {
                state[walk[i]] = 2;
            }
        }
    }

    /** Reports the cycle {@code walk[from, to)}, each member part of the next and the last of the first. */
    private void report(int[] walk, int from, int to, Problems problems) {
        List<String> ids = new ArrayList<>(to - from + 1);
        ids.add(targets[targetOf[walk[to - 1]]]);
        int first = walk[from];
        for (int i = from; i < to; i++) {
            int member = walk[i];
            ids.add(targets[targetOf[member]]);
            if (lines[member] < lines[first] || (lines[member] == lines[first] && columns[member] < columns[first])) {
                first = member;
            }
        }
        if (ids.size() > 10) { // named in short: the first nine, their count, and the first again
            int members = ids.size() - 1;
            ids.subList(9, ids.size()).clear();
            ids.add("... (" + members + " activities)");
            ids.add(ids.get(0));
        }
        problems.add(Paths.field(items[first] < 0 ? "" : Paths.item("activities", items[first]), "partOf"),
                lines[first], columns[first], "partOf forms a cycle: "
                + String.join(" -> ", ids.stream().map(Text::visible).toList())
                + "; an activity cannot be part of itself, even through others",
                "the id of a larger activity, not of one below this one", Text.quote(targets[targetOf[first]]),
                List.of());
    }
}
