package dev.gmg.cli;

import dev.gmg.io.GmgCsv;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gmg export}: the whole dataset in one format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole dataset as JSON (canonical, as bundled), NDJSON (one activity a line) or CSV (one row per activity and participant, with labels). Writing to --out is atomic.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, ndjson, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "json, ndjson or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--hxl", description = "CSV only: add a second header row of HXL hashtags (#org+impl, #country+code, ...).")
    boolean hxl;

    @Override
    public Integer call() throws Exception {
        if (out != null && java.nio.file.Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !java.nio.file.Files.isRegularFile(out)) {
            throw new Gmg.UsageException("--out " + out + " exists and is not a regular file (a folder, device,"
                    + " pipe or dangling link); give the name of a new or regular file");
        }
        Dataset dataset = data.load();
        if (out != null) {
            switch (format) {
                case json -> GmgJson.write(dataset, out);
                case ndjson -> GmgJson.writeNdjson(dataset.activities(), out);
                case csv -> GmgCsv.write(dataset, out, hxl);
            }
            spec.commandLine().getErr().println("gmg: wrote " + dataset.activities().size() + " activities to " + out);
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
        }
        w.flush();
        return 0;
    }
}
