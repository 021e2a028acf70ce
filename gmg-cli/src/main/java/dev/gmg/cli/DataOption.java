package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data FILE} option shared by the commands that read a dataset. */
final class DataOption {

    @Option(names = "--data", paramLabel = "FILE",
            description = "A dataset JSON file to use instead of the bundled one; it is validated first.")
    Path file;

    Dataset load() {
        if (file == null) {
            return Datasets.hld2014();
        }
        if (!Files.isRegularFile(file)) {
            throw new Gmg.UsageException("no such file: " + file);
        }
        return GmgJson.read(file);
    }
}
