package dev.gmg.testing;

import dev.gmg.model.Activity;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link QueryResult}; obtain one with {@link GmgAssertions#assertThat(QueryResult)}. The id
 * assertions look at the returned page ({@link QueryResult#ids()}), {@link #hasTotal(int)} at every match.
 *
 * <pre>{@code
 * assertThat(index.query(ActivityQuery.builder().agencies("ILO").regions("Europe").build()))
 *         .hasTotal(2).containsIds("ilo-labour-migration-academy-2014").isSortedBy(ActivityQuery.Sort.DATE);
 * }</pre>
 */
public class QueryResultAssert extends AbstractAssert<QueryResultAssert, QueryResult> {

    /**
     * An assertion on {@code actual}; {@link GmgAssertions#assertThat(QueryResult)} is the usual way in.
     *
     * @param actual the result under test, may be null (every assertion then fails)
     */
    public QueryResultAssert(QueryResult actual) {
        super(actual, QueryResultAssert.class);
    }

    /**
     * Verifies the number of matches, every page included.
     *
     * @param total the expected number of matches
     * @return this assertion, for chaining
     */
    public QueryResultAssert hasTotal(int total) {
        isNotNull();
        if (actual.total() != total) {
            failWithMessage("%nExpecting the result of%n  %s%nto have %s matches but it had %s:%n  %s", actual.query(),
                    total, actual.total(), shown());
        }
        return this;
    }

    /**
     * Verifies that the page holds activities with all these ids, in any order, among others.
     *
     * @param ids the expected ids
     * @return this assertion, for chaining
     */
    public QueryResultAssert containsIds(String... ids) {
        Objects.requireNonNull(ids, "ids");
        isNotNull();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!actual.ids().contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            failWithMessage("%nExpecting the result of%n  %s%nto contain ids:%n  %s%nbut these were missing:%n  %s"
                    + "%nThe page held:%n  %s", actual.query(), List.of(ids), missing, shown());
        }
        return this;
    }

    /**
     * Verifies that the page holds exactly the activities with these ids, in this order.
     *
     * @param ids the expected ids, in the expected order
     * @return this assertion, for chaining
     */
    public QueryResultAssert containsExactlyIds(String... ids) {
        Objects.requireNonNull(ids, "ids");
        isNotNull();
        if (!actual.ids().equals(List.of(ids))) {
            failWithMessage("%nExpecting the result of%n  %s%nto contain exactly, in order:%n  %s%nbut the page held:%n  %s",
                    actual.query(), List.of(ids), actual.ids());
        }
        return this;
    }

    /**
     * Verifies that the page is in the given order of the query language.
     *
     * @param sort the order
     * @return this assertion, for chaining
     */
    public QueryResultAssert isSortedBy(ActivityQuery.Sort sort) {
        Objects.requireNonNull(sort, "sort");
        return isSortedBy(sort.comparator(), sort.name());
    }

    /**
     * Verifies that the page is in the order of {@code comparator}.
     *
     * @param comparator the order
     * @return this assertion, for chaining
     */
    public QueryResultAssert isSortedBy(Comparator<? super Activity> comparator) {
        Objects.requireNonNull(comparator, "comparator");
        return isSortedBy(comparator, "the given comparator");
    }

    private QueryResultAssert isSortedBy(Comparator<? super Activity> comparator, String name) {
        isNotNull();
        List<Activity> page = actual.activities();
        for (int i = 1; i < page.size(); i++) {
            if (comparator.compare(page.get(i - 1), page.get(i)) > 0) {
                failWithMessage("%nExpecting the result of%n  %s%nto be sorted by %s%nbut '%s' (at %s) comes before '%s'"
                        + " (at %s):%n  %s", actual.query(), name, page.get(i - 1).id(), i - 1, page.get(i).id(), i,
                        shown());
            }
        }
        return this;
    }

    private String shown() {
        List<String> ids = actual.ids();
        return ids.size() <= 30 ? ids.toString() : ids.subList(0, 30) + " and " + (ids.size() - 30) + " more";
    }
}
