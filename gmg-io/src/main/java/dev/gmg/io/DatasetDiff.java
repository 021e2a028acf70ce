package dev.gmg.io;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed from one version of a dataset to another: the metadata fields, the agencies and the activities
 * added, removed and changed, and for a changed record each field with its value before and after.
 *
 * <pre>{@code
 * DatasetDiff diff = DatasetDiff.between(GmgJson.read(Path.of("hld-2014.1.json")), Datasets.hld2014());
 * diff.changedActivities().forEach(c -> System.out.println(c.id() + ": " + c.fields()));
 * System.out.print(diff.toText());
 * }</pre>
 *
 * <p>Records are matched by id, so a renamed record shows as one removed and one added. Fields are compared in the
 * dataset's JSON form (see {@link GmgJson}), field by field: every field the format has is compared, and a value
 * is given as its JSON text ({@code "2013-11"}, {@code [7, 8]}); an optional field that is left out has no value.
 * Lists are compared in order. A diff is an immutable value.
 */
public final class DatasetDiff {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String beforeVersion;
    private final String afterVersion;
    private final List<FieldChange> metadata;
    private final Records<Agency> agencies;
    private final Records<Activity> activities;

    private DatasetDiff(Dataset before, Dataset after) {
        JsonNode b = JsonText.parse(GmgJson.toJson(before));
        JsonNode a = JsonText.parse(GmgJson.toJson(after));
        this.beforeVersion = before.metadata().version();
        this.afterVersion = after.metadata().version();
        this.metadata = fieldChanges(b.get("metadata"), a.get("metadata"));
        this.agencies = new Records<>(b.get("agencies"), a.get("agencies"), id -> before.agency(id).orElseThrow(),
                id -> after.agency(id).orElseThrow());
        this.activities = new Records<>(b.get("activities"), a.get("activities"),
                id -> before.activity(id).orElseThrow(), id -> after.activity(id).orElseThrow());
    }

    /**
     * The changes that turn {@code before} into {@code after}.
     *
     * @param before the older dataset
     * @param after the newer dataset
     * @return the difference, empty when the two hold the same data
     */
    public static DatasetDiff between(Dataset before, Dataset after) {
        return new DatasetDiff(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    }

    /** @return the version of the older dataset */
    public String beforeVersion() {
        return beforeVersion;
    }

    /** @return the version of the newer dataset */
    public String afterVersion() {
        return afterVersion;
    }

    /** @return the metadata fields that differ (the version among them when it changed) */
    public List<FieldChange> metadataChanges() {
        return metadata;
    }

    /** @return the agencies only the newer dataset has, in its order */
    public List<Agency> addedAgencies() {
        return agencies.added;
    }

    /** @return the agencies only the older dataset has, in its order */
    public List<Agency> removedAgencies() {
        return agencies.removed;
    }

    /** @return the agencies both datasets have with different fields, in the newer dataset's order */
    public List<Change> changedAgencies() {
        return agencies.changed;
    }

    /** @return the activities only the newer dataset has, in its order */
    public List<Activity> addedActivities() {
        return activities.added;
    }

    /** @return the activities only the older dataset has, in its order */
    public List<Activity> removedActivities() {
        return activities.removed;
    }

    /** @return the activities both datasets have with different fields, in the newer dataset's order */
    public List<Change> changedActivities() {
        return activities.changed;
    }

    /** @return true when the two datasets hold the same metadata, agencies and activities */
    public boolean isEmpty() {
        return metadata.isEmpty() && agencies.isEmpty() && activities.isEmpty();
    }

    /**
     * The diff as plain text for a person: a line per added ({@code +}), removed ({@code -}) and changed
     * ({@code ~}) record, and under a changed one a line per field; for a changed list, the items it lost
     * ({@code -}) and gained ({@code +}).
     *
     * @return the text, ending with a newline
     */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append("Dataset ").append(beforeVersion).append(" -> ").append(afterVersion).append('\n');
        if (isEmpty()) {
            return s.append("No differences in metadata, agencies or activities.\n").toString();
        }
        if (!metadata.isEmpty()) {
            s.append("\nmetadata: ").append(metadata.size()).append(" field").append(metadata.size() == 1 ? "" : "s")
                    .append(" changed\n");
            metadata.forEach(f -> f.appendText(s, "  "));
        }
        agencies.appendText(s, "agencies", "name");
        activities.appendText(s, "activities", "title");
        return s.toString();
    }

