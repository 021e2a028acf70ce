package dev.gmg.benchmarks;

import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;

/**
 * Retained heap of the index per activity, beyond the activities themselves: used heap after a full GC with the
 * dataset and the index, minus used heap with the dataset alone, divided by the number of activities. Also prints
 * the index's own estimate of its arrays and bitsets, and CQEngine's retained heap for comparison (with the rows of
 * precomputed values it reads).
 *
 * <pre>java -Xms8g -Xmx8g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.gmg.benchmarks.IndexMemory 1000000</pre>
 */
public final class IndexMemory {

    private IndexMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean cq = args.length < 2 || !args[1].equals("--no-cqengine");
        Dataset dataset = Workload.dataset(size);
        long datasetOnly = usedAfterGc();
        ActivityIndex index = ActivityIndex.of(dataset);
        index.query(Workload.SELECTIVE); // resolve lazily computed look-ups of the dataset before measuring
        // and the word postings, which the index builds on its first text query
        index.query(dev.gmg.query.ActivityQuery.of(dev.gmg.query.Filters.text("migration")));
        long withIndex = usedAfterGc();
        System.out.printf("activities: %,d%n", size);
        System.out.printf("dataset alone: %,d bytes (%.0f bytes per activity)%n", datasetOnly,
                datasetOnly / (double) size);
        System.out.printf("index, measured: %,d bytes (%.1f bytes per activity)%n", withIndex - datasetOnly,
                (withIndex - datasetOnly) / (double) size);
        System.out.printf("index, own estimate of its arrays: %,d bytes (%.1f bytes per activity)%n",
                index.approximateBytes(), index.approximateBytes() / (double) size);
        if (cq) {
            CqEngine engine = new CqEngine(new Table(dataset)); // its precomputed rows included
            long withCq = usedAfterGc();
            System.out.printf("cqengine, measured: %,d bytes (%.1f bytes per activity)%n", withCq - withIndex,
                    (withCq - withIndex) / (double) size);
            System.out.println(engine.getClass().getSimpleName() + " kept alive until here");
        }
        System.out.println(index + " kept alive until here; " + dataset.activities().size());
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
