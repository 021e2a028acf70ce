package dev.gmg.query;

import dev.gmg.model.Activity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Puts an index's matches in a query's order. The index numbers activities in date order, so that order is free;
 * for the others each activity's rank is computed once, when a query first asks for that order, and matches are then
 * sorted as plain numbers.
 */
final class Ordering {

    private final ActivityIndex ix;
    private final ConcurrentMap<ActivityQuery.Sort, int[][]> ranks = new ConcurrentHashMap<>();

    Ordering(ActivityIndex ix) {
        this.ix = ix;
    }

    int[] order(int[] matches, ActivityQuery.Sort sort) {
        switch (sort) {
            case DATE:
                return matches;
            case DATE_DESCENDING: {
                int[] out = new int[matches.length];
                int k = 0;
                int end = 0;
                while (end < matches.length && matches[end] < ix.datedCount) {
                    end++;
                }
                // dated matches newest first; equal earliest dates stay in id order
                int i = end - 1;
                while (i >= 0) {
                    int j = i;
                    LocalDate e = ix.earliest(matches[i]);
                    while (j > 0 && ix.earliest(matches[j - 1]).equals(e)) {
                        j--;
                    }
                    for (int m = j; m <= i; m++) {
                        out[k++] = matches[m];
                    }
                    i = j - 1;
                }
                System.arraycopy(matches, end, out, k, matches.length - end);
                return out;
            }
            default: {
                int[][] r = ranks(sort);
                int[] rank = r[0];
                if (matches.length >= rank.length / 64) {
                    // Many matches: mark each one's rank in a bitset and read the bits in order, in time linear
                    // in the matches plus a sixty-fourth of the dataset.
                    int[] byRank = r[1];
                    long[] marked = new long[(rank.length + 63) >>> 6];
                    for (int m : matches) {
                        marked[rank[m] >>> 6] |= 1L << rank[m];
                    }
                    int[] out = new int[matches.length];
                    int k = 0;
                    for (int w = 0; w < marked.length; w++) {
                        for (long bits = marked[w]; bits != 0; bits &= bits - 1) {
                            out[k++] = byRank[(w << 6) + Long.numberOfTrailingZeros(bits)];
                        }
                    }
                    return out;
                }
                // Few matches: sort them as plain longs (rank, ordinal), with no comparator and no string work.
                long[] keyed = new long[matches.length];
                for (int i = 0; i < matches.length; i++) {
                    keyed[i] = ((long) rank[matches[i]] << 32) | matches[i];
                }
                Arrays.sort(keyed);
                int[] out = new int[matches.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (int) keyed[i];
                }
                return out;
            }
        }
    }

    /**
     * The rank of every ordinal in {@code sort}'s order, and the ordinal at every rank: built on first use and
     * kept.
     */
    private int[][] ranks(ActivityQuery.Sort sort) {
        int[][] r = ranks.get(sort);
        if (r == null) {
            Comparator<Activity> c = sort.comparator();
            Integer[] ordered = new Integer[ix.byOrdinal.length];
            Arrays.setAll(ordered, i -> i);
            Arrays.sort(ordered, (x, y) -> c.compare(ix.byOrdinal[x], ix.byOrdinal[y]));
            int[] rank = new int[ordered.length];
            int[] byRank = new int[ordered.length];
            for (int i = 0; i < ordered.length; i++) {
                rank[ordered[i]] = i;
                byRank[i] = ordered[i];
            }
            ranks.putIfAbsent(sort, new int[][] {rank, byRank});
            r = ranks.get(sort);
        }
        return r;
    }
}
