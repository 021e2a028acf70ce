package dev.gmg.io;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.internal.Suggestions;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The streaming reader of a dataset document: the top-level object is read field by field, each agency and each
 * activity is read into a small located tree, bound, checked and dropped before the next one is read. So memory
 * holds the model being built and one item, never the document. Unknown fields are refused as they are met and
 * their values skipped. References that may point forward ({@code partOf}, {@code related}, and participants
 * when the activities come before the agencies) are kept with their place and resolved at the end.
 */
final class Reading {

    static final TreeReader.Shape METADATA = TreeReader.Shape.of(Binder.METADATA_FIELDS)
            .with("migrantStock", TreeReader.Shape.of(Binder.STOCK_FIELDS));
    static final TreeReader.Shape AGENCY = TreeReader.Shape.of(Binder.AGENCY_FIELDS);
    static final TreeReader.Shape ACTIVITY = TreeReader.Shape.of(Binder.ACTIVITY_FIELDS)
            .with("participants", TreeReader.Shape.of(Binder.PARTICIPANT_FIELDS))
            .with("places", TreeReader.Shape.of(Binder.PLACE_FIELDS))
            .with("sources", TreeReader.Shape.of(Binder.SOURCE_FIELDS));

    /** A reference kept until the end of the document, with its place. */
    private record Reference(String path, int line, int column, String id, int activity) {
    }

    /**
     * A {@code partOf} ({@code item} -1) or {@code related} id of the activity at {@code index} in the document, kept
     * until its end with its place; its path is made only for a problem.
     */
    private record ActivityRef(int index, int item, int line, int column, String id) {
        String path() {
            String activity = Paths.item("activities", index);
            return item < 0 ? Paths.field(activity, "partOf") : Paths.item(Paths.field(activity, "related"), item);
        }
    }

    private final TreeReader in;
    private final Problems problems;
    private final Binder binder;
    private final boolean validate;
    /** The bytes of the activity being read, for reading it again on the located path; null: no quick path. */
    private final ReplayBuffer replay;
    private final ReadOptions options;
    private final String source;
    private DirectBinder direct;

    private DatasetMetadata metadata;
    private final List<Agency> agencies = new ArrayList<>();
    /** Ids of every agency given, bound or not, so that a reference to a broken agency is not also "unknown". */
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private final Set<String> agencyIds = agencyIndex.keySet();
    private boolean agenciesRead;
    private final List<Reference> parents = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    /** Every activity id given, bound or not, as fingerprints. */
    private final IdTable activityIds = new IdTable();
    private final List<Reference> participantsToResolve = new ArrayList<>();
    private final List<ActivityRef> activityReferences = new ArrayList<>();
    /** The {@code partOf} links of the activities bound, for the cycles among them. */
    private final PartOfLinks partOfLinks = new PartOfLinks();

    private Reading(TreeReader in, Problems problems, boolean validate, ReplayBuffer replay, ReadOptions options,
            String source) {
        this.in = in;
        this.problems = problems;
        this.binder = new Binder(problems);
        this.validate = validate;
        this.replay = replay;
        this.options = options;
        this.source = source;
        if (replay != null) {
            // no agency is known before the agencies are read: activities that come first take the located path
            direct = new DirectBinder(in.parser, in, DirectBinder.agencies(List.of()), true, true, replay);
        }
    }

    /** Reads a whole dataset document; throws {@link GmgFormatException} listing every problem. */
    static Dataset dataset(JsonParser parser, String source, boolean validate, ReadOptions options) {
        return dataset(parser, source, validate, options, null);
    }

    /**
     * Reads a whole dataset document; throws {@link GmgFormatException} listing every problem. With the
     * {@link ReplayBuffer} the parser reads from, valid activities take the quick path ({@link DirectBinder}).
     */
    static Dataset dataset(JsonParser parser, String source, boolean validate, ReadOptions options,
            ReplayBuffer replay) {
        Problems problems = new Problems();
        TreeReader in = new TreeReader(parser, problems, options, source);
        try {
            in.startItem("the document");
            JsonToken first = in.next();
            if (first == null) {
                problems.add("", 1, 1, "the input is empty; expected a JSON object", "a JSON object",
                        "nothing", List.of());
                throw problems.exception(source);
            }
            Dataset d = new Reading(in, problems, validate, replay, options, source).document(first);
            in.startItem("the document");
            TokenStreamLocation end = parser.currentLocation();
            JsonToken extra;
            try {
                extra = parser.nextToken();
            } catch (tools.jackson.core.JacksonException e) {
                if (e instanceof tools.jackson.core.exc.JacksonIOException
                        || e instanceof tools.jackson.core.exc.StreamConstraintsException) {
                    throw in.stop(e);
                }
                TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : end;
                problems.add("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document", "end of input", "more text", List.of());
                throw problems.exception(source);
            }
            if (extra != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                problems.add("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document", "end of input", "more JSON", List.of());
            }
            problems.throwIfAny(source);
            return d;
        } catch (TreeReader.Stop stop) {
            throw problems.exception(source);
        }
    }

