package dev.gmg.cli;

import dev.gmg.model.Coded;
import dev.gmg.model.Dataset;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.Facets;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gmg stats}: the dataset at a glance. */
@Command(name = "stats", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Summarises the dataset: counts by action point, status, kind, theme, region and year.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        Dataset dataset = DataOption.load(spec);
        Facets f = Indexes.of(dataset).query(ActivityQuery.all()).facets();
        PrintWriter out = spec.commandLine().getOut();
        TextTable.wrap(dataset.metadata().title(), Tables.WIDTH).forEach(out::println);
        out.println(dataset.metadata().publisher() + ", " + Labels.period(dataset.metadata().published())
                + "; dataset version " + dataset.metadata().version());
        out.println("International migrants: " + dataset.metadata().migrantStock().stream()
                .map(MigrantStock::toString).collect(Collectors.joining("; ")));
        out.println();
        TextTable.wrap(dataset.activities().size() + " activities, " + dataset.agencies().size() + " agencies ("
                + dataset.agencies().stream().filter(a -> a.gmgMember()).count() + " GMG members), "
                + f.agencies().size() + " of them taking part in an activity", Tables.WIDTH).forEach(out::println);
        TextTable points = new TextTable("Action point", "Acts");
        f.actionPoints().forEach((p, n) -> points.add(p.number() + " " + p.title(), String.valueOf(n)));
        out.println();
        out.print(points.render(Tables.WIDTH));
        section(out, "Status", labelled(f.statuses()));
        section(out, "Kind", labelled(f.kinds()));
        section(out, "Theme", labelled(f.themes()));
        section(out, "Region (M49 regions and named areas)", f.regions().entrySet().stream()
                .filter(e -> e.getKey().kind() != PlaceKind.WORLD)
                .filter(e -> e.getKey().kind() == PlaceKind.REGION || e.getKey().kind() == PlaceKind.NAMED_AREA)
                .collect(Collectors.toMap(e -> name(e.getKey()), Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        Map<String, Integer> years = f.years().entrySet().stream().collect(Collectors.toMap(
                e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        years.put("undated", f.undated());
        section(out, "Year (an activity counts in every year it spans)", years);
        out.flush();
        return 0;
    }

    private static String name(Place p) {
        return p.name() + " [" + p.code() + "]";
    }

    private static Map<String, Integer> labelled(Map<? extends Coded, Integer> counts) {
        return counts.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().label(), Map.Entry::getValue,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
        TextTable t = new TextTable(title, "Acts");
        counts.forEach((k, v) -> t.add(k, String.valueOf(v)));
        out.println();
        out.print(t.render(Tables.WIDTH));
    }
}
