package dev.gmg.cli;

import dev.gmg.io.DatasetDiff;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gmg diff OLD.json NEW.json}: what a new version of a dataset changed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists what changed from one version of a dataset to another: metadata fields, and agencies and activities added, removed or changed, with each changed field before and after. Records are matched by id.",
        footer = {"", "Exit codes: 0 compared (whether or not the files differ), 1 a file is not a valid dataset, 2 usage error."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The older dataset.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The newer dataset.")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default; + added, - removed, ~ changed) or json.")
    Format format;

    @Override
    public Integer call() {
        for (Path f : new Path[] {before, after}) {
            String problem = InputFiles.problem(f);
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), problem);
            }
        }
        Dataset old = GmgJson.read(before);
        Dataset current = GmgJson.read(after);
        DatasetDiff diff = DatasetDiff.between(old, current);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? diff.toJson() : diff.toText());
        out.flush();
        return 0;
    }
}
