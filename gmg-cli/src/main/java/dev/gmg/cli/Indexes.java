package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The index the commands query: for the bundled dataset one shared index, which the build writes into the jar
 * ({@link #main(String[])}) so that a run reads it instead of building it, and which {@link #preload()} starts
 * loading on a second thread while picocli parses the arguments on the main one; for a dataset of the user's, a
 * fresh one.
 */
final class Indexes {

    /** The class-path resource holding the bundled dataset's index, as {@link ActivityIndex#writeTo} wrote it. */
    static final String BUNDLED_INDEX = "hld-2014.index";

    private Indexes() {
    }

    private static final class Bundled {
        static final ActivityIndex INDEX = loadBundled();
    }

    static ActivityIndex of(Dataset dataset) {
        return dataset == Datasets.hld2014() ? Bundled.INDEX : ActivityIndex.of(dataset);
    }

    /** The bundled index from the jar; built here where the resource is missing (classes compiled by an IDE). */
    static ActivityIndex loadBundled() {
        Dataset hld = Datasets.hld2014();
        try (InputStream in = Indexes.class.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                return ActivityIndex.of(hld);
            }
            return ActivityIndex.read(hld, new BufferedInputStream(in));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled index " + BUNDLED_INDEX + " does not fit the bundled"
                    + " dataset; the gmg jar is broken: " + e.getMessage(), e);
        }
    }

    /** Starts loading the bundled dataset and its index in the background. */
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

    /**
     * Writes the bundled dataset's index to {@code args[0]}; the build runs this after compiling, much as gmg-io
     * writes the dataset's snapshot.
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            ActivityIndex.of(Datasets.hld2014()).writeTo(out);
        }
    }
}
