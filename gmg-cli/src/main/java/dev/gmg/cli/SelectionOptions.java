package dev.gmg.cli;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Framework;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.DatePrecision;
import dev.gmg.query.Filters;
import dev.gmg.query.QuerySyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options that select activities, shared by {@code gmg query} and {@code gmg report}: each option is one leaf of
 * the filter tree, a repeated option an OR of leaves, and different options (and {@code --where}) are ANDed.
 */
final class SelectionOptions {

    private final CommandSpec spec;
    private final String where;
    private final List<String> actionPoints;
    private final boolean allActionPoints;
    private final List<String> agencies;
    private final List<String> roles;
    private final boolean exactAgency;
    private final List<String> agencyKinds;
    private final boolean gmgOnly;
    private final List<String> countries;
    private final List<String> regions;
    private final List<String> placeRoles;
    private final boolean includeGlobal;
    private final LocalDate from;
    private final LocalDate to;
    private final String startsWithin;
    private final boolean includeUndated;
    private final List<String> precisions;
    private final List<String> statuses;
    private final List<String> kinds;
    private final List<String> themes;
    private final String text;
    private final List<String> sections;
    private final String partOf;
    private final List<String> sdgTargets;
    private final List<String> gcmObjectives;
    private final boolean directOnly;
    private final List<String> outcomes;

    /** The values of the selection options on the parsed command line of {@code spec}. */
    SelectionOptions(CommandSpec spec) {
        this.spec = spec;
        this.where = Options.value(spec, "--where");
        this.actionPoints = Options.strings(spec, "--action-point");
        this.allActionPoints = Options.isSet(spec, "--all-action-points");
        this.agencies = Options.strings(spec, "--agency");
        this.roles = Options.strings(spec, "--role");
        this.exactAgency = Options.isSet(spec, "--exact-agency");
        this.agencyKinds = Options.strings(spec, "--agency-kind");
        this.gmgOnly = Options.isSet(spec, "--gmg-only");
        this.countries = Options.strings(spec, "--country");
        this.regions = Options.strings(spec, "--region");
        this.placeRoles = Options.strings(spec, "--place-role");
        this.includeGlobal = Options.isSet(spec, "--include-global");
        this.from = Options.value(spec, "--from");
        this.to = Options.value(spec, "--to");
        this.startsWithin = Options.value(spec, "--starts-within");
        this.includeUndated = Options.isSet(spec, "--include-undated");
        this.precisions = Options.strings(spec, "--precision");
        this.statuses = Options.strings(spec, "--status");
        this.kinds = Options.strings(spec, "--kind");
        this.themes = Options.strings(spec, "--theme");
        this.text = Options.value(spec, "--text");
        this.sections = Options.strings(spec, "--section");
        this.partOf = Options.value(spec, "--part-of");
        this.sdgTargets = Options.strings(spec, "--sdg");
        this.gcmObjectives = Options.strings(spec, "--gcm");
        this.directOnly = Options.isSet(spec, "--direct-only");
        this.outcomes = Options.strings(spec, "--outcome");
    }

