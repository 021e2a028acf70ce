package dev.gmg.query;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Dated activities whose period overlaps a range, lies within it, or starts within it. Activities are numbered by
 * their earliest day, so the start is a binary search; the end is checked per candidate, and periods longer than
 * {@link ActivityIndex#LONG_SPAN_DAYS} are kept aside so an overlap stays a short walk. Undated activities never
 * match (the {@code undated} leaf finds them).
 */
final class DateClause extends Clause {
    private final ActivityIndex index;
    private final Leaves.DateMatch match;
    private final int fromDay;
    private final int toDay;
    /** Dated ordinals from here on start on or after {@code from}. */
    private final int startsFrom;
    /** Dated ordinals from here on start after {@code to}. */
    private final int startsAfterTo;
    /** Dated ordinals from here on start on or after {@code from - LONG_SPAN_DAYS}. */
    private final int shortFrom;

    DateClause(ActivityIndex index, Leaves.DateIs leaf) {
        super(index.size());
        this.index = index;
        this.match = leaf.match();
        LocalDate from = leaf.from();
        LocalDate to = leaf.to();
        this.fromDay = ActivityIndex.day(from);
        this.toDay = ActivityIndex.day(to);
        this.startsFrom = index.countStartingBefore(from, false);
        this.startsAfterTo = index.countStartingBefore(to, true);
        this.shortFrom = from.isBefore(LocalDate.of(-999_999, 1, 1)) ? 0
                : index.countStartingBefore(from.minusDays(ActivityIndex.LONG_SPAN_DAYS), false);
    }

    @Override
    long estimate() {
        return match == Leaves.DateMatch.OVERLAPS
                ? Math.max(0, startsAfterTo - shortFrom) + index.longSpans.size()
                : Math.max(0, startsAfterTo - startsFrom);
    }

    @Override
    int[] materialize() {
        // estimate() bounds the matches from above, so the output never grows
        int[] out = new int[(int) Math.min(estimate(), index.size())];
        int k = 0;
        int[] latest = index.latestDay;
        switch (match) {
            case STARTS_WITHIN -> {
                for (int o = startsFrom; o < startsAfterTo; o++) {
                    out[k++] = o;
                }
            }
            case WITHIN -> {
                for (int o = startsFrom; o < startsAfterTo; o++) {
                    out[k] = o;
                    k += latest[o] <= toDay ? 1 : 0; // no branch to mispredict
                }
            }
            case OVERLAPS -> {
                // In ordinal order: long spans that start too early for the walk, then the walk, where a period
                // that starts before the range must end in it, then every period that starts in the range.
                int[] longs = new int[index.longSpans.size()];
                index.longSpans.copyTo(longs, 0);
                int walkFrom = Math.max(0, shortFrom);
                for (int i = 0; i < longs.length && longs[i] < walkFrom; i++) {
                    out[k] = longs[i];
                    k += latest[longs[i]] >= fromDay ? 1 : 0;
                }
                int startsIn = Math.max(walkFrom, Math.min(startsFrom, startsAfterTo));
                for (int o = walkFrom; o < startsIn; o++) {
                    out[k] = o;
                    k += latest[o] >= fromDay ? 1 : 0;
                }
                for (int o = startsIn; o < startsAfterTo; o++) {
                    out[k++] = o;
                }
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    @Override
    Tester tester(int candidates) {
        int dated = index.datedCount;
        int[] latest = index.latestDay;
        return switch (match) {
            case STARTS_WITHIN -> o -> o < dated && o >= startsFrom && o < startsAfterTo;
            case WITHIN -> o -> o < dated && o >= startsFrom && o < startsAfterTo && latest[o] <= toDay;
            case OVERLAPS -> o -> o < dated && o < startsAfterTo && latest[o] >= fromDay;
        };
    }
}
