package dev.gmg.cli;

import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gmg agencies}: every organisation of the dataset. */
@Command(name = "agencies", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Lists every organisation the report names, with the number of activities each takes part in.")
final class AgenciesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Option(names = "--gmg", description = "Only the members of the Global Migration Group.")
    boolean gmgOnly;

    @Override
    public Integer call() {
        Dataset dataset = DataOption.load(spec);
        Map<String, Integer> counts = Indexes.of(dataset).query(ActivityQuery.all()).facets().agencies();
        TextTable t = new TextTable("Id", "Name and kind", "Acts");
        int n = 0;
        for (Agency a : dataset.agencies()) {
            if (gmgOnly && !a.gmgMember()) {
                continue;
            }
            String kind = a.kind().label() + (a.gmgMember() ? "; GMG member" : "")
                    + a.parentId().map(p -> "; part of " + p).orElse("");
            t.add(a.id(), a.name() + "\n" + kind, String.valueOf(counts.getOrDefault(a.id(), 0)));
            n++;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(t.render(Tables.WIDTH));
        out.println(n + " agencies; Acts counts the activities each takes part in, in any role");
        out.flush();
        return 0;
    }
}
