package dev.gmg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** An index, once built, answers the same from any number of threads (moved here from gmg-query's ResultsTest). */
class IndexSharedBetweenThreadsTest {

    @Test
    void indexIsSafeToShareBetweenThreads() throws Exception {
        ActivityIndex index = ActivityIndex.of(SyntheticDatasets.generate(7, 5_000));
        ActivityQuery q = ActivityQuery.builder().regions("Asia").actionPoints(ActionPoint.HUMAN_RIGHTS).build();
        List<String> expected = index.query(q).ids();
        assertThat(expected).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> index.query(q).ids()));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
