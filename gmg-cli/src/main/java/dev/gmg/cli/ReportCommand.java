package dev.gmg.cli;

import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import dev.gmg.report.ReportOptions;
import dev.gmg.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg report}: one self-contained HTML page of the dataset or a selection of it. */
@Command(name = "report", modelTransformer = ReportCommand.Declare.class, sortOptions = false,
        description = "Writes one self-contained HTML page (no network needed to view it; it prints well): the agency x action-point matrix as a heat map, a timeline, a world map, a filterable list of the activities and charts of their status, kind and theme. A repeated option means OR; different options mean AND.",
        footer = {"", "Examples:",
            "  gmg report --out hld.html",
            "  gmg report --agency UNICEF --out unicef.html"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The options, declared with picocli's programmatic API as they are shared with {@code gmg query}. */
    static final class Declare extends Options.Declare {
        @Override
        void declare(CommandSpec spec) {
            DataOption.addTo(spec);
            spec.addOption(Options.single("--out", "FILE", Path.class,
                    "Write the page to FILE instead of standard output."));
            SelectionOptions.addTo(spec);
            Options.addHelp(spec);
        }
    }

    @Override
    public Integer call() {
        ActivityFilter filter = new SelectionOptions(spec).filter();
        Dataset dataset = DataOption.load(spec);
        Path out = Options.value(spec, "--out");
        QueryResult result;
        try {
            result = Indexes.of(dataset).query(ActivityQuery.of(filter));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage()); // an unknown name or activity id
        }
        ReportOptions options = ReportOptions.defaults().queryText(filter.toString())
                .leftOut(ReportOptions.LeftOut.of(result.leftOut().undated(), result.leftOut().placeless(),
                        result.leftOut().globalOnly()));
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(Reports.html(dataset, result, options));
            w.flush();
            return 0;
        }
        try {
            Reports.html(dataset, result, options, out);
        } catch (IOException e) {
            throw new Gmg.UsageException("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("gmg: wrote the report of " + result.total()
                + (result.total() == 1 ? " activity" : " activities") + " to " + out);
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
