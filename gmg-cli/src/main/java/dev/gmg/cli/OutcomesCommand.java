package dev.gmg.cli;

import dev.gmg.model.Activity;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.HldOutcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gmg outcomes}: the outcomes of the 2013 HLD that the report invokes. */
@Command(name = "outcomes", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Lists the outcomes of the 2013 High-level Dialogue the report works from: the eight points of the Secretary-General's agenda, the points of the HLD Declaration the report invokes, and the crisis initiative, each with the paragraphs that invoke it and the number of activities that serve it through their action points and themes.")
final class OutcomesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() {
        Dataset dataset = DataOption.load(spec);
        Crosswalk cw = Crosswalk.standard();
        TextTable t = new TextTable("Outcome and id", "Kind", "Cited", "Acts");
        for (HldOutcome o : cw.outcomes()) {
            long n = dataset.activities().stream().filter((Activity a) -> cw.serves(a, o)).count();
            t.add(o.label() + "\n" + o.id(), o.kind().code(),
                    o.sources().stream().map(s -> s.section() + "#" + s.paragraph()).collect(Collectors.joining(" ")),
                    String.valueOf(n));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(t.render(Tables.WIDTH));
        out.println(cw.outcomes().size() + " outcomes; an activity serves one when it has one of its action points");
        out.println("or themes. Cited: section#paragraph of the report.");
        out.flush();
        return 0;
    }
}
