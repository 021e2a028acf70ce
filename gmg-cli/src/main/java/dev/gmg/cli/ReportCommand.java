package dev.gmg.cli;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import dev.gmg.report.ReportOptions;
import dev.gmg.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg report}: one self-contained HTML page of the dataset or a selection of it. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes one self-contained HTML page (no network needed to view it; it prints well): the agency x action-point matrix as a heat map, a timeline, a world map, a filterable list of the activities and charts of their status, kind and theme. A repeated option means OR; different options mean AND.",
        footer = {"", "Examples:",
            "  gmg report --out hld.html",
            "  gmg report --agency UNICEF --out unicef.html"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the page to FILE instead of standard output.")
    Path out;

    // The selection options: to be replaced by the shared query options and --where of the query language.
    @Option(names = "--action-point", paramLabel = "N|NAME", description = "Action point 1-8, section 2.1-2.8 or name.")
    List<String> actionPoints = new ArrayList<>();

    @Option(names = "--agency", paramLabel = "ID", description = "Agency by acronym, name or alias, with its sub-bodies.")
    List<String> agencies = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CODE|NAME", description = "Activities that name this country.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CODE|NAME", description = "Activities with a place in or overlapping this region or named area.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", description = "planned, ongoing or completed (as of May 2014).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "T", description = "children, women-and-gender, trafficking, remittances, ...")
    List<String> themes = new ArrayList<>();

    @Override
    public Integer call() {
        Dataset dataset = data.load();
        QueryResult result = Indexes.of(dataset).query(query(dataset));
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(Reports.html(dataset, result, ReportOptions.defaults()));
            w.flush();
            return 0;
        }
        try {
            Reports.html(dataset, result, out);
        } catch (IOException e) {
            throw new Gmg.UsageException("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("gmg: wrote the report of " + result.total()
                + (result.total() == 1 ? " activity" : " activities") + " to " + out);
        return 0;
    }

    /** The selection of the options. */
    private ActivityQuery query(Dataset dataset) {
        if (!countries.isEmpty() && !regions.isEmpty()) {
            throw usage("give --country or --region, not both: together they are not supported by gmg report yet");
        }
        ActivityQuery.Builder q = ActivityQuery.builder();
        try {
            actionPoints.forEach(p -> q.actionPoints(ActionPoint.parse(p)));
            agencies.forEach(a -> q.agencies(dataset.requireAgency(a).id()));
            for (String c : countries) {
                Place place = Gazetteer.standard().place(c);
                if (!place.isCountry()) {
                    throw usage("'" + c + "' is " + place.name() + ", not a country; use --region '" + c + "'");
                }
                q.countries(place);
            }
            regions.forEach(r -> q.regions(Gazetteer.standard().place(r)));
            statuses.forEach(s -> q.statuses(Status.parse(s)));
            themes.forEach(t -> q.themes(Theme.parse(t)));
        } catch (UnknownReferenceException e) {
            throw usage(e.getMessage());
        }
        return q.build();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
