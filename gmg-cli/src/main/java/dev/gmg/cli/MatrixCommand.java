package dev.gmg.cli;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.AgencyMatrix;
import dev.gmg.query.QueryResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gmg matrix}: who works on which point of the agenda. */
@Command(name = "matrix", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Counts the activities of each agency under each action point (an activity counts once per agency taking part in it, in any role, and once under each point it serves).")
final class MatrixCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), csv or json.")
    Format format;

    @Override
    public Integer call() {
        Dataset dataset = DataOption.load(spec);
        QueryResult all = Indexes.of(dataset).query(ActivityQuery.all());
        AgencyMatrix matrix = all.matrix();
        Map<String, Integer> totals = all.facets().agencies();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> {
                out.println("agency," + java.util.Arrays.stream(ActionPoint.values()).map(p -> "ap" + p.number())
                        .collect(Collectors.joining(",")) + ",total");
                for (String agency : matrix.agencies()) {
                    out.println(agency + "," + row(matrix, totals, agency).stream().map(String::valueOf)
                            .collect(Collectors.joining(",")));
                }
            }
            case json -> {
                List<String> rows = new ArrayList<>();
                for (String agency : matrix.agencies()) {
                    Map<ActionPoint, Integer> r = matrix.row(agency);
                    rows.add("  {\"agency\": \"" + agency + "\", \"activities\": " + totals.getOrDefault(agency, 0)
                            + ", \"actionPoints\": {" + r.entrySet().stream()
                            .map(e -> "\"" + e.getKey().number() + "\": " + e.getValue())
                            .collect(Collectors.joining(", ")) + "}}");
                }
                out.println(rows.isEmpty() ? "[]" : "[\n" + String.join(",\n", rows) + "\n]");
            }
            case table -> {
                String[] headers = new String[10];
                headers[0] = "Agency";
                for (ActionPoint p : ActionPoint.values()) {
                    headers[p.number()] = String.valueOf(p.number());
                }
                headers[9] = "All";
                TextTable t = new TextTable(headers);
                for (String agency : matrix.agencies()) {
                    List<Integer> r = row(matrix, totals, agency);
                    String[] cells = new String[10];
                    cells[0] = agency;
                    for (int i = 0; i < 9; i++) {
                        cells[i + 1] = r.get(i) == 0 ? "." : String.valueOf(r.get(i));
                    }
                    t.add(cells);
                }
                out.print(t.render(Tables.WIDTH));
                out.println(matrix.agencies().size() + " agencies x 8 action points; All = activities of the agency.");
                for (ActionPoint p : ActionPoint.values()) {
                    out.println("  " + p.number() + " " + p.title());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The eight counts, then the number of distinct activities of the agency. */
    private static List<Integer> row(AgencyMatrix matrix, Map<String, Integer> totals, String agency) {
        List<Integer> r = new ArrayList<>();
        for (ActionPoint p : ActionPoint.values()) {
            r.add(matrix.count(agency, p));
        }
        r.add(totals.getOrDefault(agency, 0));
        return r;
    }
}
