package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import dev.gmg.io.ReadOptions;
import dev.gmg.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data FILE} option shared by the commands that read a dataset. */
final class DataOption {

    @Option(names = "--data", paramLabel = "FILE",
            description = "A dataset JSON file to use instead of the bundled one; it is validated first.")
    Path file;

    @picocli.CommandLine.Mixin
    ReadLimits limits = new ReadLimits();

    /** What the command line says when a file does not fit in the heap. */
    static final String TOO_LARGE = "file too large for the heap, use NDJSON or -Xmx (for example"
            + " JAVA_TOOL_OPTIONS=-Xmx4g)";

    Dataset load() {
        if (file == null) {
            return Datasets.hld2014();
        }
        if (!Files.exists(file)) {
            throw new Gmg.UsageException("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new Gmg.UsageException("not a regular file: " + file + " (a folder, device or pipe)");
        }
        return read(file, limits.options());
    }

    /** Reads a dataset, turning an out-of-memory error into {@link TooLarge}. */
    static Dataset read(Path file, ReadOptions options) {
        try {
            return GmgJson.read(file, options);
        } catch (OutOfMemoryError e) {
            throw new TooLarge(file + ": " + TOO_LARGE);
        }
    }

    /** A dataset that does not fit in the heap: a problem of the data (exit 1), not a crash. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
