package dev.gmg.cli;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gmg action-points}: the eight points of the agenda. */
@Command(name = "action-points", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Lists the eight points of the Secretary-General's agenda, with their codes and activity counts.")
final class ActionPointsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        Dataset dataset = DataOption.load(spec);
        Map<ActionPoint, Integer> counts = Indexes.of(dataset).query(ActivityQuery.all()).facets().actionPoints();
        TextTable t = new TextTable("No", "Point and code", "Acts");
        for (ActionPoint p : ActionPoint.values()) {
            t.add(String.valueOf(p.number()), p.title() + "\n" + p.code(), String.valueOf(counts.getOrDefault(p, 0)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(t.render(Tables.WIDTH));
        out.println("8 action points; use the number, the code or the title with --action-point");
        out.flush();
        return 0;
    }
}
