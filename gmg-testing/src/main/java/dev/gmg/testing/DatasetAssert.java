package dev.gmg.testing;

import dev.gmg.io.GmgFormatException;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.internal.Suggestions;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Dataset}; obtain one with {@link GmgAssertions#assertThat(Dataset)}.
 *
 * <pre>{@code
 * assertThat(dataset).isValid().hasNoDanglingReferences().hasActivity("ilo-labour-migration-academy-2014")
 *         .containsActivitiesMatching(ActivityQuery.builder().agencies("ILO").regions("Europe").build());
 * assertThat(dataset).activity("ilo-labour-migration-academy-2014").isLedBy("ITC-ILO");
 * }</pre>
 */
public class DatasetAssert extends AbstractAssert<DatasetAssert, Dataset> {

    /** At most this many activity ids are shown in a failure message. */
    private static final int SHOWN = 20;

    /**
     * An assertion on {@code actual}; {@link GmgAssertions#assertThat(Dataset)} is the usual way in.
     *
     * @param actual the dataset under test, may be null (every assertion then fails)
     */
    public DatasetAssert(Dataset actual) {
        super(actual, DatasetAssert.class);
    }

    /**
     * Verifies that the dataset has an activity with exactly this id.
     *
     * @param id the activity id
     * @return this assertion, for chaining
     */
    public DatasetAssert hasActivity(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        if (actual.activity(id).isEmpty()) {
            List<String> close = Suggestions.suggest(id, actual.activities().stream().map(Activity::id).toList());
            failWithMessage("%nExpecting %s to have activity:%n  '%s'%nbut it has none with that id%s",
                    actual, id, close.isEmpty() ? "" : "; " + Suggestions.didYouMean(close));
        }
        return this;
    }

    /**
     * Verifies that the dataset has an activity with this id and returns assertions on it.
     *
     * @param id the activity id
     * @return assertions on that activity
     */
    public ActivityAssert activity(String id) {
        hasActivity(id);
        return new ActivityAssert(actual.activity(id).orElseThrow());
    }

    /**
     * Verifies that every reference resolves: participants and agency parents name agencies of the dataset,
     * {@code partOf} and {@code related} name activities of it. A dataset with a dangling reference can be built
     * in code and written, but does not read back.
     *
     * @return this assertion, for chaining
     */
    public DatasetAssert hasNoDanglingReferences() {
        isNotNull();
        List<String> dangling = DanglingReferences.of(actual);
        if (!dangling.isEmpty()) {
            failWithMessage("%nExpecting %s to have no dangling references%nbut it had %s:%n  %s", actual,
                    dangling.size(), String.join(System.lineSeparator() + "  ", dangling));
        }
        return this;
    }

    /**
     * Verifies that the dataset passes every check a file gets from {@link GmgJson#read(java.nio.file.Path)}:
     * references, places, periods and every Bean Validation constraint of the model. It does so by writing the
     * dataset as JSON and reading it back, so a valid dataset is also one that survives a round trip.
     *
     * @return this assertion, for chaining
     */
    public DatasetAssert isValid() {
        isNotNull();
        try {
            Dataset back = GmgJson.parse(GmgJson.toJson(actual));
            if (!back.equals(actual)) {
                failWithMessage("%nExpecting %s to read back as itself from its JSON%nbut it read back as %s",
                        actual, back);
            }
        } catch (GmgFormatException e) {
            failWithMessage("%nExpecting %s to be valid%nbut its JSON had %s", actual, e.getMessage());
        }
        return this;
    }

    /**
     * Verifies that at least one activity of the dataset matches {@code predicate}.
     *
     * @param predicate the condition, for example {@code a -> a.agencyIds().contains("ILO")}
     * @return this assertion, for chaining
     */
    public DatasetAssert containsActivitiesMatching(Predicate<? super Activity> predicate) {
        return containsActivitiesMatching(predicate, "the given predicate");
    }

    /**
     * Verifies that at least one activity of the dataset matches {@code predicate}, which the failure message calls
     * {@code description}.
     *
     * @param predicate the condition
     * @param description what the condition means, for the failure message ("led by a regional commission")
     * @return this assertion, for chaining
     */
    public DatasetAssert containsActivitiesMatching(Predicate<? super Activity> predicate, String description) {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(description, "description");
        isNotNull();
        if (actual.activities().stream().noneMatch(predicate)) {
            fail(description);
        }
        return this;
    }

    /**
     * Verifies that at least one activity of the dataset matches the filter of {@code query} (its sort and page are
     * ignored), as {@link ActivityIndex} runs it.
     *
     * @param query the query whose filter must match
     * @return this assertion, for chaining
     */
    public DatasetAssert containsActivitiesMatching(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        isNotNull();
        if (ActivityIndex.of(actual).query(query).total() == 0) {
            fail(query.toString());
        }
        return this;
    }

    /**
     * Verifies that at least one activity of the dataset matches {@code filter}, for example
     * {@code ActivityFilter.parse("point:7 AND region:Africa")}.
     *
     * @param filter the filter that must match
     * @return this assertion, for chaining
     */
    public DatasetAssert containsActivitiesMatching(ActivityFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return containsActivitiesMatching(ActivityQuery.of(filter));
    }

    private void fail(String filter) {
        failWithMessage("%nExpecting %s to contain activities matching:%n  %s%nbut none of its %s activities did%s",
                actual, filter, actual.activities().size(), sample());
    }

    private String sample() {
        if (actual.activities().isEmpty()) {
            return "";
        }
        String ids = actual.activities().stream().limit(SHOWN).map(Activity::id).collect(Collectors.joining(", "));
        return ":" + System.lineSeparator() + "  [" + ids + (actual.activities().size() > SHOWN ? ", ...]" : "]");
    }
}