    /** Declares the options, in the order of {@code --help}. */
    static void addTo(CommandSpec spec) {
        spec.addOption(Options.single("--where", "EXPR", String.class,
                "A filter in the query language: point:7 AND (region:Africa OR global) AND NOT status:completed."));
        spec.addOption(Options.repeated("--action-point", "N|NAME",
                "Action point 1-8, section 2.1-2.8 or name (human-rights, costs, trafficking, ...)."));
        spec.addOption(Options.flag("--all-action-points",
                "Keep activities serving every --action-point given, not any."));
        spec.addOption(Options.repeated("--agency", "ID",
                "Agency by acronym, name or alias (\"UN Women\")."));
        spec.addOption(Options.repeated("--role", "ROLE",
                "Only participants in this role: lead, partner, funder, host. Alone: activities with a participant in that role."));
        spec.addOption(Options.flag("--exact-agency",
                "Match the named agencies only, not their sub-bodies."));
        spec.addOption(Options.repeated("--agency-kind", "KIND",
                "A participant of this kind: fund-or-programme, specialized-agency, regional-commission, ..."));
        spec.addOption(Options.flag("--gmg-only",
                "A participant (in --role, if given) is a member of the GMG."));
        spec.addOption(Options.repeated("--country", "CODE|NAME",
                "Activities that name this country (ISO code or name), not those tagged only with a region around it."));
        spec.addOption(Options.repeated("--region", "CODE|NAME",
                "Activities with a place in or overlapping this M49 region or named area (Africa, 015, Arab region)."));
        spec.addOption(Options.repeated("--place-role", "ROLE",
                "Only places in this role: venue, target, scope, origin. Alone: activities with a place in that role."));
        spec.addOption(Options.flag("--include-global",
                "Let activities of worldwide scope match --country and --region too."));
        spec.addOption(OptionSpec.builder("--from").paramLabel("YYYY-MM-DD").type(LocalDate.class)
                .converters(new DateConverter())
                .description("Activities whose period overlaps a range starting on this day.").build());
        spec.addOption(OptionSpec.builder("--to").paramLabel("YYYY-MM-DD").type(LocalDate.class)
                .converters(new DateConverter())
                .description("Activities whose period overlaps a range ending on this day.").build());
        spec.addOption(Options.single("--starts-within", "EDTF", String.class,
                "Activities whose period starts within this EDTF date or range (2014, 2014-06, 2014-01/2014-03)."));
        spec.addOption(Options.flag("--include-undated",
                "Let undated activities match --from, --to and --starts-within."));
        spec.addOption(Options.repeated("--precision", "P",
                "Dated this precisely: day, month, season, quarter, half-year, year, open."));
        spec.addOption(Options.repeated("--status", "S",
                "planned, ongoing or completed (as of May 2014)."));
        spec.addOption(Options.repeated("--kind", "K",
                "meeting, publication, programme, campaign, data, research, training, ..."));
        spec.addOption(Options.repeated("--theme", "T",
                "children, women-and-gender, trafficking, remittances, health, ..."));
        spec.addOption(Options.single("--text", "WORDS", String.class,
                "Every word must begin a word of the title or summary (case and accents ignored)."));
        spec.addOption(Options.repeated("--section", "S[#P]",
                "Cited from this section of the report (2.7, or 3 with its sub-sections), or paragraph (2.7#11)."));
        spec.addOption(Options.single("--part-of", "ID", String.class,
                "The parts of this initiative, at any depth."));
        spec.addOption(Options.repeated("--sdg", "TARGET",
                "Activities reaching this SDG target (10.7, 10.c, 17.18 ...) through their points and themes, by the crosswalk (gmg crosswalk)."));
        spec.addOption(Options.repeated("--gcm", "N",
                "Activities reaching this objective (1-23) of the Global Compact for Migration, by the crosswalk."));
        spec.addOption(Options.flag("--direct-only",
                "With --sdg or --gcm: direct links only."));
        spec.addOption(Options.repeated("--outcome", "ID",
                "Activities serving this outcome of the 2013 HLD (gmg outcomes lists them)."));
    }

    /**
     * Every option as a leaf (or an OR of leaves, for a repeated option), ANDed.
     *
     * @return the filter; {@code Filters.and()} of nothing when no option is given
     */
    ActivityFilter filter() {
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
            orOf(and, map(sections, SelectionOptions::section));
            LinkStrength strength = directOnly ? LinkStrength.DIRECT : LinkStrength.RELATED;
            orOf(and, map(sdgTargets, t -> Filters.framework(Crosswalk.standard().ref(Framework.SDG, t), strength)));
            orOf(and, map(gcmObjectives, o -> Filters.framework(Crosswalk.standard().ref(Framework.GCM, o), strength)));
            orOf(and, map(outcomes, Filters::outcome));
            if (partOf != null) {
                and.add(Filters.partOf(partOf));
            }
        } catch (QuerySyntaxException e) {
            throw usage("--where: " + e.getMessage() + "\n" + e.pointer().indent(2).stripTrailing());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return Filters.and(and);
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
