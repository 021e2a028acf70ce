package dev.gmg.cli;

import dev.gmg.io.GmgCsv;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg query}: the activities that match every option given. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the activities that match. A repeated option means OR; different options mean AND. Agencies include their sub-bodies unless --exact-agency is given.",
        footer = {"", "Examples:",
            "  gmg query --agency ILO --region Europe --format ids",
            "  gmg query --action-point 7 --country Moldova",
            "  gmg query --agency \"UN Women\" --from 2014-01-01 --to 2014-12-31",
            "  gmg query --text \"labour migration academy\" --format json"})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, json, ndjson, csv, ids }

    enum SortOrder { date, id, title }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--action-point", paramLabel = "N|NAME",
            description = "Action point 1-8, section 2.1-2.8 or name (human-rights, costs, trafficking, ...).")
    List<String> actionPoints = new ArrayList<>();

    @Option(names = "--agency", paramLabel = "ID", description = "Agency by acronym, name or alias (\"UN Women\").")
    List<String> agencies = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", description = "Only participants in this role: lead, partner, funder, host. Alone: activities with a participant in that role.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--exact-agency", description = "Match the named agencies only, not their sub-bodies.")
    boolean exactAgency;

    @Option(names = "--country", paramLabel = "CODE|NAME",
            description = "Activities that name this country (ISO code or name), not those tagged only with a region around it.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CODE|NAME",
            description = "Activities with a place in or overlapping this M49 region or named area (Africa, 015, Arab region).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--include-global", description = "Let activities of worldwide scope match --country and --region too.")
    boolean includeGlobal;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Activities whose period overlaps a range starting on this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Activities whose period overlaps a range ending on this day.")
    LocalDate to;

    @Option(names = "--include-undated", description = "Let undated activities match --from and --to.")
    boolean includeUndated;

    @Option(names = "--status", paramLabel = "S", description = "planned, ongoing or completed (as of May 2014).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "meeting, publication, programme, campaign, data, research, training, ...")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "T", description = "children, women-and-gender, trafficking, remittances, health, ...")
    List<String> themes = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Every word must begin a word of the title or summary (case and accents ignored).")
    String text;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (default; undated last), id or title.")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N activities (the count line still counts all).")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, ndjson, csv or ids.")
    Format format;

    @Override
    public Integer call() {
        Dataset dataset = data.load();
        ActivityIndex index = Indexes.of(dataset);
        List<Place> regionPlaces = new ArrayList<>();
        List<Activity> matches = index.query(buildQuery(dataset, regionPlaces)).activities();
        if (!countries.isEmpty() && !regionPlaces.isEmpty()) {
            // The index treats countries and regions as one place facet (OR); on the command line different
            // options mean AND, so --country and --region are intersected here.
            Set<String> inRegions = index.query(ActivityQuery.builder()
                            .regions(regionPlaces.toArray(Place[]::new)).includeGlobal(includeGlobal).build())
                    .activities().stream().map(Activity::id).collect(Collectors.toSet());
            matches = matches.stream().filter(a -> inRegions.contains(a.id())).toList();
        }
        int total = matches.size();
        List<Activity> page = limit == null || limit >= total ? matches : matches.subList(0, limit);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case ids -> page.forEach(a -> out.println(a.id()));
            case ndjson -> page.forEach(a -> out.println(GmgJson.toNdjson(a)));
            case json -> out.print(jsonArray(page));
            case csv -> {
                StringWriter csv = new StringWriter();
                GmgCsv.write(dataset, page, csv, false);
                out.print(csv);
            }
            case table -> {
                out.print(Tables.activities(page));
                out.println(countLine(page.size(), total));
            }
        }
        out.flush();
        return 0;
    }

    static String jsonArray(List<Activity> activities) {
        if (activities.isEmpty()) {
            return "[]\n";
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < activities.size(); i++) {
            json.append("  ").append(GmgJson.toNdjson(activities.get(i))).append(i + 1 < activities.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    private static String countLine(int shown, int total) {
        String count = total + " activit" + (total == 1 ? "y" : "ies");
        return shown < total ? count + " match; " + shown + " shown (--limit)" : count + (total == 1 ? " matches" : " match");
    }

    /** The query of every option; the regions are added to {@code regionPlaces} and, without countries, to the query. */
    private ActivityQuery buildQuery(Dataset dataset, List<Place> regionPlaces) {
        ActivityQuery.Builder q = ActivityQuery.builder();
        try {
            for (String p : actionPoints) {
                q.actionPoints(ActionPoint.parse(p));
            }
            for (String a : agencies) {
                q.agencies(dataset.requireAgency(a).id());
            }
            roles.forEach(r -> q.agencyRoles(Role.parse(r)));
            q.includeSubBodies(!exactAgency);
            for (String c : countries) {
                Place place = Gazetteer.standard().place(c);
                if (!place.isCountry()) {
                    throw usage("'" + c + "' is " + place.name() + ", not a country; use --region '" + c + "'");
                }
                q.countries(place);
            }
            for (String r : regions) {
                regionPlaces.add(Gazetteer.standard().place(r));
            }
            if (countries.isEmpty()) {
                q.regions(regionPlaces.toArray(Place[]::new));
            }
            q.includeGlobal(includeGlobal);
            if (from != null || to != null) {
                LocalDate start = from == null ? LocalDate.MIN : from;
                LocalDate end = to == null ? LocalDate.MAX : to;
                if (end.isBefore(start)) {
                    throw usage("--to " + to + " is before --from " + from);
                }
                q.overlapping(start, end).includeUndated(includeUndated);
            }
            statuses.forEach(s -> q.statuses(Status.parse(s)));
            kinds.forEach(k -> q.kinds(ActivityKind.parse(k)));
            themes.forEach(t -> q.themes(Theme.parse(t)));
            q.text(text);
            q.sortBy(switch (sort) {
                case date -> ActivityQuery.Sort.DATE;
                case id -> ActivityQuery.Sort.ID;
                case title -> ActivityQuery.Sort.TITLE;
            });
            if (limit != null) {
                if (limit < 0) {
                    throw usage("--limit must be 0 or more, was " + limit);
                }
            }
        } catch (UnknownReferenceException e) {
            throw usage(e.getMessage());
        }
        return q.build();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
