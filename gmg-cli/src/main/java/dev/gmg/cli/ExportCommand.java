package dev.gmg.cli;

import dev.gmg.io.DataPackage;
import dev.gmg.io.GmgCsv;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg export}: the whole dataset in one format. */
@Command(name = "export", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Writes the whole dataset as JSON (canonical, as bundled), NDJSON (one activity a line), CSV (one row per activity and participant, with labels) or a Frictionless Data Package (a folder of CSV tables with datapackage.json, for Python, R and SQL). Writing to --out is atomic.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, ndjson, csv, datapackage }

    @Spec
    CommandSpec spec;


    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "json, ndjson, csv or datapackage.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output; for datapackage (required), the folder to write.")
    Path out;

    @Option(names = "--hxl", description = "CSV only: add a second header row of HXL hashtags (#org+impl, #country+code, ...).")
    boolean hxl;

    @Override
    public Integer call() throws Exception {
        if (format == Format.datapackage && out == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format datapackage writes a folder of files: name it with --out DIR");
        }
        if (format != Format.datapackage && out != null
                && java.nio.file.Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !java.nio.file.Files.isRegularFile(out)) {
            // a data package's --out is a folder, refused by DataPackage.write if it is anything else
            throw new Gmg.UsageException("--out " + out + " exists and is not a regular file (a folder, device,"
                    + " pipe or dangling link); give the name of a new or regular file");
        }
        Dataset dataset = DataOption.load(spec);
        if (out != null) {
            switch (format) {
                case json -> GmgJson.write(dataset, out);
                case ndjson -> GmgJson.writeNdjson(dataset.activities(), out);
                case csv -> GmgCsv.write(dataset, out, hxl);
                case datapackage -> DataPackage.write(dataset, out);
            }
            spec.commandLine().getErr().println("gmg: wrote " + dataset.activities().size() + " activities to " + out
                    + " (dataset version " + dataset.metadata().version() + ")");
            return 0;
        }
        PrintWriter w = spec.commandLine().getOut();
        switch (format) {
            case json -> w.print(GmgJson.toJson(dataset));
            case ndjson -> dataset.activities().forEach(a -> w.println(GmgJson.toNdjson(a)));
            case csv -> {
                StringWriter csv = new StringWriter();
                GmgCsv.write(dataset, dataset.activities(), csv, hxl);
                w.print(csv);
            }
            case datapackage -> throw new IllegalStateException("checked above: datapackage needs --out");
        }
        w.flush();
        return 0;
    }
}
