package dev.gmg.io;

import dev.gmg.model.internal.Suggestions;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Coded;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns located {@link Node} trees into model objects, collecting a located problem for every field that is
 * missing, unknown, of the wrong type or not a known code, instead of stopping at the first. A part that has
 * problems is not built (its method returns null), so the model's builders never see bad input; anything they
 * still refuse becomes a problem at the part's path.
 */
final class Binder {

    static final List<String> DATASET_FIELDS = List.of("metadata", "agencies", "activities");
    static final List<String> METADATA_FIELDS =
            List.of("title", "publisher", "published", "asOf", "version", "migrantStock");
    static final List<String> STOCK_FIELDS = List.of("year", "millions");
    static final List<String> AGENCY_FIELDS = List.of("id", "name", "kind", "gmgMember", "parent", "aliases");
    static final List<String> ACTIVITY_FIELDS = List.of("id", "title", "summary", "actionPoints", "participants",
            "places", "period", "status", "kind", "themes", "sources", "partOf", "related");
    static final List<String> PARTICIPANT_FIELDS = List.of("agency", "role");
    static final List<String> PLACE_FIELDS = List.of("place", "role");
    static final List<String> SOURCE_FIELDS = List.of("section", "subheading", "paragraph");

    private static final Set<String> SOURCE_REQUIRED = Set.of("section", "paragraph");
    /** Each required set as an array (by identity): iterating an immutable set is slow on the hot path. */
    private static final Map<Set<String>, String[]> REQUIRED = new java.util.IdentityHashMap<>();
    /** Each field list as a set, for a quick look-up. */
    private static final Map<List<String>, Set<String>> KNOWN = new java.util.IdentityHashMap<>();

    static {
        for (List<String> l : List.of(DATASET_FIELDS, METADATA_FIELDS, STOCK_FIELDS, AGENCY_FIELDS, ACTIVITY_FIELDS,
                PARTICIPANT_FIELDS, PLACE_FIELDS, SOURCE_FIELDS)) {
            KNOWN.put(l, Set.copyOf(l));
        }
    }

    private static final Set<String> METADATA_REQUIRED = Set.of("title", "publisher", "published", "asOf",
            "version");
    private static final Set<String> AGENCY_REQUIRED = Set.of("id", "name", "kind");
    private static final Set<String> ACTIVITY_REQUIRED = Set.of("id", "title", "summary", "actionPoints",
            "participants", "status", "kind");

    static {
        for (Set<String> r : List.of(METADATA_REQUIRED, AGENCY_REQUIRED, ACTIVITY_REQUIRED, SOURCE_REQUIRED)) {
            REQUIRED.put(r, r.toArray(String[]::new));
        }
        KNOWN.values().forEach(r -> REQUIRED.put(r, r.toArray(String[]::new)));
    }