    /**
     * Reads a dataset object starting at the parser's current token (for {@link GmgModule}). Returns null with
     * the problems recorded when it is not valid.
     */
    static Dataset datasetAtCurrentToken(JsonParser parser, Problems problems) {
        TreeReader in = new TreeReader(parser, problems, ReadOptions.defaults(), null);
        try {
            in.startItem("the document");
            Dataset d = new Reading(in, problems, true, null, ReadOptions.defaults(), null)
                    .document(parser.currentToken());
            return problems.isEmpty() ? d : null;
        } catch (TreeReader.Stop stop) {
            return null;
        }
    }

    /** The exception for an input that cannot be read at all, naming it. */
    static UncheckedIOException unreadable(String source, Throwable cause) {
        java.io.IOException io = cause instanceof java.io.IOException e ? e : new java.io.IOException(cause);
        return new UncheckedIOException("cannot read " + (source == null ? "the input" : source) + ": "
                + IoReason.of(io), io);
    }

    private Dataset document(JsonToken first) {
        TokenStreamLocation rootAt = in.location();
        if (first != JsonToken.START_OBJECT) {
            Node root = first == JsonToken.START_ARRAY ? Node.array(rootAt.getLineNr(), rootAt.getColumnNr())
                    : in.value(first, TreeReader.Shape.ANY);
            in.skip(first);
            problems.type(root, "", "an object");
            return null;
        }
        Node root = Node.object(rootAt.getLineNr(), rootAt.getColumnNr());
        Map<String, int[]> seen = new LinkedHashMap<>();
        JsonToken t;
        while ((t = in.next()) == JsonToken.PROPERTY_NAME) {
            String name = in.parser.currentName();
            TokenStreamLocation keyAt = in.location();
            JsonToken value = in.next();
            int[] first0 = seen.putIfAbsent(name, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
            if (first0 != null) {
                problems.add(Paths.field("", name), keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate field '"
                        + Text.visible(name) + "' (first given at line " + first0[0] + ", column " + first0[1]
                        + ")", "each field once", "'" + Text.visible(name) + "' again", List.of());
                in.skip(value);
                continue;
            }
            switch (name) {
                case "metadata" -> {
                    in.startItem("the metadata");
                    Node n = in.value(value, METADATA);
                    metadata = binder.metadata(n, "metadata");
                    if (metadata != null && validate) {
                        validated(metadata, n, "metadata");
                    }
                }
                case "agencies" -> items(value, "agencies",
                        (item, i) -> agency(in.value(item, AGENCY), i, Paths.item("agencies", i)));
                case "activities" -> items(value, "activities", this::activity);
                default -> {
                    Binder.unknownField(problems, Paths.field("", name), name, Binder.DATASET_FIELDS,
                            keyAt.getLineNr(), keyAt.getColumnNr());
                    in.startItem("the value of an unknown field");
                    in.skip(value);
                }
            }
            in.startItem("the document");
        }
        for (String name : Binder.DATASET_FIELDS) {
            if (!seen.containsKey(name)) {
                problems.at(root, name, "missing required field '" + name + "'", "field '" + name + "'",
                        "no such field", List.of());
            }
        }
        if (validate) {
            resolveReferences();
        }
        if (!problems.isEmpty() || metadata == null) {
            return null;
        }
        try {
            return Dataset.builder().metadata(metadata).agencies(agencies).activities(activities).build();
        } catch (IllegalStateException e) {
            problems.at(root, "", e.getMessage());
            return null;
        }
    }

    /** Reads the item of an array that starts at token {@code first}. */
    private interface ItemReader {
        void read(JsonToken first, int index);
    }

    private void items(JsonToken start, String name, ItemReader reader) {
        String what = name.equals("agencies") ? "an agency" : "an activity";
        if (start != JsonToken.START_ARRAY) {
            in.startItem(what);
            Node n = in.value(start, TreeReader.Shape.ANY);
            problems.type(n, name, "an array");
            return;
        }
        int i = 0;
        JsonToken t;
        while (true) {
            in.startItem(what);
            t = in.next();
            if (t == JsonToken.END_ARRAY || t == null) {
                break;
            }
            reader.read(t, i);
            i++;
        }
        if (name.equals("agencies")) {
            agenciesRead = true;
            if (direct != null) {
                direct.agencies = DirectBinder.agencies(agencyIds);
            }
            if (validate) {
                resolveParents();
                participantsToResolve.forEach(this::resolveParticipant);
                participantsToResolve.clear();
            }
        }
    }

    private static String idOf(Node item) {
        Node id = item.fields.get("id");
        return id != null && id.kind == Node.Kind.STRING && !id.text.isBlank() ? id.text : null;
    }

    private void agency(Node item, int index, String path) {
        String id = idOf(item);
        Integer first = id == null ? null : agencyIndex.putIfAbsent(id, index);
        Agency agency = binder.agency(item, path);
        if (first != null) {
            problems.at(item.fields.get("id"), path + ".id", "duplicate agency id '" + Text.visible(id) + "': "
                    + Paths.item("agencies", first) + " has the same id", "a unique id", Text.quote(id), List.of());
            return;
        }
        if (agency == null) {
            return;
        }
        if (validate) {
            validated(agency, item, path);
        }
        agencies.add(agency);
        Node parent = item.fields.get("parent");
        if (parent != null && agency.parentId().isPresent()) {
            parents.add(new Reference(path + ".parent", parent.line, parent.column, agency.parentId().get(),
                    agencies.size() - 1));
        }
    }

    /** Reads the activity that starts at token {@code t}: on the quick path when it can, else on the located one. */
    private void activity(JsonToken t, int index) {
        TokenStreamLocation start = direct == null || t != JsonToken.START_OBJECT ? null : in.location();
        if (start == null || !isByte(start.getByteOffset(), '{')) {
            direct = null;
            activity(in.value(t, ACTIVITY), index, Paths.item("activities", index));
            return;
        }
        long from = start.getByteOffset();
        replay.record(from);
        try {
            quickOrAgain(from, start, index);
        } finally {
            replay.forget();
        }
    }

    /** Binds the activity being recorded on the quick path, or reads its bytes again on the located path. */
    private void quickOrAgain(long from, TokenStreamLocation start, int index) {
        Activity activity;
        // up to where the parser is, so that the last token read is whole in the copy too; also when the quick
        // path had no doubt, since the replay places a parser failure, which the quick path does not track
        in.beforeStop = itemLimit -> again(from, in.parser.currentLocation().getByteOffset(), start, index, false,
                itemLimit);
        try {
            activity = direct.activity();
        } catch (tools.jackson.core.JacksonException e) {
            in.valueStart = in.location();
            throw in.stop(e);
        }
        in.beforeStop = null;
        if (activity != null && activityIds.putIfAbsent(activity.id(), index) < 0) {
            for (DirectBinder.Ref r : direct.references) {
                activityReferences.add(new ActivityRef(index, r.item(), r.line(), r.column(), r.id()));
                if (r.item() < 0) {
                    partOfLinks.add(activity.id(), r.id(), r.line(), r.column(), index);
                }
            }
            activities.add(activity);
            return;
        }
        long to = in.location().getByteOffset() + 1;
        if (!isByte(to - 1, '}')) {
            throw new IllegalStateException("the bytes kept of activity " + index + " do not end with '}'");
        }
        again(from, to, start, index, true, false);
    }

    /** Whether the input's byte at {@code offset} is kept and is {@code c}. */
    private boolean isByte(long offset, char c) {
        return replay.byteAt(offset) == c;
    }

    /**
     * Reads an activity again on the located path, from the copy of its bytes {@code from..to}. A whole activity
     * is bound and checked; a part of one (the reader stopped inside it) is read only for the problems its tree
     * shows, and the copy's early end is not one of them.
     *
     * @param itemLimit whether the reader stopped at the per-item limit (a part of an activity only)
     * @return whether the copy reported the reader's stop itself (the per-item limit, broken by the same token)
     */
    private boolean again(long from, long to, TokenStreamLocation start, int index, boolean whole,
            boolean itemLimit) {
        String path = Paths.item("activities", index);
        byte[] bytes = replay.bytes(from, to);
        if (bytes == null) {
            throw new IllegalStateException("the bytes of " + path + " were not kept");
        }
        TreeReader copy = new TreeReader(TreeReader.factory(options).createParser(
                tools.jackson.core.ObjectReadContext.empty(), bytes), problems, options, source);
        copy.pathPrefix = path;
        Node node;
        problems.relocate(start.getLineNr(), start.getColumnNr());
        try (JsonParser p = copy.parser) {
            copy.startItem("an activity");
            node = copy.value(copy.next(), ACTIVITY);
        } catch (TreeReader.Stop stop) {
            if (whole) {
                throw stop;
            }
            if (itemLimit && copy.stoppedAtItemLimit) {
                // the copy ends with the token that broke the limit, so it breaks it too: its problem, which may
                // name the unknown field being skipped, is the one the located path reports
                return true;
            }
            if (!copy.stoppedAtItemLimit) {
                // the copy fails where the reader failed, or at its cut there: in the same name or value
                in.replayedPath = copy.stopPath;
            }
            problems.removeLast(); // the copy's early end, or a limit broken by a token the cut left whole
            return false;
        } finally {
            problems.stopRelocating();
        }
        if (whole) {
            node.shift(start.getLineNr(), start.getColumnNr());
            activity(node, index, path);
        }
        return false;
    }

    private void activity(Node item, int index, String path) {
        String id = idOf(item);
        int first = id == null ? -1 : activityIds.putIfAbsent(id, index);
        Activity activity = binder.activity(item, path);
        if (validate) {
            participants(item, path);
        }
        if (first >= 0) {
            problems.at(item.fields.get("id"), path + ".id", "duplicate activity id '" + Text.visible(id) + "': "
                    + Paths.item("activities", first) + " has the same id", "a unique id", Text.quote(id),
                    List.of());
            return;
        }
        if (activity == null) {
            return;
        }
        if (validate) {
            Rules.activity(activity, item, path, problems);
            Node partOf = item.fields.get("partOf");
            if (partOf != null && activity.partOf().isPresent()) {
                activityReferences.add(new ActivityRef(index, -1, partOf.line, partOf.column,
                        activity.partOf().get()));
                partOfLinks.add(activity.id(), activity.partOf().get(), partOf.line, partOf.column, index);
            }
            List<String> related = activity.related();
            for (int j = 0; j < related.size(); j++) {
                Node r = item.fields.get("related").items.get(j);
                activityReferences.add(new ActivityRef(index, j, r.line, r.column, related.get(j)));
            }
        }
        activities.add(activity);
    }

    /** Checks the agency of every participant that names one, whether or not the activity could be bound. */
    private void participants(Node item, String path) {
        Node participants = item.fields.get("participants");
        if (participants == null || participants.kind != Node.Kind.ARRAY) {
            return;
        }
        for (int j = 0; j < participants.items.size(); j++) {
            Node agency = namedAgency(participants.items.get(j));
            if (agency != null && !agencyIds.contains(agency.text)) {
                Reference r = new Reference(Paths.item(path + ".participants", j) + ".agency", agency.line,
                        agency.column, agency.text, -1);
                if (agenciesRead) {
                    resolveParticipant(r);
                } else {
                    participantsToResolve.add(r);
                }
            }
        }
    }

    /**
     * The agency a participant's tree names, when it is text worth looking up (a string, not blank, with no
     * control character: the binder reports the others); else null.
     */
    private static Node namedAgency(Node participant) {
        Node agency = participant.fields.get("agency");
        return agency != null && agency.kind == Node.Kind.STRING && !agency.text.isBlank()
                && Text.firstControl(agency.text) < 0 ? agency : null;
    }

    private void resolveParticipant(Reference r) {
        if (!agencyIds.contains(r.id())) {
            unknownAgency(r);
        }
    }

    private void unknownAgency(Reference r) {
        List<String> suggestions = suggestAgencies(r.id());
        String hint = Suggestions.didYouMean(suggestions);
        problems.add(r.path(), r.line(), r.column(), "unknown agency " + Text.quote(r.id())
                + (hint.isEmpty() ? "" : ", " + hint), "the id of an agency of the dataset", Text.quote(r.id()),
                suggestions);
    }

    private List<String> suggestAgencies(String text) {
        Map<String, String> nameToId = new LinkedHashMap<>();
        for (Agency a : agencies) {
            nameToId.putIfAbsent(a.id(), a.id());
            a.aliases().forEach(alias -> nameToId.putIfAbsent(alias, a.id()));
        }
        List<String> ids = new ArrayList<>();
        for (String name : Suggestions.suggest(text, nameToId.keySet())) {
            String id = nameToId.get(name);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void resolveParents() {
        Map<String, String> parentOf = new HashMap<>();
        for (Reference r : parents) {
            parentOf.put(agencies.get(r.activity()).id(), r.id());
        }
        for (Reference r : parents) {
            if (!agencyIds.contains(r.id())) {
                unknownAgency(r);
                continue;
            }
            String start = agencies.get(r.activity()).id();
            Set<String> chain = new HashSet<>();
            for (String a = start; a != null; a = parentOf.get(a)) {
                if (!chain.add(a)) {
                    problems.add(r.path(), r.line(), r.column(), "agency '" + start + "' is its own ancestor",
                            "the id of an agency that is not below this one", Text.quote(r.id()), List.of());
                    break;
                }
            }
        }
    }

    /** Unknown {@code partOf} and {@code related} ids, and {@code partOf} cycles of any length. */
    private void resolveReferences() {
        participantsToResolve.forEach(this::resolveParticipant);
        for (ActivityRef r : activityReferences) {
            if (!activityIds.contains(r.id())) {
                problems.add(r.path(), r.line(), r.column(), "unknown activity " + Text.quote(r.id()),
                        "the id of an activity of the dataset", Text.quote(r.id()), List.of());
            }
        }
        partOfLinks.reportCycles(problems);
    }

    /** Runs Bean Validation on a bound metadata or agency, reporting each violation at its place in {@code n}. */
    private void validated(Object value, Node n, String path) {
        for (BeanValidation.Violation v : BeanValidation.validate(value)) {
            String found = BeanValidation.describe(v.invalidValue()).orElse(null);
            problems.at(n.at(v.path()), path + "." + v.path(), v.message() + (found == null ? "" : ", found "
                    + found), v.message(), found, List.of());
        }
    }

    /**
     * Reports each participant of an NDJSON line that names an agency not in {@code agencies}, from the tree:
     * whether or not the activity could be bound, as a document's reading does.
     */
    private static void unknownAgencies(Node item, Dataset agencies, Problems problems) {
        Node participants = item.fields.get("participants");
        if (participants == null || participants.kind != Node.Kind.ARRAY) {
            return;
        }
        for (int i = 0; i < participants.items.size(); i++) {
            Node agency = namedAgency(participants.items.get(i));
            if (agency == null || agencies.agency(agency.text).isPresent()) {
                continue;
            }
            String id = agency.text;
            List<String> suggestions = agencies.suggestAgencies(id);
            String hint = Suggestions.didYouMean(suggestions);
            problems.at(agency, "participants[" + i + "].agency", "unknown agency " + Text.quote(id)
                    + (hint.isEmpty() ? "; not among the " + agencies.agencies().size() + " known agencies"
                            : ", " + hint), "the id of a known agency", Text.quote(id), suggestions);
        }
    }

    /** The hint for NDJSON whose lines end in a CR alone (as old Mac OS wrote them). */
    static final String CR_LINE_ENDS = "the line holds carriage returns (CR) with no line feed: NDJSON lines end"
            + " with LF or CRLF";

    /**
     * Reads and checks one NDJSON activity (the parser is at the start of the line). Returns it, or null with
     * the problems recorded.
     */
    static Activity ndjsonActivity(TreeReader in, Problems problems, Dataset agencies, boolean validate,
            IdTable ids, PartOfLinks partOfLinks, int lineNumber) {
        in.startItem("an activity");
        JsonToken first = in.next();
        Node node = in.value(first, ACTIVITY);
        in.startItem("an activity");
        JsonToken extra;
        try {
            extra = in.parser.nextToken();
        } catch (tools.jackson.core.JacksonException e) {
            throw in.stop(e);
        }
        if (extra != null) {
            TokenStreamLocation at = in.parser.currentTokenLocation();
            // the parser counts a CR as a line end, and an NDJSON line holds no LF: a CR came before
            problems.add("", at.getLineNr(), at.getColumnNr(), "unexpected content after the activity: one"
                    + " activity a line" + (at.getLineNr() > 1 ? "; " + CR_LINE_ENDS : ""), "end of line",
                    "more JSON", List.of());
            return null;
        }
        int before = problems.count;
        Activity activity = new Binder(problems).activity(node, "");
        if (validate) {
            unknownAgencies(node, agencies, problems);
        }
        if (activity == null) {
            return null;
        }
        if (validate) {
            Rules.activity(activity, node, "", problems);
        }
        int first0 = ids.putIfAbsent(activity.id(), lineNumber);
        if (first0 >= 0) {
            problems.at(node.fields.get("id"), "id", "duplicate activity id " + Text.quote(activity.id()) + ": line "
                    + first0 + " has the same id", "a unique id", Text.quote(activity.id()), List.of());
        }
        if (problems.count != before) {
            return null;
        }
        if (validate && activity.partOf().isPresent()) {
            partOfLinks.add(activity.id(), activity.partOf().get(), lineNumber, node.fields.get("partOf").column, -1);
        }
        return activity;
    }
}
