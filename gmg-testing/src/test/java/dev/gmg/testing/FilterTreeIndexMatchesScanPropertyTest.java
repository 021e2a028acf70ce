package dev.gmg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import dev.gmg.query.RandomFilters;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * For random filter trees, with OR and NOT at several depths, the index returns exactly what judging every activity
 * with {@link ActivityFilter#matcher} returns: same activities, same order, same page. Public API only, plus the
 * random trees of gmg-query's tests (its test jar), on the bundled dataset and on synthetic ones. Seeds are fixed; a failure names the filter.
 */
class FilterTreeIndexMatchesScanPropertyTest {

    @Test
    void indexAgreesWithScanOnRandomTrees() {
        SplittableRandom random = new SplittableRandom(20131003);
        int[] sizes = {0, 1, 40, 300, 2_000, 6_000};
        int queries = 0;
        int nonEmpty = 0;
        int partial = 0;
        for (int size : sizes) {
            Dataset dataset = RandomFilters.withLinks(SyntheticDatasets.generate(random.nextLong(), size), random);
            int[] counts = check(dataset, random, 60);
            queries += counts[0];
            nonEmpty += counts[1];
            partial += counts[2];
        }
        int[] counts = check(Datasets.hld2014(), random, 200);
        queries += counts[0];
        nonEmpty += counts[1];
        partial += counts[2];
        assertThat(queries).isEqualTo(560);
        assertThat(nonEmpty).as("trees with matches, so the comparison is not vacuous").isGreaterThan(200);
        assertThat(partial).as("trees that keep some but not all activities").isGreaterThan(150);
    }

    /** Runs {@code n} random trees; returns {queries, with matches, with some but not all}. */
    private static int[] check(Dataset dataset, SplittableRandom random, int n) {
        ActivityIndex index = ActivityIndex.of(dataset, Gazetteer.standard());
        RandomFilters trees = new RandomFilters(random, dataset);
        int nonEmpty = 0;
        int partial = 0;
        for (int i = 0; i < n; i++) {
            ActivityFilter f = trees.tree(1 + random.nextInt(4));
            ActivityQuery.Sort sort = trees.pick(ActivityQuery.Sort.values());
            ActivityQuery q = ActivityQuery.of(f).toBuilder().sortBy(sort).build();
            if (random.nextInt(100) < 25) {
                q = q.page(random.nextInt(30), random.nextInt(30));
            }
            Predicate<Activity> scan = f.matcher(dataset, Gazetteer.standard());
            List<String> all = dataset.activities().stream().filter(scan).sorted(sort.comparator())
                    .map(Activity::id).toList();
            List<String> page = all.stream().skip(q.offset()).limit(q.limit()).toList();
            QueryResult r = index.query(q);
            assertThat(r.total()).as("total of %s on %d activities", q, dataset.activities().size())
                    .isEqualTo(all.size());
            assertThat(r.ids()).as("page of %s on %d activities", q, dataset.activities().size()).isEqualTo(page);
            assertThat(r.hasMore()).as("hasMore of %s", q).isEqualTo(q.offset() + page.size() < all.size());
            nonEmpty += all.isEmpty() ? 0 : 1;
            partial += !all.isEmpty() && all.size() < dataset.activities().size() ? 1 : 0;
        }
        return new int[] {n, nonEmpty, partial};
    }
}