    /** Each vocabulary's constants by code: {@code code()} builds its string on every call. */
    private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> m = new HashMap<>();
            for (Object e : type.getEnumConstants()) {
                m.put(((Coded) e).code(), e);
            }
            return Map.copyOf(m);
        }
    };

    final Problems problems;

    Binder(Problems problems) {
        this.problems = problems;
    }

    DatasetMetadata metadata(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, METADATA_FIELDS, METADATA_REQUIRED);
        var b = DatasetMetadata.builder();
        String title = string(n, "title", path);
        String publisher = string(n, "publisher", path);
        EdtfPeriod published = period(n, "published", path);
        LocalDate asOf = date(n, "asOf", path);
        String version = string(n, "version", path);
        List<Node> stock = array(n, "migrantStock", path);
        if (stock != null) {
            for (int i = 0; i < stock.size(); i++) {
                MigrantStock s = migrantStock(stock.get(i), Paths.item(Paths.field(path, "migrantStock"), i));
                if (s != null) {
                    b.addMigrantStock(s);
                }
            }
        }
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> b.title(title).publisher(publisher).published(published).asOf(asOf)
                .version(version).build());
    }

    MigrantStock migrantStock(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, STOCK_FIELDS, KNOWN.get(STOCK_FIELDS));
        Integer year = integer(n, "year", path);
        Integer millions = integer(n, "millions", path);
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> MigrantStock.of(year, millions));
    }

    // ------------------------------------------------------------------------------------------------ agency

    Agency agency(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, AGENCY_FIELDS, AGENCY_REQUIRED);
        String id = id(n, path, "an agency id such as 'UN-Women'");
        String name = string(n, "name", path);
        AgencyKind kind = code(n, "kind", path, AgencyKind.class, "agency kind");
        Boolean member = bool(n, "gmgMember", path);
        String parent = string(n, "parent", path);
        if (id != null && id.equals(parent)) {
            problems.at(n.fields.get("parent"), Paths.field(path, "parent"), "an agency cannot be its own parent",
                    "the id of another agency", Text.quote(parent), List.of());
        }
        List<String> aliases = strings(n, "aliases", path);
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> {
            var b = Agency.builder().id(id).name(name).kind(kind).addAllAliases(aliases);
            if (member != null) {
                b.gmgMember(member);
            }
            if (parent != null) {
                b.parentId(parent);
            }
            return b.build();
        });
    }

    // ---------------------------------------------------------------------------------------------- activity

    Activity activity(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, ACTIVITY_FIELDS, ACTIVITY_REQUIRED);
        var b = Activity.builder();
        String id = id(n, path, "a lower-case id such as 'ilo-fair-recruitment-initiative'");
        String title = string(n, "title", path);
        String summary = string(n, "summary", path);

        List<Node> points = array(n, "actionPoints", path);
        if (points != null) {
            if (points.isEmpty() && n.fields.get("actionPoints").kind == Node.Kind.ARRAY) {
                problems.at(n.fields.get("actionPoints"), Paths.field(path, "actionPoints"),
                        "an activity needs at least one action point", "a number from 1 to 8", "an empty array",
                        List.of());
            }
            Set<ActionPoint> seen = new HashSet<>();
            for (int i = 0; i < points.size(); i++) {
                ActionPoint p = actionPoint(points.get(i), Paths.item(Paths.field(path, "actionPoints"), i));
                if (p != null && !seen.add(p)) {
                    duplicate(points.get(i), Paths.item(Paths.field(path, "actionPoints"), i),
                            "action point " + p.number());
                } else if (p != null) {
                    b.addActionPoints(p);
                }
            }
        }

        List<Node> participants = array(n, "participants", path);
        if (participants != null) {
            if (participants.isEmpty()) {
                problems.at(n.fields.get("participants"), Paths.field(path, "participants"),
                        "an activity needs at least one participant", "an object like {\"agency\": \"ILO\","
                                + " \"role\": \"lead\"}", "an empty array", List.of());
            }
            Set<Participant> seen = new HashSet<>();
            for (int i = 0; i < participants.size(); i++) {
                String p = Paths.item(Paths.field(path, "participants"), i);
                Participant part = participant(participants.get(i), p);
                if (part != null && !seen.add(part)) {
                    duplicate(participants.get(i), p, "participant " + part);
                } else if (part != null) {
                    b.addParticipants(part);
                }
            }
        }

        List<Node> places = array(n, "places", path);
        if (places != null) {
            Set<ActivityPlace> seen = new HashSet<>();
            for (int i = 0; i < places.size(); i++) {
                String p = Paths.item(Paths.field(path, "places"), i);
                ActivityPlace place = place(places.get(i), p);
                if (place != null && !seen.add(place)) {
                    duplicate(places.get(i), p, "place " + place);
                } else if (place != null) {
                    b.addPlaces(place);
                }
            }
        }

        EdtfPeriod period = period(n, "period", path);
        Status status = code(n, "status", path, Status.class, "status");
        ActivityKind kind = code(n, "kind", path, ActivityKind.class, "activity kind");

        List<Node> themes = array(n, "themes", path);
        if (themes != null) {
            Set<Theme> seen = new HashSet<>();
            for (int i = 0; i < themes.size(); i++) {
                String p = Paths.item(Paths.field(path, "themes"), i);
                Theme t = code(themes.get(i), p, Theme.class, "theme");
                if (t != null && !seen.add(t)) {
                    duplicate(themes.get(i), p, "theme '" + t.code() + "'");
                } else if (t != null) {
                    b.addThemes(t);
                }
            }
        }

        List<Node> sources = array(n, "sources", path);
        if (sources != null) {
            for (int i = 0; i < sources.size(); i++) {
                SourceRef s = source(sources.get(i), Paths.item(Paths.field(path, "sources"), i));
                if (s != null) {
                    b.addSources(s);
                }
            }
        }

        String partOf = string(n, "partOf", path);
        if (partOf != null && partOf.equals(id)) {
            problems.at(n.fields.get("partOf"), Paths.field(path, "partOf"), "an activity cannot be part of itself",
                    "the id of another activity", Text.quote(partOf), List.of());
        }
        List<String> related = strings(n, "related", path);
        for (int i = 0; i < related.size(); i++) {
            if (related.get(i).equals(id)) {
                problems.at(n.fields.get("related").items.get(i), Paths.item(Paths.field(path, "related"), i),
                        "an activity cannot be related to itself", "the id of another activity",
                        Text.quote(id), List.of());
            }
        }
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> {
            b.id(id).title(title).summary(summary).status(status).kind(kind).addAllRelated(related);
            if (period != null) {
                b.period(period);
            }
            if (partOf != null) {
                b.partOf(partOf);
            }
            return b.build();
        });
    }

    Participant participant(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, PARTICIPANT_FIELDS, KNOWN.get(PARTICIPANT_FIELDS));
        String agency = string(n, "agency", path);
        Role role = code(n, "role", path, Role.class, "role");
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> Participant.of(agency, role));
    }

    ActivityPlace place(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, PLACE_FIELDS, KNOWN.get(PLACE_FIELDS));
        Place place = null;
        String code = string(n, "place", path);
        if (code != null) {
            place = place(n.fields.get("place"), Paths.field(path, "place"), code);
        }
        PlaceRole role = code(n, "role", path, PlaceRole.class, "place role");
        if (problems.count > before) {
            return null;
        }
        Place p = place;
        return build(n, path, () -> ActivityPlace.of(p, role));
    }

    /** A place by its exact code; a name or alpha-2 code that the gazetteer knows is a problem naming the code. */
    Place place(Node at, String path, String code) {
        Gazetteer gazetteer = Gazetteer.standard();
        Place exact = gazetteer.byCode(code).orElse(null);
        if (exact != null) {
            return exact;
        }
        String expected = "a place code: ISO 3166-1 alpha-3 for a country, the three-digit M49 code for a region,"
                + " or a named area such as 'arab-region'";
        Place byName = gazetteer.find(code).orElse(null);
        if (byName != null) {
            problems.at(at, path, "a place is given by its code: write '" + byName.code() + "' for "
                    + Text.quote(code) + " (" + byName.name() + ")", expected, Text.quote(code),
                    List.of(byName.code()));
            return null;
        }
        List<String> suggestions = new ArrayList<>();
        for (String s : gazetteer.suggest(code)) {
            gazetteer.find(s).map(Place::code).filter(c -> !suggestions.contains(c)).ifPresent(suggestions::add);
        }
        String hint = Suggestions.didYouMean(suggestions);
        problems.at(at, path, "unknown place " + Text.quote(code) + (hint.isEmpty() ? "; expected " + expected
                : ", " + hint), expected, Text.quote(code), suggestions);
        return null;
    }

    SourceRef source(Node n, String path) {
        if (!expectObject(n, path)) {
            return null;
        }
        int before = problems.count;
        checkFields(n, path, SOURCE_FIELDS, SOURCE_REQUIRED);
        String section = string(n, "section", path);
        String subheading = string(n, "subheading", path);
        Integer paragraph = integer(n, "paragraph", path);
        if (problems.count > before) {
            return null;
        }
        return build(n, path, () -> {
            var b = SourceRef.builder().section(section).paragraph(paragraph);
            if (subheading != null) {
                b.subheading(subheading);
            }
            return b.build();
        });
    }

    ActionPoint actionPoint(Node n, String path) {
        if (n.kind != Node.Kind.INTEGER) {
            problems.type(n, path, "an action point number from 1 to 8");
            return null;
        }
        long v = parseLong(n.text);
        if (v < 1 || v > 8) {
            problems.at(n, path, "action point must be 1 to 8, found " + n.text, "1 to 8", n.text, List.of());
            return null;
        }
        return ActionPoint.of((int) v);
    }

    // ------------------------------------------------------------------------------------------ field helpers

    private boolean expectObject(Node n, String path) {
        if (n.kind != Node.Kind.OBJECT) {
            problems.type(n, path, "an object");
            return false;
        }
        return true;
    }

    /**
     * Reports {@code name}, a field that is none of {@code known}, at {@code path}, with the known fields it
     * probably meant.
     */
    static void unknownField(Problems problems, String path, String name, List<String> known, int line,
            int column) {
        unknownField(problems, path, name, known, line, column, "");
    }

    /** {@link #unknownField(Problems, String, String, List, int, int)} with {@code more} said after it. */
    static void unknownField(Problems problems, String path, String name, List<String> known, int line,
            int column, String more) {
        List<String> near = Suggestions.suggest(name, known);
        String hint = Suggestions.didYouMean(near);
        problems.add(path, line, column, "unknown field " + Text.quote(name) + (hint.isEmpty()
                ? "; known fields are " + String.join(", ", known) : ", " + hint) + more,
                "one of " + String.join(", ", known), Text.quote(name), near);
    }

    /** Reports unknown fields (with near misses) and missing required fields. */
    private void checkFields(Node n, String path, List<String> known, Set<String> required) {
        Set<String> knownSet = KNOWN.get(known);
        for (Map.Entry<String, Node> e : n.unknownFields == 0 ? Map.<String, Node>of().entrySet()
                : n.fields.entrySet()) {
            if (!knownSet.contains(e.getKey())) {
                unknownField(problems, Paths.field(path, e.getKey()), e.getKey(), known, e.getValue().keyLine,
                        e.getValue().keyColumn);
            }
        }
        boolean missing = false;
        String[] requiredNames = REQUIRED.get(required);
        for (String name : requiredNames != null ? requiredNames : required.toArray(String[]::new)) {
            missing |= !n.fields.containsKey(name);
        }
        for (int i = 0; missing && i < known.size(); i++) {
            String name = known.get(i);
            if (required.contains(name) && !n.fields.containsKey(name)) {
                problems.at(n, Paths.field(path, name), "missing required field '" + name + "'",
                        "field '" + name + "'", "no such field", List.of());
            }
        }
    }

    /** The id field: a non-empty string. */
    private String id(Node n, String path, String expected) {
        String id = string(n, "id", path);
        if (id != null && id.isBlank()) {
            problems.at(n.fields.get("id"), Paths.field(path, "id"), "the id must not be empty", expected,
                    Text.quote(id), List.of());
            return null;
        }
        return id;
    }

    /** A string field without control characters; null when absent or wrong. */
    private String string(Node n, String name, String path) {
        Node v = n.fields.get(name);
        if (v == null) {
            return null;
        }
        if (v.kind == Node.Kind.STRING && Text.isPlain(v.text)) {
            return v.text; // the common case, without building the path
        }
        return string(v, Paths.field(path, name));
    }

    private String string(Node v, String path) {
        if (v.kind != Node.Kind.STRING) {
            problems.type(v, path, "a string");
            return null;
        }
        int surrogate = Text.firstLoneSurrogate(v.text);
        if (surrogate >= 0) {
            problems.at(v, path, String.format("lone surrogate \\u%04X at index %d: not a Unicode character (a"
                    + " \\u escape of half a pair?)", (int) v.text.charAt(surrogate), surrogate), "Unicode text",
                    Text.quote(v.text), List.of());
            return null;
        }
        int control = Text.firstControl(v.text);
        if (control >= 0) {
            problems.at(v, path, String.format("control character U+%04X at index %d; text fields hold one line"
                    + " of printable text", (int) v.text.charAt(control), control), "printable text",
                    Text.quote(v.text), List.of());
            return null;
        }
        return v.text;
    }

    /** An array of strings; empty when absent or wrong. Duplicates are problems. */
    private List<String> strings(Node n, String name, String path) {
        List<Node> items = array(n, name, path);
        List<String> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            String p = Paths.item(Paths.field(path, name), i);
            String s = string(items.get(i), p);
            if (s != null && out.contains(s)) {
                duplicate(items.get(i), p, Text.quote(s));
            } else if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Node> array(Node n, String name, String path) {
        Node v = n.fields.get(name);
        if (v == null) {
            return null;
        }
        if (v.kind != Node.Kind.ARRAY) {
            problems.type(v, Paths.field(path, name), "an array");
            return null;
        }
        return v.items;
    }

    private Integer integer(Node n, String name, String path) {
        Node v = n.fields.get(name);
        if (v == null) {
            return null;
        }
        if (v.kind != Node.Kind.INTEGER) {
            problems.type(v, Paths.field(path, name), "an integer");
            return null;
        }
        long value = parseLong(v.text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            problems.at(v, Paths.field(path, name), "integer out of range: " + v.text, "an integer up to "
                    + Integer.MAX_VALUE, v.text, List.of());
            return null;
        }
        return (int) value;
    }

    private Boolean bool(Node n, String name, String path) {
        Node v = n.fields.get(name);
        if (v == null) {
            return null;
        }
        if (v.kind != Node.Kind.BOOLEAN) {
            problems.type(v, Paths.field(path, name), "true or false");
            return null;
        }
        return Boolean.valueOf(v.text);
    }

    private EdtfPeriod period(Node n, String name, String path) {
        Node v = n.fields.get(name);
        return v == null ? null : period(v, Paths.field(path, name));
    }

    EdtfPeriod period(Node v, String path) {
        String text = string(v, path);
        if (text == null) {
            return null;
        }
        try {
            return EdtfPeriod.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path, v.line, v.column == 0 ? 0 : v.column + 1 + e.getErrorIndex(),
                    "invalid period: " + e.getMessage(), "an EDTF date or interval such as 2014-11-10, 2014-06,"
                            + " 2014-23 (autumn), 2014-40 (first half), 2014 or 2014/2017", Text.quote(text),
                    List.of());
            return null;
        }
    }

    private LocalDate date(Node n, String name, String path) {
        String text = string(n, name, path);
        if (text == null) {
            return null;
        }
        Node v = n.fields.get(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Paths.field(path, name), v.line, v.column == 0 ? 0 : v.column + 1 + e.getErrorIndex(),
                    "invalid date " + Text.quote(text) + ": expected a day as YYYY-MM-DD", "a day as YYYY-MM-DD",
                    Text.quote(text), List.of());
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E code(Node n, String name, String path, Class<E> type, String what) {
        Node v = n.fields.get(name);
        return v == null ? null : code(v, Paths.field(path, name), type, what);
    }

    /** A vocabulary term by its exact code; a label or a near miss is a problem that names the code. */
    <E extends Enum<E> & Coded> E code(Node v, String path, Class<E> type, String what) {
        if (v.kind == Node.Kind.STRING) {
            Object exact = CODES.get(type).get(v.text);
            if (exact != null) {
                return type.cast(exact);
            }
        }
        E[] all = type.getEnumConstants();
        String codes = Arrays.stream(all).map(Coded::code).collect(Collectors.joining(", "));
        if (v.kind != Node.Kind.STRING) {
            problems.type(v, path, "a " + what + " code (one of " + codes + ")");
            return null;
        }
        for (E e : all) {
            if (e.code().equals(v.text)) {
                return e;
            }
        }
        List<String> suggestions = new ArrayList<>();
        String key = key(v.text);
        for (E e : all) {
            if (!key.isEmpty() && (key.equals(key(e.code())) || key.equals(key(e.label()))
                    || key.equals(key(e.name())))) {
                suggestions.add(e.code());
            }
        }
        if (suggestions.isEmpty()) {
            suggestions.addAll(Suggestions.suggest(v.text, Arrays.stream(all).map(Coded::code).toList()));
        }
        String hint = Suggestions.didYouMean(suggestions);
        problems.at(v, path, "unknown " + what + " " + Text.quote(v.text) + (hint.isEmpty()
                ? "; expected one of " + codes : ", " + hint), "one of " + codes, Text.quote(v.text), suggestions);
        return null;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private void duplicate(Node at, String path, String what) {
        problems.at(at, path, what + " is listed twice", "each value once", "a repeat", List.of());
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Runs a model builder; an invariant it still refuses becomes a problem at the part's path. */
    private <T> T build(Node at, String path, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.at(at, path, String.valueOf(e.getMessage()));
            return null;
        }
    }
}
