package dev.gmg.query;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.UnknownReferenceException;
import java.util.function.Predicate;

/**
 * Which activities to keep: a tree of {@code AND}, {@code OR} and {@code NOT} over leaf filters (action point,
 * agency in a role, place in a role, period, status, kind, theme, text, source, part of ...). An immutable value
 * with {@code equals} and {@code hashCode}; made with {@link Filters}, read with {@link #parse(String)}, and
 * printed by {@code toString()} in the same query language, so {@code parse(f.toString()).equals(f)}:
 *
 * <pre>{@code
 * ActivityFilter f = Filters.actionPoint(ActionPoint.EVIDENCE_BASE)
 *     .and(Filters.region("Africa"))
 *     .and(Filters.overlaps(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)))
 *     .and(Filters.status(Status.COMPLETED).negate());
 * f.toString();   // point:7 AND region:Africa AND overlaps:2014 AND NOT status:completed
 * ActivityFilter.parse("agency:UNICEF/lead AND agency:OHCHR/partner");
 * }</pre>
 *
 * <p>Run one with {@link ActivityIndex#query(ActivityQuery)} (through {@link ActivityQuery#of(ActivityFilter)}), or
 * judge activities one by one with {@link #matcher(Dataset, Gazetteer)}. Both give the same answer. The language,
 * its grammar and the meaning of every leaf are in the module's README.
 */
public sealed interface ActivityFilter permits Nodes.Node, Leaves.Leaf {

    /**
     * Reads a filter written in the query language.
     *
     * @param text for example {@code point:7 AND (region:Africa OR global) AND NOT status:completed}
     * @return the filter
     * @throws QuerySyntaxException naming the offset, what was expected there and, for an unknown name, the
     *     closest known ones
     */
    static ActivityFilter parse(String text) {
        return new FilterParser(text).parse();
    }

    /**
     * This filter and another: {@code this AND other}.
     *
     * @param other the other filter
     * @return a new filter; an AND of this filter's children and {@code other} when this is already an AND
     */
    default ActivityFilter and(ActivityFilter other) {
        return Filters.and(this, other);
    }

    /**
     * This filter or another: {@code this OR other}.
     *
     * @param other the other filter
     * @return a new filter
     */
    default ActivityFilter or(ActivityFilter other) {
        return Filters.or(this, other);
    }

    /**
     * The opposite of this filter: {@code NOT this}.
     *
     * @return a new filter
     */
    default ActivityFilter negate() {
        return Filters.not(this);
    }

    /**
     * This filter as a test of one activity at a time, with its names resolved once, now: agencies and activity
     * ids against {@code dataset} (which also gives sub-bodies and the parts of an initiative), places against
     * {@code gazetteer}. For many activities an {@link ActivityIndex} is much faster; both agree.
     *
     * @param dataset the dataset the activities come from
     * @param gazetteer the places to resolve place names with
     * @return a predicate, safe to share between threads
     * @throws UnknownReferenceException for an agency or place that {@code dataset} or {@code gazetteer} does not know
     * @throws IllegalArgumentException for an activity id the dataset does not have, or a {@code country:} leaf
     *     naming a region
     */
    default Predicate<Activity> matcher(Dataset dataset, Gazetteer gazetteer) {
        return new Scan(dataset, gazetteer).compile(this);
    }

    /**
     * {@link #matcher(Dataset, Gazetteer)} with the {@link Gazetteer#standard() standard gazetteer}.
     *
     * @param dataset the dataset the activities come from
     * @return a predicate, safe to share between threads
     */
    default Predicate<Activity> matcher(Dataset dataset) {
        return matcher(dataset, Gazetteer.standard());
    }
}
