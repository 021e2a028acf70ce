package dev.gmg.cli;

import dev.gmg.io.GmgCsv;
import dev.gmg.io.GmgJson;
import dev.gmg.model.Activity;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.LeftOut;
import dev.gmg.query.QueryResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code gmg query}: the activities that match every option given; each option is one leaf of the filter tree.
 * Declared with picocli's programmatic API rather than annotations, for a quicker start (see {@link Options}).
 */
final class QueryCommand implements Callable<Integer> {

    enum Format { table, json, ndjson, csv, ids, count }

    enum SortOrder { date, id, title }

    private CommandSpec spec;

    private QueryCommand() {
    }

    /** The command, its usage text and its options, in the order of {@code --help}. */
    static CommandSpec spec() {
        QueryCommand command = new QueryCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("query");
        command.spec = spec;
        spec.usageMessage().sortOptions(false)
                .description("Lists the activities that match. A repeated option means OR; different options mean AND."
                        + " Agencies include their sub-bodies unless --exact-agency is given.",
                    "--where takes the query language (see gmg-query/README.md) and is ANDed with the other options.")
                .footer("", "Examples:",
                    "  gmg query --agency ILO --region Europe --format ids",
                    "  gmg query --action-point 7 --country Moldova",
                    "  gmg query --where \"(point:6 OR point:8) AND region:Africa AND NOT status:completed\"",
                    "  gmg query --where \"agency:UNICEF/lead AND agency:OHCHR/partner\"",
                    "  gmg query --section 2.7 --precision day --format count");
        DataOption.addTo(spec);
        SelectionOptions.addTo(spec);
        spec.addOption(OptionSpec.builder("--sort").paramLabel("ORDER").type(SortOrder.class).defaultValue("date")
                .description("date (default; undated last), id or title.").build());
        spec.addOption(Options.single("--limit", "N", Integer.class,
                "Show at most N activities (the count line still counts all)."));
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("table")
                .description("table (default), json, ndjson, csv, ids or count.").build());
        Options.addHelp(spec);
        return spec;
    }

    @Override
    public Integer call() {
        ActivityQuery query = query(); // first: on the bundled data, while the data loads on the other thread
        Dataset dataset = DataOption.load(spec);
        QueryResult r;
        try {
            r = Indexes.of(dataset).query(query);
        } catch (UnknownReferenceException e) {
            throw usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage()); // an unknown activity id, or a country: leaf naming a region
        }
        List<Activity> page = r.activities();
        PrintWriter out = spec.commandLine().getOut();
        Format format = Options.value(spec, "--format");
        switch (format) {
            case ids -> page.forEach(a -> out.println(a.id()));
            case count -> out.println(r.total());
            case ndjson -> page.forEach(a -> out.println(GmgJson.toNdjson(a)));
            case json -> out.print(json(r));
            case csv -> {
                StringWriter csv = new StringWriter();
                GmgCsv.write(dataset, page, csv, false);
                out.print(csv);
            }
            case table -> {
                out.print(Tables.activities(page));
                out.println(countLine(page.size(), r.total()));
                leftOutLine(r.leftOut()).forEach(out::println);
            }
        }
        out.flush();
        return 0;
    }

    /** An object: the filter as the language writes it, the total, what was left out, and the page's activities. */
    static String json(QueryResult r) {
        LeftOut left = r.leftOut();
        StringBuilder json = new StringBuilder("{\n  \"filter\": ").append(jsonString(r.query().filter().toString()))
                .append(",\n  \"total\": ").append(r.total())
                .append(",\n  \"leftOut\": {\"undated\": ").append(left.undated()).append(", \"placeless\": ")
                .append(left.placeless()).append(", \"globalOnly\": ").append(left.globalOnly()).append("},\n")
                .append("  \"activities\": [");
        List<Activity> page = r.activities();
        for (int i = 0; i < page.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(GmgJson.toNdjson(page.get(i)));
        }
        json.append(page.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"derived\": {\n    \"note\": ").append(jsonString("Not part of the data: the SDG targets"
                + " and GCM objectives each activity reaches through its action points and themes, by the SDK's"
                + " crosswalk (gmg crosswalk)."))
                .append(",\n    \"links\": {");
        for (int i = 0; i < page.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("      ").append(jsonString(page.get(i).id())).append(": [")
                    .append(Crosswalk.standard().linksOf(page.get(i)).stream()
                            .map(l -> "{\"to\": \"" + l.to().id() + "\", \"strength\": \"" + l.strength() + "\"}")
                            .collect(Collectors.joining(", ")))
                    .append(']');
        }
        return json.append(page.isEmpty() ? "}\n  }\n}\n" : "\n    }\n  }\n}\n").toString();
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String countLine(int shown, int total) {
        String count = total + " activit" + (total == 1 ? "y" : "ies");
        return shown < total ? count + " match; " + shown + " shown (--limit)" : count + (total == 1 ? " matches" : " match");
    }

    /** "also not shown, as the filter could not judge them: ...", wrapped; nothing when nothing was left out. */
    static List<String> leftOutLine(LeftOut left) {
        if (left.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (left.undated() > 0) {
            parts.add(left.undated() + " undated (--include-undated, or OR undated)");
        }
        if (left.placeless() > 0) {
            parts.add(left.placeless() + " with no place (OR placeless)");
        }
        if (left.globalOnly() > 0) {
            parts.add(left.globalOnly() + " worldwide only (--include-global, or OR global)");
        }
        return TextTable.wrap("also not shown, as the filter could not judge them: " + String.join("; ", parts),
                Tables.WIDTH);
    }

    /** The selection as a filter; then the order and the page. */
    private ActivityQuery query() {
        ActivityFilter filter = new SelectionOptions(spec).filter();
        Integer limit = Options.value(spec, "--limit");
        SortOrder sort = Options.value(spec, "--sort");
        if (limit != null && limit < 0) {
            throw usage("--limit must be 0 or more, was " + limit);
        }
        ActivityQuery.Sort order = switch (sort) {
            case date -> ActivityQuery.Sort.DATE;
            case id -> ActivityQuery.Sort.ID;
            case title -> ActivityQuery.Sort.TITLE;
        };
        return ActivityQuery.of(filter).toBuilder().sortBy(order)
                .limit(limit == null ? Integer.MAX_VALUE : limit).build();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
