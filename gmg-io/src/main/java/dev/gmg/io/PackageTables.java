package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityLink;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a {@link DataPackage}: one row per record, one table per list in the model, so that every field of
 * every activity and agency, and every place of the gazetteer, can be reached with plain joins.
 */
final class PackageTables {

    static final String ACTIVITIES = "activities";
    static final String AGENCIES = "agencies";
    static final String PLACES = "places";
    static final String ACTION_POINTS = "action_points";

    /** The levels of the M49 hierarchy, broadest first: a place's parent is taken from these. */
    private static final List<PlaceKind> HIERARCHY = List.of(PlaceKind.WORLD, PlaceKind.REGION,
            PlaceKind.SUB_REGION, PlaceKind.INTERMEDIATE_REGION, PlaceKind.COUNTRY);

    private PackageTables() {
    }

    /** Every table of the package for {@code dataset}, in the order of the descriptor. */
    static List<TableResource> of(Dataset dataset) {
        return List.of(activities(dataset), activityActionPoints(dataset), actionPoints(), participants(dataset),
                agencies(dataset), agencyAliases(dataset), activityPlaces(dataset), places(Gazetteer.standard()),
                placeMembers(Gazetteer.standard()), activityThemes(dataset), relatedActivities(dataset),
                sources(dataset), derivedLinks(dataset));
    }

    private static TableResource activities(Dataset dataset) {
        TableResource t = new TableResource(ACTIVITIES, "One row per activity, in the order of the report.")
                .required("id", "string", "Stable id of the activity (a lower-case slug).")
                .required("title", "string", "The name the report gives, or a short title of our own.")
                .required("summary", "string", "What the activity is, in the project's own words.")
                .coded("status", Status.class, "Where the activity stood at the report's date.")
                .coded("kind", ActivityKind.class, "What sort of activity this is.")
                .optional("period", "string", "When, as an EDTF (ISO 8601-2) date or interval; empty if undated.")
                .optional("start", "date", "The first day the period can include; empty if undated or open.")
                .optional("end", "date", "The last day the period can include; empty if undated or open.")
                .optional("part_of", "string", "Id of the larger activity this one is part of.")
                .required("report_order", "integer", "Position of the activity in the dataset, from 1.")
                .primaryKey("id")
                .foreignKey("part_of", "", "id");
        int order = 1;
        for (Activity a : dataset.activities()) {
            EdtfPeriod p = a.period().orElse(null);
            t.add(a.id(), a.title(), a.summary(), a.status().code(), a.kind().code(), p,
                    p == null || p.hasOpenStart() ? null : day(p.earliest()),
                    p == null || p.hasOpenEnd() ? null : day(p.latest()),
                    a.partOf().orElse(null), order++);
        }
        return t;
    }

