package dev.gmg.query;

import java.time.LocalDate;

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
        IntList out = new IntList();
        int[] latest = index.latestDay;
        switch (match) {
            case STARTS_WITHIN -> {
                for (int o = startsFrom; o < startsAfterTo; o++) {
                    out.add(o);
                }
            }
            case WITHIN -> {
                for (int o = startsFrom; o < startsAfterTo; o++) {
                    if (latest[o] <= toDay) {
                        out.add(o);
                    }
                }
            }
            case OVERLAPS -> {
                int[] longs = new int[index.longSpans.size()];
                index.longSpans.copyTo(longs, 0);
                int li = 0;
                for (int o = shortFrom; o < startsAfterTo; o++) {
                    while (li < longs.length && longs[li] < o) {
                        if (latest[longs[li]] >= fromDay) {
                            out.add(longs[li]);
                        }
                        li++;
                    }
                    if (li < longs.length && longs[li] == o) {
                        li++;
                    }
                    if (latest[o] >= fromDay) {
                        out.add(o);
                    }
                }
                while (li < longs.length && longs[li] < startsAfterTo) {
                    if (latest[longs[li]] >= fromDay) {
                        out.add(longs[li]);
                    }
                    li++;
                }
            }
        }
        return out.toArray();
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
