package dev.gmg.cli;

import dev.gmg.io.GmgJson;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Coded;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.model.SourceRef;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg show ID}: one activity in full. */
@Command(name = "show", modelTransformer = DataOption.Declare.class, mixinStandardHelpOptions = true,
        description = "Shows one activity in full: who, what, where, when, and where the report says so.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Parameters(paramLabel = "ID", description = "The activity's id, as 'gmg query --format ids' prints it.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, was '" + format + "'");
        }
        Dataset dataset = DataOption.load(spec);
        Activity a = dataset.activity(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown activity '" + id + "'" + suggestion(dataset)));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(GmgJson.toNdjson(a));
            out.flush();
            return 0;
        }
        TextTable.wrap(a.title(), Tables.WIDTH).forEach(out::println);
        out.println("id: " + a.id());
        out.println();
        TextTable.wrap(a.summary(), Tables.WIDTH).forEach(out::println);
        out.println();
        field(out, "Action points", a.actionPoints().stream().map(p -> p.number() + " " + p.title()).toList());
        field(out, "Who", a.participants().stream().map(p -> agency(dataset, p)).toList());
        field(out, "Where", a.places().stream().map(ShowCommand::place).toList());
        field(out, "When", List.of(a.period().map(p -> Labels.period(p) + " (" + p + ")").orElse("not given")));
        field(out, "Status", List.of(a.status().label() + " (as of " + dataset.metadata().asOf() + ")"));
        field(out, "Kind", List.of(a.kind().label()));
        field(out, "Themes", a.themes().stream().map(Coded::label).toList());
        field(out, "Source", a.sources().stream().map(ShowCommand::source).toList());
        field(out, "Part of", a.partOf().map(p -> title(dataset, p)).stream().toList());
        field(out, "Related", a.related().stream().map(r -> title(dataset, r)).toList());
        out.flush();
        return 0;
    }

    private String suggestion(Dataset dataset) {
        List<String> close = dataset.activities().stream().map(Activity::id)
                .filter(i -> i.contains(id) || id.contains(i)).limit(3).toList();
        return close.isEmpty() ? "; 'gmg query --format ids' lists the ids"
                : ", did you mean " + close.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" or ")) + "?";
    }

    private static void field(PrintWriter out, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        String pad = " ".repeat(15);
        for (int i = 0; i < values.size(); i++) {
            List<String> lines = TextTable.wrap(values.get(i), Tables.WIDTH - pad.length());
            for (int j = 0; j < lines.size(); j++) {
                String head = i == 0 && j == 0 ? String.format("%-15s", name + ":") : pad;
                out.println(head + lines.get(j));
            }
        }
    }

    private static String agency(Dataset dataset, Participant p) {
        String name = dataset.agency(p.agencyId()).map(x -> x.name()).orElse(p.agencyId());
        return p.agencyId() + " (" + name + "), " + p.role().label().toLowerCase();
    }

    private static String place(ActivityPlace p) {
        return p.place().name() + " [" + p.place().code() + "], " + p.role().label().toLowerCase();
    }

    private static String source(SourceRef s) {
        return "section " + s.section() + ", paragraph " + s.paragraph() + s.subheading().map(h -> " (" + h + ")").orElse("");
    }

    private static String title(Dataset dataset, String id) {
        return dataset.activity(id).map(x -> x.title() + " [" + id + "]").orElse(id);
    }
}