    private static String day(LocalDate d) {
        return d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX) ? null : d.toString();
    }

    private static TableResource activityActionPoints(Dataset dataset) {
        TableResource t = activityLink("activity_action_points", "Which points of the agenda each activity serves.")
                .required("action_point", "integer", "Number of the action point, 1 to 8.")
                .primaryKey("activity", "action_point")
                .foreignKey("action_point", ACTION_POINTS, "number");
        dataset.activities().forEach(a -> a.actionPoints().forEach(p -> t.add(a.id(), p.number())));
        return t;
    }

    private static TableResource actionPoints() {
        TableResource t = new TableResource(ACTION_POINTS,
                "The eight points of the UN Secretary-General's agenda for action on migration.")
                .required("number", "integer", "The point's number, 1 to 8.")
                .required("section", "string", "The section of the report that covers it.")
                .required("code", "string", "A short code for the point.")
                .required("title", "string", "The point's title.")
                .primaryKey("number");
        for (ActionPoint p : ActionPoint.values()) {
            t.add(p.number(), p.section(), p.code(), p.title());
        }
        return t;
    }

    private static TableResource participants(Dataset dataset) {
        TableResource t = activityLink("participants", "Who takes part in each activity, and in which role.")
                .required("agency", "string", "Id of the agency.")
                .coded("role", Role.class, "What the agency does in the activity.")
                .primaryKey("activity", "agency", "role")
                .foreignKey("agency", AGENCIES, "id");
        for (Activity a : dataset.activities()) {
            for (Participant p : a.participants()) {
                t.add(a.id(), p.agencyId(), p.role().code());
            }
        }
        return t;
    }

    private static TableResource agencies(Dataset dataset) {
        TableResource t = new TableResource(AGENCIES, "Every organisation the dataset names.")
                .required("id", "string", "The id: the report's acronym where it has one.")
                .required("name", "string", "The full name.")
                .coded("kind", AgencyKind.class, "What kind of organisation this is.")
                .required("gmg_member", "boolean", "True for a member of the Global Migration Group in 2014.")
                .optional("parent", "string", "Id of the organisation this one belongs to.")
                .primaryKey("id")
                .foreignKey("parent", "", "id");
        for (Agency a : dataset.agencies()) {
            t.add(a.id(), a.name(), a.kind().code(), a.gmgMember(), a.parentId().orElse(null));
        }
        return t;
    }

    private static TableResource agencyAliases(Dataset dataset) {
        TableResource t = new TableResource("agency_aliases", "Other names and spellings of the agencies.")
                .required("agency", "string", "Id of the agency.")
                .required("alias", "string", "Another name or spelling.")
                .primaryKey("agency", "alias")
                .foreignKey("agency", AGENCIES, "id");
        dataset.agencies().forEach(a -> a.aliases().forEach(alias -> t.add(a.id(), alias)));
        return t;
    }

    private static TableResource activityPlaces(Dataset dataset) {
        TableResource t = activityLink("activity_places", "The places tied to each activity, and what each is to it.")
                .required("place", "string", "Code of the place (see places).")
                .coded("role", PlaceRole.class, "What the place is to the activity.")
                .primaryKey("activity", "place", "role")
                .foreignKey("place", PLACES, "code");
        for (Activity a : dataset.activities()) {
            for (ActivityPlace p : a.places()) {
                t.add(a.id(), p.place().code(), p.role().code());
            }
        }
        return t;
    }

    private static TableResource places(Gazetteer gazetteer) {
        TableResource t = new TableResource(PLACES, "Every place of the SDK's gazetteer: the world, the M49 regions,"
                + " countries and areas, and named areas that M49 lacks.")
                .required("code", "string", "ISO 3166-1 alpha-3 for a country, three-digit M49 code for a region,"
                        + " a slug for a named area.")
                .required("name", "string", "The name as M49 gives it, or ours for a named area.")
                .coded("kind", PlaceKind.class, "What level of the gazetteer the place is.")
                .optional("parent", "string", "The smallest place of the M49 hierarchy (world, region, sub-region,"
                        + " intermediate region, country) that contains this one; empty for the world.")
                .optional("m49", "string", "The three-digit M49 code, as text to keep its leading zeros.")
                .optional("iso2", "string", "The ISO 3166-1 alpha-2 code of a country.")
                .optional("note", "string", "How the place is defined where that is not obvious.")
                .primaryKey("code")
                .foreignKey("parent", "", "code");
        List<Place> hierarchy = gazetteer.places().stream().filter(p -> HIERARCHY.contains(p.kind())).toList();
        for (Place p : allPlaces(gazetteer)) {
            t.add(p.code(), p.name(), p.kind().code(), parent(p, hierarchy).map(Place::code).orElse(null),
                    p.m49().orElse(null), p.iso2().orElse(null), p.note().orElse(null));
        }
        return t;
    }

    /**
     * The smallest place of the M49 hierarchy that contains {@code place} and lies above it: for a country its
     * intermediate region or sub-region; for a place outside the hierarchy (a named area, or a place inside a
     * country), the smallest hierarchy place around all of its countries. {@code hierarchy} is every place of
     * the gazetteer at one of the hierarchy's levels.
     */
    private static Optional<Place> parent(Place place, List<Place> hierarchy) {
        int level = HIERARCHY.indexOf(place.kind());
        return hierarchy.stream()
                .filter(p -> !p.equals(place))
                .filter(p -> level < 0 || HIERARCHY.indexOf(p.kind()) < level)
                .filter(place::isWithin)
                .min(Comparator.comparingInt((Place p) -> p.countries().size())
                        .thenComparing(p -> -HIERARCHY.indexOf(p.kind())));
    }

    private static TableResource placeMembers(Gazetteer gazetteer) {
        TableResource t = new TableResource("place_members", "Every place with each country or area it covers,"
                + " a country covering itself: two places overlap when they share a country.")
                .required("place", "string", "Code of the place.")
                .required("country", "string", "Code of a country or area it covers.")
                .primaryKey("place", "country")
                .foreignKey("place", PLACES, "code")
                .foreignKey("country", PLACES, "code");
        for (Place p : allPlaces(gazetteer)) {
            p.countries().stream().sorted().forEach(c -> t.add(p.code(), c));
        }
        return t;
    }

    /** The gazetteer's places and its cities: a city is a place an activity can name, inside its country. */
    private static List<Place> allPlaces(Gazetteer gazetteer) {
        List<Place> all = new java.util.ArrayList<>(gazetteer.places());
        all.addAll(gazetteer.cities());
        return all;
    }

    private static TableResource activityThemes(Dataset dataset) {
        TableResource t = activityLink("activity_themes", "The topics each activity touches.")
                .coded("theme", Theme.class, "Code of the theme.")
                .primaryKey("activity", "theme");
        dataset.activities().forEach(a -> a.themes().forEach(th -> t.add(a.id(), th.code())));
        return t;
    }

    private static TableResource derivedLinks(Dataset dataset) {
        TableResource t = activityLink("derived_framework_links", "Derived, not part of the data: the SDG targets and"
                + " GCM objectives each activity reaches through its action points and themes, by the SDK's crosswalk"
                + " (gmg crosswalk; DATASET.md explains the rules).")
                .required("target", "string", "The SDG target (sdg:10.c) or GCM objective (gcm:6).")
                .coded("strength", LinkStrength.class, "direct: the target or objective names the same subject;"
                        + " related: it serves the same end by another route.")
                .required("via", "string", "The activity's action points and themes that lead there, separated by"
                        + " spaces (point:7 theme:statistics).")
                .primaryKey("activity", "target");
        for (Activity a : dataset.activities()) {
            for (ActivityLink l : Crosswalk.standard().linksOf(a)) {
                t.add(a.id(), l.to().id(), l.strength().code(),
                        String.join(" ", l.via().stream().map(Crosswalk::key).toList()));
            }
        }
        return t;
    }

    private static TableResource relatedActivities(Dataset dataset) {
        TableResource t = activityLink("related_activities", "Other activities closely linked to each activity.")
                .required("related", "string", "Id of the linked activity.")
                .primaryKey("activity", "related")
                .foreignKey("related", ACTIVITIES, "id");
        dataset.activities().forEach(a -> a.related().forEach(r -> t.add(a.id(), r)));
        return t;
    }

    private static TableResource sources(Dataset dataset) {
        TableResource t = activityLink("sources", "Where the report describes each activity.")
                .required("section", "string", "Section of the report, like 2.6 or 3.")
                .required("paragraph", "integer", "Paragraph within the section, from 1 (sub-headings do not"
                        + " reset the count).")
                .optional("subheading", "string", "The sub-heading the paragraph sits under, as the report spells it.")
                .primaryKey("activity", "section", "paragraph");
        for (Activity a : dataset.activities()) {
            for (SourceRef s : a.sources()) {
                t.add(a.id(), s.section(), s.paragraph(), s.subheading().orElse(null));
            }
        }
        return t;
    }

    /** A table whose rows belong to an activity: its first column refers to the activity. */
    private static TableResource activityLink(String name, String description) {
        return new TableResource(name, description)
                .required("activity", "string", "Id of the activity.")
                .foreignKey("activity", ACTIVITIES, "id");
    }
}
