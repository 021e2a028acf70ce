package dev.gmg.cli;

import dev.gmg.io.GmgCsv;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.DatePrecision;
import dev.gmg.query.Filters;
import dev.gmg.query.LeftOut;
import dev.gmg.query.QueryResult;
import dev.gmg.query.QuerySyntaxException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gmg query}: the activities that match every option given; each option is one leaf of the filter tree. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the activities that match. A repeated option means OR; different options mean AND."
                + " Agencies include their sub-bodies unless --exact-agency is given.",
            "--where takes the query language (see gmg-query/README.md) and is ANDed with the other options."},
        footer = {"", "Examples:",
            "  gmg query --agency ILO --region Europe --format ids",
            "  gmg query --action-point 7 --country Moldova",
            "  gmg query --where \"(point:6 OR point:8) AND region:Africa AND NOT status:completed\"",
            "  gmg query --where \"agency:UNICEF/lead AND agency:OHCHR/partner\"",
            "  gmg query --section 2.7 --precision day --format count"})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, json, ndjson, csv, ids, count }

    enum SortOrder { date, id, title }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "A filter in the query language: point:7 AND (region:Africa OR global) AND NOT status:completed.")
    String where;

    @Option(names = "--action-point", paramLabel = "N|NAME",
            description = "Action point 1-8, section 2.1-2.8 or name (human-rights, costs, trafficking, ...).")
    List<String> actionPoints = new ArrayList<>();

    @Option(names = "--all-action-points", description = "Keep activities serving every --action-point given, not any.")
    boolean allActionPoints;

    @Option(names = "--agency", paramLabel = "ID", description = "Agency by acronym, name or alias (\"UN Women\").")
    List<String> agencies = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", description = "Only participants in this role: lead, partner, funder, host. Alone: activities with a participant in that role.")
    List<String> roles = new ArrayList<>();

    @Option(names = "--exact-agency", description = "Match the named agencies only, not their sub-bodies.")
    boolean exactAgency;

    @Option(names = "--agency-kind", paramLabel = "KIND",
            description = "A participant of this kind: fund-or-programme, specialized-agency, regional-commission, ...")
    List<String> agencyKinds = new ArrayList<>();

    @Option(names = "--gmg-only", description = "A participant (in --role, if given) is a member of the GMG.")
    boolean gmgOnly;

    @Option(names = "--country", paramLabel = "CODE|NAME",
            description = "Activities that name this country (ISO code or name), not those tagged only with a region around it.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CODE|NAME",
            description = "Activities with a place in or overlapping this M49 region or named area (Africa, 015, Arab region).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--place-role", paramLabel = "ROLE",
            description = "Only places in this role: venue, target, scope, origin. Alone: activities with a place in that role.")
    List<String> placeRoles = new ArrayList<>();

    @Option(names = "--include-global", description = "Let activities of worldwide scope match --country and --region too.")
    boolean includeGlobal;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Activities whose period overlaps a range starting on this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Activities whose period overlaps a range ending on this day.")
    LocalDate to;

    @Option(names = "--starts-within", paramLabel = "EDTF",
            description = "Activities whose period starts within this EDTF date or range (2014, 2014-06, 2014-01/2014-03).")
    String startsWithin;

    @Option(names = "--include-undated", description = "Let undated activities match --from, --to and --starts-within.")
    boolean includeUndated;

    @Option(names = "--precision", paramLabel = "P",
            description = "Dated this precisely: day, month, season, quarter, half-year, year, open.")
    List<String> precisions = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", description = "planned, ongoing or completed (as of May 2014).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "meeting, publication, programme, campaign, data, research, training, ...")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "T", description = "children, women-and-gender, trafficking, remittances, health, ...")
    List<String> themes = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Every word must begin a word of the title or summary (case and accents ignored).")
    String text;

    @Option(names = "--section", paramLabel = "S[#P]",
            description = "Cited from this section of the report (2.7, or 3 with its sub-sections), or paragraph (2.7#11).")
    List<String> sections = new ArrayList<>();

    @Option(names = "--part-of", paramLabel = "ID", description = "The parts of this initiative, at any depth.")
    String partOf;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (default; undated last), id or title.")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N activities (the count line still counts all).")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, ndjson, csv, ids or count.")
    Format format;

    @Override
    public Integer call() {
        Dataset dataset = data.load();
        ActivityQuery query = query();
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
        return json.append(page.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
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

    /** Every option as a leaf (or an OR of leaves, for a repeated option), ANDed; then the order and the page. */
    private ActivityQuery query() {
        List<ActivityFilter> and = new ArrayList<>();
        try {
            if (where != null) {
                and.add(ActivityFilter.parse(where));
            }
            List<ActivityFilter> points = map(actionPoints, p -> Filters.actionPoint(ActionPoint.parse(p)));
            if (!points.isEmpty()) {
                and.add(allActionPoints ? Filters.and(points) : Filters.or(points));
            }
            Role[] rs = roles.stream().map(Role::parse).toArray(Role[]::new);
            orOf(and, map(agencies, a -> exactAgency ? Filters.exactAgency(a, rs) : Filters.agency(a, rs)));
            orOf(and, map(agencyKinds, k -> Filters.agencyKind(AgencyKind.parse(k), rs)));
            if (gmgOnly) {
                and.add(Filters.gmgMember(rs));
            }
            if (rs.length > 0 && agencies.isEmpty() && agencyKinds.isEmpty() && !gmgOnly) {
                and.add(Filters.role(rs));
            }
            places(and);
            dates(and);
            orOf(and, map(precisions, p -> Filters.precision(DatePrecision.parse(p))));
            orOf(and, map(statuses, s -> Filters.status(Status.parse(s))));
            orOf(and, map(kinds, k -> Filters.kind(ActivityKind.parse(k))));
            orOf(and, map(themes, t -> Filters.theme(Theme.parse(t))));
            if (text != null && !text.isBlank()) {
                and.add(Filters.text(text));
            }
            orOf(and, map(sections, QueryCommand::section));
            if (partOf != null) {
                and.add(Filters.partOf(partOf));
            }
        } catch (QuerySyntaxException e) {
            throw usage("--where: " + e.getMessage() + "\n" + e.pointer().indent(2).stripTrailing());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (limit != null && limit < 0) {
            throw usage("--limit must be 0 or more, was " + limit);
        }
        ActivityQuery.Sort order = switch (sort) {
            case date -> ActivityQuery.Sort.DATE;
            case id -> ActivityQuery.Sort.ID;
            case title -> ActivityQuery.Sort.TITLE;
        };
        return ActivityQuery.of(Filters.and(and)).toBuilder().sortBy(order)
                .limit(limit == null ? Integer.MAX_VALUE : limit).build();
    }

    /** --country and --region: each an OR of its places (with the World too under --include-global), ANDed. */
    private void places(List<ActivityFilter> and) {
        PlaceRole[] pr = placeRoles.stream().map(PlaceRole::parse).toArray(PlaceRole[]::new);
        List<ActivityFilter> inCountries = new ArrayList<>();
        for (String c : countries) {
            Place place = Gazetteer.standard().place(c);
            if (!place.isCountry()) {
                throw usage("'" + c + "' is " + place.name() + ", not a country; use --region '" + c + "'");
            }
            inCountries.add(Filters.country(c, pr));
        }
        List<ActivityFilter> inRegions = new ArrayList<>();
        for (String r : regions) {
            Gazetteer.standard().place(r); // an unknown name fails here, with suggestions
            inRegions.add(Filters.region(r, pr));
        }
        for (List<ActivityFilter> group : List.of(inCountries, inRegions)) {
            if (!group.isEmpty()) {
                if (includeGlobal) {
                    group.add(Filters.global(pr));
                }
                and.add(Filters.or(group));
            }
        }
        if (countries.isEmpty() && regions.isEmpty() && pr.length > 0) {
            and.add(Filters.placeRole(pr));
        }
    }

    private void dates(List<ActivityFilter> and) {
        if (from != null || to != null) {
            LocalDate start = from == null ? LocalDate.MIN : from;
            LocalDate end = to == null ? LocalDate.MAX : to;
            if (end.isBefore(start)) {
                throw usage("--to " + to + " is before --from " + from);
            }
            and.add(orUndated(Filters.overlaps(start, end)));
        }
        if (startsWithin != null) {
            try {
                EdtfPeriod p = EdtfPeriod.parse(startsWithin);
                and.add(orUndated(Filters.startsWithin(p.earliest(), p.latest())));
            } catch (DateTimeParseException e) {
                throw usage("--starts-within: '" + startsWithin + "' is not an EDTF date or range such as 2014,"
                        + " 2014-06 or 2014-01-10/2014-03 (" + e.getMessage().replaceFirst("^Text '.*' is ", "") + ")");
            }
        }
    }

    private ActivityFilter orUndated(ActivityFilter f) {
        return includeUndated ? f.or(Filters.undated()) : f;
    }

    private static ActivityFilter section(String s) {
        int hash = s.indexOf('#');
        if (hash < 0) {
            return Filters.source(s);
        }
        try {
            return Filters.source(s.substring(0, hash), Integer.parseInt(s.substring(hash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--section '" + s + "': the paragraph after '#' must be a number");
        }
    }

    private static <T> List<ActivityFilter> map(List<String> values, Function<String, ActivityFilter> leaf) {
        return values.stream().map(leaf).toList();
    }

    private static void orOf(List<ActivityFilter> and, List<ActivityFilter> leaves) {
        if (!leaves.isEmpty()) {
            and.add(Filters.or(leaves));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
