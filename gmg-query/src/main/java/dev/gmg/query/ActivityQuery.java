package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.Status;
import dev.gmg.model.UnknownReferenceException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to ask an {@link ActivityIndex}: a {@link #filter() filter} (a tree of {@link ActivityFilter}s), an
 * {@link #sort() order} and a page ({@link #offset()}, {@link #limit()}). An immutable value that can be built,
 * printed, compared and reused.
 *
 * <pre>{@code
 * ActivityQuery q = ActivityQuery.of(ActivityFilter.parse("point:7 AND region:Africa AND NOT status:completed"));
 * ActivityQuery same = ActivityQuery.builder()                 // the common AND of facets
 *     .actionPoints(ActionPoint.EVIDENCE_BASE).regions("Africa")
 *     .where(Filters.not(Filters.status(Status.COMPLETED)))
 *     .build();
 * q.toString(); // point:7 AND region:Africa AND NOT status:completed
 * }</pre>
 *
 * <p>The {@link Builder} makes the usual tree: facets combine with AND, the values given to one facet with OR, and a
 * facet left empty does not filter. The meaning of each facet is that of its leaf in {@link Filters}.
 */
public final class ActivityQuery {

    /** How a region facet compares an activity's place with the region. */
    public enum PlaceMatch {
        /** The place shares at least one country with the region (default): {@link Filters#region}. */
        INTERSECTS,
        /** Every country of the place belongs to the region: {@link Filters#regionWithin}. */
        WITHIN
    }

    /** How a date range is compared with an activity's period. */
    public enum DateMatch {
        /** The period and the range share at least one day (default). */
        OVERLAPS,
        /** Every day the period may include lies in the range. */
        WITHIN,
        /** The period's earliest day lies in the range. */
        STARTS_WITHIN
    }

    /** The order of results. Every order is total, so results are deterministic. */
    public enum Sort {
        /** By earliest date, then id; undated activities last, by id. The default. */
        DATE,
        /** By earliest date, latest first, then id; undated activities last, by id. */
        DATE_DESCENDING,
        /** By id. */
        ID,
        /** By title, ignoring case, then id. */
        TITLE;

        private final Comparator<Activity> comparator = new SortOrder(this);

        /**
         * The order as a comparator, for sorting activities the same way outside an index.
         *
         * @return the comparator
         */
        public Comparator<Activity> comparator() {
            return comparator;
        }
    }

    private static final ActivityQuery ALL = of(Filters.all());

    private final ActivityFilter filter;
    private final Sort sort;
    private final int offset;
    private final int limit;
    /** The builder this query came from, for {@link #toBuilder()} and the deprecated facet accessors. */
    private final Builder origin;

    ActivityQuery(ActivityFilter filter, Sort sort, int offset, int limit, Builder origin) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.sort = Objects.requireNonNull(sort, "sort");
        this.offset = offset;
        this.limit = limit;
        this.origin = origin;
    }

    /**
     * The query that keeps what {@code filter} keeps, in the default order, without a page.
     *
     * @param filter the filter
     * @return the query
     */
    public static ActivityQuery of(ActivityFilter filter) {
        Builder b = new Builder();
        b.where(filter);
        return new ActivityQuery(filter, Sort.DATE, 0, Integer.MAX_VALUE, b);
    }

    /**
     * A new builder for a query that, until facets are added, matches every activity.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query that matches every activity, in the default order, without a limit.
     *
     * @return {@code all}
     */
    public static ActivityQuery all() {
        return ALL;
    }

    /**
     * A builder holding this query's facets (or filter), order and page, to derive another query from it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = origin.copy();
        b.sortBy(sort).offset(offset).limit(limit);
        return b;
    }

    /** @return the filter: which activities match */
    public ActivityFilter filter() {
        return filter;
    }

    /** @return the order of results */
    public Sort sort() {
        return sort;
    }

    /** @return how many matches to skip before the page starts */
    public int offset() {
        return offset;
    }

    /** @return the most activities a page holds; {@link Integer#MAX_VALUE} for no limit (the default) */
    public int limit() {
        return limit;
    }

    /**
     * A copy of this query with another page.
     *
     * @param offset matches to skip, 0 or more
     * @param limit the most activities a page holds, 0 or more
     * @return the new query
     */
    public ActivityQuery page(int offset, int limit) {
        return toBuilder().offset(offset).limit(limit).build();
    }

    /**
     * The action points given to the builder.
     *
     * @return the builder's action points; empty for a query made from a filter
     * @deprecated a query is a filter tree now; read {@link #filter()}. Kept while the benchmarks translate
     *     builder queries for CQEngine.
     */
    @Deprecated
    public Set<ActionPoint> actionPoints() {
        return Set.copyOf(origin.f.actionPoints);
    }

    /**
     * @return the agency names given to the builder
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public Set<String> agencies() {
        return Set.copyOf(origin.f.agencies);
    }

    /**
     * @return the regions given to the builder
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public Set<Place> regions() {
        return Set.copyOf(origin.f.regions);
    }

    /**
     * @return the statuses given to the builder
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public Set<Status> statuses() {
        return Set.copyOf(origin.f.statuses);
    }

    /**
     * @return the first day of the builder's date range
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public Optional<LocalDate> from() {
        return Optional.ofNullable(origin.f.from);
    }

    /**
     * @return the last day of the builder's date range
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public Optional<LocalDate> to() {
        return Optional.ofNullable(origin.f.to);
    }

    /**
     * @return the builder's text, as normalised words
     * @deprecated read {@link #filter()}
     */
    @Deprecated
    public List<String> words() {
        return origin.f.text == null ? List.of() : List.copyOf(Text.words(origin.f.text));
    }

    /**
     * The filter as a predicate over the activities of {@code dataset}, places resolved with the standard
     * gazetteer: {@code filter().matcher(dataset)}.
     *
     * @param dataset the dataset the activities come from
     * @return the predicate
     * @throws UnknownReferenceException when an agency is not in the dataset
     */
    public Predicate<Activity> predicate(Dataset dataset) {
        return filter.matcher(dataset, Gazetteer.standard());
    }

    /**
     * True when {@code activity} passes the filter, with names resolved against {@code dataset}. For many
     * activities, use {@link #predicate(Dataset)} or an {@link ActivityIndex}.
     *
     * @param activity an activity of the dataset
     * @param dataset the dataset
     * @return whether it matches
     */
    public boolean test(Activity activity, Dataset dataset) {
        return predicate(dataset).test(activity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityQuery q && q.filter.equals(filter) && q.sort == sort && q.offset == offset
                && q.limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(filter, sort, offset, limit);
    }

    /**
     * The filter in the query language, then a non-default order or page: {@code point:7 AND region:Africa ORDER BY
     * title OFFSET 20 LIMIT 10}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(filter.toString());
        if (sort != Sort.DATE) {
            s.append(" ORDER BY ").append(sort.name().toLowerCase(Locale.ROOT).replace("_descending", " desc"));
        }
        if (offset > 0) {
            s.append(" OFFSET ").append(offset);
        }
        if (limit != Integer.MAX_VALUE) {
            s.append(" LIMIT ").append(limit);
        }
        return s.toString();
    }

    /**
     * Builds an {@link ActivityQuery}: the facets of the common case (action points, agencies, places, dates,
     * statuses, kinds, themes, text) ANDed together, values within a facet ORed, and any {@link #where(ActivityFilter)
     * filter} ANDed to them; then the order and the page. Methods that take values add them to the facet (call
     * twice, get both); places are looked up at once in the standard gazetteer, agencies when the query runs. Not
     * thread-safe; the query it builds is.
     */
    public static final class Builder extends QueryBuilder {
        Builder() {
        }
    }
}
