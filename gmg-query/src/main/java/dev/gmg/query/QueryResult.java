package dev.gmg.query;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * What a query found: every match in the query's order (the total count and the facet counts cover them all), and
 * the requested page of them. Immutable and safe to share; nothing is computed behind the caller's back and there
 * is nothing to close. {@link #facets()} and {@link #matrix()} count on each call, in time proportional to
 * {@link #total()}.
 */
public final class QueryResult {

    private final ActivityQuery query;
    private final Dataset dataset;
    private final Activity[] table;
    private final int[] ordered;
    private final List<Activity> page;
    private final Regions regions;
    private final Supplier<LeftOut> leftOut;

    /** {@code ordered} holds indexes into {@code table}, in result order; neither is modified afterwards. */
    QueryResult(ActivityQuery query, Dataset dataset, Activity[] table, int[] ordered, Regions regions,
            Supplier<LeftOut> leftOut) {
        this.query = query;
        this.regions = regions;
        this.leftOut = leftOut;
        this.dataset = dataset;
        this.table = table;
        this.ordered = ordered;
        int from = (int) Math.min(query.offset(), ordered.length);
        int to = (int) Math.min((long) from + query.limit(), ordered.length);
        this.page = new Slice(from, to);
    }

    /** A result over already filtered and ordered activities (used by a linear scan). */
    static QueryResult of(ActivityQuery query, Dataset dataset, List<Activity> ordered) {
        int[] indexes = new int[ordered.size()];
        java.util.Arrays.setAll(indexes, i -> i);
        return new QueryResult(query, dataset, ordered.toArray(Activity[]::new), indexes, Regions.standard(),
                () -> LeftOut.NONE);
    }

    /** {@return the query that produced this result} */
    public ActivityQuery query() {
        return query;
    }

    /** {@return the number of matches, regardless of the page} */
    public int total() {
        return ordered.length;
    }

    /**
     * {@return the matches of the page (from {@link ActivityQuery#offset()}, at most {@link ActivityQuery#limit()}), in order}
     */
    public List<Activity> activities() {
        return page;
    }

    /** {@return the ids of the page's activities, in order} */
    public List<String> ids() {
        return page.stream().map(Activity::id).toList();
    }

    /** {@return true when matches follow the page} */
    public boolean hasMore() {
        return (long) query.offset() + page.size() < ordered.length;
    }

    /** {@return every match, in order, regardless of the page} */
    public List<Activity> all() {
        return new Slice(0, ordered.length);
    }

    /**
     * {@return counts of the matches (all of them, not just the page) per action point, agency, region, year and more}
     */
    public Facets facets() {
        return Facets.of(all(), dataset, regions);
    }

    /**
     * How many activities the filter's date and place leaves could not judge: undated ones, ones without places,
     * ones that name only the World. Counted on each call, from the index, in time proportional to the filter's
     * size and its leaves' posting lists; {@link LeftOut#NONE} for a filter without date or place leaves.
     *
     * @return the counts
     */
    public LeftOut leftOut() {
        return leftOut.get();
    }

    /** {@return how many matches each agency has under each action point} */
    public AgencyMatrix matrix() {
        return AgencyMatrix.of(all(), dataset);
    }

    /** The query, the total and the page's ids. */
    @Override
    public String toString() {
        return "QueryResult{" + query + ": " + total() + " total, page " + ids() + "}";
    }

    private final class Slice extends AbstractList<Activity> implements RandomAccess {
        private final int from;
        private final int to;

        Slice(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Activity get(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + (to - from));
            }
            return table[ordered[from + index]];
        }

        @Override
        public int size() {
            return to - from;
        }

        /**
         * {@code new ArrayList<>(result.all())} and {@code List.copyOf} call this. A tail of consecutive ordinals
         * (what a date range ends with) is copied in bulk.
         */
        @Override
        public Object[] toArray() {
            Object[] out = new Object[to - from];
            if (out.length == 0) {
                return out;
            }
            int tail = to - 1;
            while (tail > from && ordered[tail - 1] == ordered[tail] - 1) {
                tail--;
            }
            for (int i = from; i < tail; i++) {
                out[i - from] = table[ordered[i]];
            }
            if (tail < to) {
                System.arraycopy(table, ordered[tail], out, tail - from, to - tail);
            }
            return out;
        }
    }
}
