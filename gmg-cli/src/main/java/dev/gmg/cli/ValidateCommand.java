package dev.gmg.cli;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgFormatException;
import dev.gmg.io.GmgJson;
import dev.gmg.io.ReadOptions;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg validate FILE...}: checks dataset files and lists every problem. */
@Command(name = "validate", modelTransformer = ReadLimits.Declare.class, mixinStandardHelpOptions = true,
        description = "Checks .json datasets and .ndjson activity files against the format and every rule of the model, and lists each problem with its line, column and JSON path.",
        footer = {"", "Exit codes: 0 every file is valid, 1 a file has problems (or is too large for the heap), 2 usage error (no such file, unknown type, unreadable file)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files ending in .json (a dataset) or .ndjson (activities).")
    List<Path> files;

    @Option(names = "--agencies", paramLabel = "FILE",
            description = "For .ndjson files: the dataset whose agencies participants may name (default: the bundled one).")
    Path agencies;

    @Override
    public Integer call() {
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!name.endsWith(".json") && !name.endsWith(".ndjson")) {
                throw new ParameterException(spec.commandLine(), "cannot tell the type of '" + f
                        + "': name it *.json (a dataset) or *.ndjson (one activity a line)");
            }
            requireFile(f);
        }
        if (agencies != null) {
            requireFile(agencies);
        }
        ReadOptions options = ReadLimits.options(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset known = agencies == null ? Datasets.hld2014() : DataOption.read(agencies, options);
        int invalid = 0;
        for (Path f : files) {
            List<GmgFormatException.Problem> problems;
            try {
                problems = check(f, known, options);
            } catch (OutOfMemoryError e) {
                invalid++;
                err.println(f + ": " + DataOption.TOO_LARGE);
                continue;
            }
            if (problems.isEmpty()) {
                out.println(f + ": valid");
            } else {
                invalid++;
                err.println(f + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
                problems.forEach(p -> err.println("  " + located(f, p)));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? 0 : Gmg.INVALID_DATA;
    }

    private void requireFile(Path f) {
        String problem = InputFiles.problem(f);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    private static List<GmgFormatException.Problem> check(Path f, Dataset known, ReadOptions options) {
        try {
            if (f.getFileName().toString().endsWith(".json")) {
                GmgJson.read(f, options);
            } else {
                try (Stream<Activity> activities = GmgJson.readNdjson(f, known, options)) {
                    activities.forEach(a -> { });
                }
            }
            return List.of();
        } catch (GmgFormatException e) {
            return e.problems();
        }
    }

    /** file:line:column: path: message, the form editors and compilers use. */
    static String located(Path f, GmgFormatException.Problem p) {
        StringBuilder s = new StringBuilder(f.toString()).append(':');
        if (p.line() > 0) {
            s.append(p.line()).append(':');
            if (p.column() > 0) {
                s.append(p.column()).append(':');
            }
        }
        s.append(' ');
        if (!p.path().isEmpty()) {
            s.append(p.path()).append(": ");
        }
        return s.append(p.message()).toString();
    }
}
