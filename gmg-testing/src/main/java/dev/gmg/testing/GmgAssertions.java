package dev.gmg.testing;

import dev.gmg.io.GmgFormatException;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.QueryResult;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The entry point of the GMG domain assertions, in the style of AssertJ's {@code Assertions}. Import both
 * statically; Java picks the most specific {@code assertThat}:
 *
 * <pre>{@code
 * import static dev.gmg.testing.GmgAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(Datasets.hld2014()).isValid().activity("ilo-labour-migration-academy-2014").isPlacedIn("Europe");
 * assertThat(index.query(query)).hasTotal(2);
 * assertThat(List.of(1, 2)).hasSize(2);                   // AssertJ's own
 * }</pre>
 */
public final class GmgAssertions {

    private GmgAssertions() {
    }

    /**
     * Assertions on an activity.
     *
     * @param actual the activity under test
     * @return the assertions
     */
    public static ActivityAssert assertThat(Activity actual) {
        return new ActivityAssert(actual);
    }

    /**
     * Assertions on a dataset.
     *
     * @param actual the dataset under test
     * @return the assertions
     */
    public static DatasetAssert assertThat(Dataset actual) {
        return new DatasetAssert(actual);
    }

    /**
     * Assertions on a query's result.
     *
     * @param actual the result under test
     * @return the assertions
     */
    public static QueryResultAssert assertThat(QueryResult actual) {
        return new QueryResultAssert(actual);
    }

    /**
     * Assertions on the problems of a bad input.
     *
     * @param actual the exception under test
     * @return the assertions
     */
    public static ProblemsAssert assertThat(GmgFormatException actual) {
        return new ProblemsAssert(actual);
    }

    /**
     * Runs {@code reading}, verifies that it throws a {@link GmgFormatException}, and returns assertions on that
     * exception's problems.
     *
     * @param reading code that reads bad input, for example {@code () -> GmgJson.read(file)}
     * @return the assertions on the exception thrown
     * @throws AssertionError if {@code reading} throws nothing or something else
     */
    public static ProblemsAssert assertThatProblems(ThrowingCallable reading) {
        try {
            reading.call();
        } catch (GmgFormatException e) {
            return new ProblemsAssert(e);
        } catch (Throwable t) {
            throw new AssertionError(String.format("%nExpecting the code to throw a GmgFormatException%nbut it threw:%n"
                    + "  %s", t), t);
        }
        throw new AssertionError(String.format("%nExpecting the code to throw a GmgFormatException%nbut it threw"
                + " nothing"));
    }
}
