package dev.gmg.cli;

import dev.gmg.io.GmgCrosswalk;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.CrosswalkLink;
import dev.gmg.model.Dataset;
import dev.gmg.model.Framework;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.LinkStrength;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gmg crosswalk}: how the 2013 agenda links to the SDG targets and the GCM objectives. */
@Command(name = "crosswalk", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = {"Prints the crosswalk from the points and themes of the 2013 agenda to the SDG targets (2015) and the objectives of the Global Compact for Migration (2018): every link with its strength and reason. This is the SDK's interpretation; an activity's links are derived from its points and themes.",
                "With --refs: the targets and objectives with the number of activities that reach each. With --matrix: the targets or objectives against the eight action points."})
final class CrosswalkCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv or json (the whole crosswalk, valid against crosswalk.schema.json).")
    Format format;

    @Option(names = "--refs", description = "List the SDG targets and GCM objectives with their activity counts.")
    boolean refs;

    @Option(names = "--matrix", paramLabel = "sdg|gcm",
            description = "Count the activities reaching each SDG target or GCM objective, by action point.")
    Framework matrix;

    @Override
    public Integer call() {
        Crosswalk cw = Crosswalk.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (matrix != null) {
            matrix(cw, DataOption.load(spec), matrix, out);
        } else if (refs) {
            refs(cw, DataOption.load(spec), out);
        } else if (format == Format.json) {
            out.print(GmgCrosswalk.toJson(cw));
        } else if (format == Format.csv) {
            out.print(GmgCrosswalk.toCsv(cw));
        } else {
            TextTable t = new TextTable("To", "Strength", "From: why");
            for (CrosswalkLink l : cw.links()) {
                t.add(l.to().id(), l.strength().code(), Crosswalk.key(l.from()) + ": " + l.rationale());
            }
            cw.noLinks().forEach((from, reason) -> t.add("-", "none", Crosswalk.key(from) + ": " + reason));
            out.print(t.render(Tables.WIDTH));
            out.println(cw.links().size() + " links; direct = the target or objective names the same subject,");
            out.println("related = it serves the same end by another route. --refs lists the targets and");
            out.println("objectives, --matrix sdg|gcm counts activities by action point.");
        }
        out.flush();
        return 0;
    }

    private static void refs(Crosswalk cw, Dataset dataset, PrintWriter out) {
        TextTable t = new TextTable("Target or objective", "Direct", "All");
        for (FrameworkRef r : cw.refs()) {
            long direct = dataset.activities().stream().filter(a -> cw.reaches(a, r, LinkStrength.DIRECT)).count();
            long all = dataset.activities().stream().filter(a -> cw.reaches(a, r, LinkStrength.RELATED)).count();
            t.add(r.id() + "  " + r.label(), String.valueOf(direct), String.valueOf(all));
        }
        out.print(t.render(Tables.WIDTH));
        out.println("Direct: activities linked directly; All: directly or by a related link.");
    }

    private static void matrix(Crosswalk cw, Dataset dataset, Framework framework, PrintWriter out) {
        Map<FrameworkRef, Map<ActionPoint, Integer>> m = cw.matrix(dataset.activities(), framework);
        String[] headers = new String[9];
        headers[0] = framework.label();
        for (ActionPoint p : ActionPoint.values()) {
            headers[p.number()] = String.valueOf(p.number());
        }
        TextTable t = new TextTable(headers);
        for (FrameworkRef r : cw.refs(framework)) {
            Map<ActionPoint, Integer> row = m.getOrDefault(r, Map.of());
            String[] cells = new String[9];
            cells[0] = r.id() + "  " + r.label();
            for (ActionPoint p : ActionPoint.values()) {
                int n = row.getOrDefault(p, 0);
                cells[p.number()] = n == 0 ? "." : String.valueOf(n);
            }
            t.add(cells);
        }
        out.print(t.render(Tables.WIDTH));
        out.println("Activities reaching each " + framework.label() + " (directly or not), by action point.");
    }
}
