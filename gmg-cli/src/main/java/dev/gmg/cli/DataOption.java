package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import dev.gmg.io.ReadOptions;
import dev.gmg.model.Dataset;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --data FILE} option, with the {@link ReadLimits reading limits}, shared by the commands that read a
 * dataset. Declared with picocli's programmatic API: see {@link Options}.
 */
final class DataOption {

    /** What the command line says when a file does not fit in the heap. */
    static final String TOO_LARGE = "file too large for the heap, use NDJSON or -Xmx (for example"
            + " JAVA_TOOL_OPTIONS=-Xmx4g)";

    private DataOption() {
    }

    /** For {@code @Command(modelTransformer = DataOption.Declare.class)}. */
    static final class Declare extends Options.Declare {
        @Override
        void declare(CommandSpec spec) {
            addTo(spec);
        }
    }

    static void addTo(CommandSpec spec) {
        spec.addOption(Options.single("--data", "FILE", Path.class,
                "A dataset JSON file to use instead of the bundled one; it is validated first."));
        ReadLimits.addTo(spec);
    }

    /** The dataset the parsed command line names: the bundled one, or the file given to {@code --data}, validated. */
    static Dataset load(CommandSpec spec) {
        Path file = Options.value(spec, "--data");
        if (file == null) {
            return Datasets.hld2014();
        }
        String problem = InputFiles.problem(file);
        if (problem != null) {
            throw new Gmg.UsageException(problem);
        }
        return read(file, ReadLimits.options(spec));
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
