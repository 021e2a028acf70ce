package dev.gmg.model;

import java.util.List;
import java.util.function.Function;

/**
 * The first id given twice among many, found with an open-addressing table of the id strings themselves (at most
 * half full): no entry object per id, unlike a {@code HashSet}, since a dataset read from a file may hold a million
 * activities and checks them on every build.
 */
final class RepeatedIds {

    private RepeatedIds() {
    }

    /** {@return the first id of {@code items} that an earlier item has too, or null when all differ} */
    static <T> String first(List<T> items, Function<? super T, String> id) {
        String[] table = new String[Integer.highestOneBit(Math.max(1, items.size()) * 2 - 1) * 2];
        int mask = table.length - 1;
        for (T item : items) {
            String s = id.apply(item);
            int h = s.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            for (String there = table[i]; there != null; there = table[i]) {
                if (there.equals(s)) {
                    return s;
                }
                i = (i + 1) & mask;
            }
            table[i] = s;
        }
        return null;
    }
}
