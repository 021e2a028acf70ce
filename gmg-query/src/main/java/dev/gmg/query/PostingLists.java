package dev.gmg.query;

import java.util.Arrays;

/** Growable ordinal lists, one per facet value number, turned into {@link Postings} once the index is built. */
final class PostingLists {
    private IntList[] lists;

    PostingLists(int size) {
        lists = new IntList[Math.max(size, 4)];
    }

    void add(int value, int ordinal) {
        if (value >= lists.length) {
            lists = Arrays.copyOf(lists, Math.max(value + 1, lists.length * 2));
        }
        if (lists[value] == null) {
            lists[value] = new IntList();
        }
        lists[value].add(ordinal);
    }

    /** The postings of value numbers 0 to at least {@code size - 1}; values never added get empty ones. */
    Postings[] toPostings(int n, int size) {
        int used = lists.length;
        while (used > 0 && lists[used - 1] == null) {
            used--;
        }
        Postings[] out = new Postings[Math.max(used, size)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i >= lists.length || lists[i] == null ? Postings.EMPTY : lists[i].toPostings(n);
            if (i < lists.length) {
                lists[i] = null;
            }
        }
        return out;
    }
}
