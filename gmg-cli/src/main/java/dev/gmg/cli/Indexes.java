package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;

/**
 * The index the commands query: for the bundled dataset one shared index, which {@link #preload()} can start
 * building on a second thread while picocli parses the arguments on the main one (on a cold JVM each takes
 * about as long as the other); for a dataset of the user's, a fresh one.
 */
final class Indexes {

    private Indexes() {
    }

    private static final class Bundled {
        static final ActivityIndex INDEX = ActivityIndex.of(Datasets.hld2014());
    }

    static ActivityIndex of(Dataset dataset) {
        return dataset == Datasets.hld2014() ? Bundled.INDEX : ActivityIndex.of(dataset);
    }

    /** Starts loading the bundled dataset and building its index in the background. */
    static void preload() {
        // an anonymous class, not a lambda: the first lambda of a run costs milliseconds, and this starts first
        Thread preload = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    of(Datasets.hld2014());
                } catch (RuntimeException | Error e) {
                    // The command that needs the data loads it again on its own thread and reports the failure.
                }
            }
        }, "gmg-preload");
        preload.setDaemon(true);
        preload.start();
    }
}