    /**
     * The diff as a JSON document: {@code before} and {@code after} (the versions), {@code metadata} (a list of
     * field changes), and {@code agencies} and {@code activities}, each with {@code added} and {@code removed} (the
     * records in the dataset's JSON form) and {@code changed} (each with its {@code id} and {@code fields}). A field
     * change has {@code field}, {@code before} and {@code after}; a value that is left out was absent.
     *
     * @return the document, two-space indented, ending with a newline
     */
    public String toJson() {
        ObjectNode d = NODES.objectNode();
        d.put("before", beforeVersion);
        d.put("after", afterVersion);
        ArrayNode m = d.putArray("metadata");
        metadata.forEach(f -> m.add(f.toJsonNode()));
        d.set("agencies", agencies.toJsonNode());
        d.set("activities", activities.toJsonNode());
        return JsonText.pretty(d);
    }

    /** A one-line summary, for example "2014.1 -> 2014.2: 1 metadata field, agencies +0 -0 ~1, activities +2 -0 ~3". */
    @Override
    public String toString() {
        return beforeVersion + " -> " + afterVersion + ": " + metadata.size() + " metadata field"
                + (metadata.size() == 1 ? "" : "s") + ", agencies " + agencies.counts() + ", activities "
                + activities.counts();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetDiff d && d.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    /** The fields of two JSON objects that differ: those of {@code after} in its order, then those only before. */
    private static List<FieldChange> fieldChanges(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>(after.propertyNames());
        names.addAll(before.propertyNames());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(name, b, a));
            }
        }
        return List.copyOf(changes);
    }

    /** The added, removed and changed records of one list (agencies or activities). */
    private static final class Records<T> {
        final List<T> added;
        final List<T> removed;
        final List<Change> changed;
        private final List<JsonNode> addedJson = new ArrayList<>();
        private final List<JsonNode> removedJson = new ArrayList<>();

        Records(JsonNode before, JsonNode after, Function<String, T> beforeRecord,
                Function<String, T> afterRecord) {
            Map<String, JsonNode> b = byId(before);
            Map<String, JsonNode> a = byId(after);
            List<T> add = new ArrayList<>();
            List<T> remove = new ArrayList<>();
            List<Change> change = new ArrayList<>();
            a.forEach((id, node) -> {
                JsonNode old = b.get(id);
                if (old == null) {
                    add.add(afterRecord.apply(id));
                    addedJson.add(node);
                } else if (!old.equals(node)) {
                    change.add(new Change(id, fieldChanges(old, node)));
                }
            });
            b.forEach((id, node) -> {
                if (!a.containsKey(id)) {
                    remove.add(beforeRecord.apply(id));
                    removedJson.add(node);
                }
            });
            this.added = List.copyOf(add);
            this.removed = List.copyOf(remove);
            this.changed = List.copyOf(change);
        }

        private static Map<String, JsonNode> byId(JsonNode list) {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            if (list != null) {
                list.values().forEach(n -> m.put(n.get("id").asString(), n));
            }
            return m;
        }

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        String counts() {
            return "+" + added.size() + " -" + removed.size() + " ~" + changed.size();
        }

        void appendText(StringBuilder s, String title, String labelField) {
            if (isEmpty()) {
                return;
            }
            s.append('\n').append(title).append(": ").append(added.size()).append(" added, ").append(removed.size())
                    .append(" removed, ").append(changed.size()).append(" changed\n");
            addedJson.forEach(n -> s.append("  + ").append(n.get("id").asString()).append("  ")
                    .append(n.path(labelField).asString("")).append('\n'));
            removedJson.forEach(n -> s.append("  - ").append(n.get("id").asString()).append("  ")
                    .append(n.path(labelField).asString("")).append('\n'));
            for (Change c : changed) {
                s.append("  ~ ").append(c.id()).append('\n');
                c.fields().forEach(f -> f.appendText(s, "      "));
            }
        }

        ObjectNode toJsonNode() {
            ObjectNode o = NODES.objectNode();
            o.putArray("added").addAll(addedJson);
            o.putArray("removed").addAll(removedJson);
            ArrayNode c = o.putArray("changed");
            for (Change change : changed) {
                ObjectNode n = c.addObject();
                n.put("id", change.id());
                ArrayNode fields = n.putArray("fields");
                change.fields().forEach(f -> fields.add(f.toJsonNode()));
            }
            return o;
        }
    }

    /** A record (agency or activity) that both datasets have, with the fields that differ. */
    public static final class Change {
        private final String id;
        private final List<FieldChange> fields;

        Change(String id, List<FieldChange> fields) {
            this.id = id;
            this.fields = List.copyOf(fields);
        }

        /** @return the id of the record */
        public String id() {
            return id;
        }

        /** @return the fields that differ, in the order of the dataset's JSON form */
        public List<FieldChange> fields() {
            return fields;
        }

        /**
         * The change of one field, if that field changed.
         *
         * @param name the field's name in the JSON form, like {@code period} or {@code participants}
         * @return the change, or empty when the field is the same in both
         */
        public Optional<FieldChange> field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Change c && c.id.equals(id) && c.fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, fields);
        }

        /** The id and the changed field names, for example "iom-council-103rd-session [period, places]". */
        @Override
        public String toString() {
            return id + " " + fields.stream().map(FieldChange::field).toList();
        }
    }

    /** One field whose value differs: its name in the JSON form and its value before and after, as JSON text. */
    public static final class FieldChange {
        private final String field;
        private final JsonNode before;
        private final JsonNode after;

        FieldChange(String field, JsonNode before, JsonNode after) {
            this.field = field;
            this.before = before;
            this.after = after;
        }

        /** @return the field's name in the dataset's JSON form, like {@code period} */
        public String field() {
            return field;
        }

        /** @return the value before as JSON text, like {@code "2013-11"}; empty when the field was left out */
        public Optional<String> before() {
            return Optional.ofNullable(before).map(JsonText::compact);
        }

        /** @return the value after as JSON text; empty when the field is left out */
        public Optional<String> after() {
            return Optional.ofNullable(after).map(JsonText::compact);
        }

        void appendText(StringBuilder s, String indent) {
            if (before != null && after != null && before.isArray() && after.isArray()) {
                List<JsonNode> lost = new ArrayList<>(before.values());
                lost.removeAll(after.values());
                List<JsonNode> gained = new ArrayList<>(after.values());
                gained.removeAll(before.values());
                s.append(indent).append(field).append(':');
                if (lost.isEmpty() && gained.isEmpty()) {
                    s.append(" same items, new order ").append(JsonText.compact(after)).append('\n');
                    return;
                }
                s.append('\n');
                lost.forEach(n -> s.append(indent).append("  - ").append(JsonText.compact(n)).append('\n'));
                gained.forEach(n -> s.append(indent).append("  + ").append(JsonText.compact(n)).append('\n'));
                return;
            }
            s.append(indent).append(field).append(": ").append(before().orElse("(none)")).append(" -> ")
                    .append(after().orElse("(none)")).append('\n');
        }

        ObjectNode toJsonNode() {
            ObjectNode n = NODES.objectNode();
            n.put("field", field);
            if (before != null) {
                n.set("before", before);
            }
            if (after != null) {
                n.set("after", after);
            }
            return n;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FieldChange f && f.field.equals(field) && Objects.equals(f.before, before)
                    && Objects.equals(f.after, after);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, before, after);
        }

        /** The field and its values, for example {@code period: "2013-11" -> "2013-11-26/2013-11-29"}. */
        @Override
        public String toString() {
            return field + ": " + before().orElse("(none)") + " -> " + after().orElse("(none)");
        }
    }
}
