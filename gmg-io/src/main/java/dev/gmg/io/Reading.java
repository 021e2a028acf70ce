package dev.gmg.io;

import dev.gmg.model.internal.Suggestions;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;

/** The reading pipeline: text to located tree, tree to model, model through Bean Validation. */
final class Reading {

    private static final Pattern LEADING_INDEX = Pattern.compile("^(agencies|activities)\\[(\\d+)\\](.*)$");
    private static final Pattern UNKNOWN_AGENCY = Pattern.compile("^unknown agency '(.*?)'");

    private Reading() {
    }

    /** Reads a whole dataset document; throws {@link GmgFormatException} listing every problem. */
    static Dataset dataset(JsonParser parser, String source, boolean validate) {
        Problems problems = new Problems();
        Node root = new TreeReader(problems).document(parser);
        if (root == null) {
            throw problems.exception(source);
        }
        Dataset d = dataset(root, problems, validate);
        problems.throwIfAny(source);
        return d;
    }

    /**
     * Binds and validates a dataset tree. Returns the dataset when there were no problems, else null with the
     * problems recorded. Parts that bound cleanly are validated even when others did not, so that one reading
     * reports as much as possible.
     */
    static Dataset dataset(Node root, Problems problems, boolean validate) {
        Binder.Parts parts = new Binder(problems).dataset(root);
        boolean placeholderMetadata = parts.metadata == null;
        DatasetMetadata metadata = placeholderMetadata ? DatasetMetadata.builder().title("-").publisher("-")
                .published(EdtfPeriod.ofYear(2000)).asOf(LocalDate.of(2000, 1, 1)).version("-").build()
                : parts.metadata;
        Dataset dataset;
        try {
            dataset = Dataset.builder().metadata(metadata).agencies(parts.agencies).activities(parts.activities)
                    .build();
        } catch (IllegalStateException e) {
            problems.at(root, "", e.getMessage());
            return null;
        }
        if (validate) {
            for (BeanValidation.Violation v : BeanValidation.validate(dataset)) {
                String path = v.path();
                if (placeholderMetadata && (path.equals("metadata") || path.startsWith("metadata."))) {
                    continue;
                }
                Matcher m = LEADING_INDEX.matcher(path);
                if (m.matches()) {
                    int index = Integer.parseInt(m.group(2));
                    List<Integer> map = m.group(1).equals("agencies") ? parts.agencyIndex : parts.activityIndex;
                    int original = index < map.size() ? map.get(index) : -1;
                    if (original < 0) {
                        continue; // a stand-in for a part whose problems are already reported
                    }
                    path = m.group(1) + "[" + original + "]" + m.group(3);
                }
                report(problems, root, path, v, dataset);
            }
        }
        unknownAgenciesOfUnbuiltActivities(root, parts, dataset, problems);
        return problems.isEmpty() ? dataset : null;
    }

    /**
     * An activity with a problem of its own is not built, so the dataset's reference check never sees it; its
     * participants' agencies are checked here, so that a typo there is reported in the same reading.
     */
    private static void unknownAgenciesOfUnbuiltActivities(Node root, Binder.Parts parts, Dataset dataset,
            Problems problems) {
        Node activities = root.fields.get("activities");
        if (activities == null || activities.kind != Node.Kind.ARRAY) {
            return;
        }
        Set<Integer> built = new HashSet<>(parts.activityIndex);
        for (int i = 0; i < activities.items.size(); i++) {
            Node participants = built.contains(i) ? null : activities.items.get(i).fields.get("participants");
            if (participants == null || participants.kind != Node.Kind.ARRAY) {
                continue;
            }
            for (int j = 0; j < participants.items.size(); j++) {
                Node agency = participants.items.get(j).fields.get("agency");
                if (agency != null && agency.kind == Node.Kind.STRING && !agency.text.isBlank()
                        && dataset.agency(agency.text).isEmpty()) {
                    String path = Paths.item(Paths.item("activities", i) + ".participants", j) + ".agency";
                    List<String> suggestions = dataset.suggestAgencies(agency.text);
                    String hint = Suggestions.didYouMean(suggestions);
                    problems.at(agency, path, "unknown agency " + Text.quote(agency.text)
                            + (hint.isEmpty() ? "" : ", " + hint), "the id of an agency of the dataset",
                            Text.quote(agency.text), suggestions);
                }
            }
        }
    }

    /** Validates one NDJSON activity and checks its agencies against {@code agencies}. */
    static void activity(Activity activity, Node node, Problems problems, Dataset agencies, boolean validate) {
        List<Participant> participants = activity.participants();
        for (int i = 0; i < participants.size(); i++) {
            String id = participants.get(i).agencyId();
            if (agencies.agency(id).isEmpty()) {
                List<String> suggestions = agencies.suggestAgencies(id);
                String hint = Suggestions.didYouMean(suggestions);
                String path = "participants[" + i + "].agency";
                problems.at(node.at(path), path, "unknown agency " + Text.quote(id)
                        + (hint.isEmpty() ? "; not among the " + agencies.agencies().size() + " known agencies"
                                : ", " + hint), "the id of a known agency", Text.quote(id), suggestions);
            }
        }
        if (validate) {
            for (BeanValidation.Violation v : BeanValidation.validate(activity)) {
                report(problems, node, v.path(), v, agencies);
            }
        }
    }

    private static void report(Problems problems, Node root, String path, BeanValidation.Violation v,
            Dataset dataset) {
        Node at = root.at(path);
        if (v.reference()) {
            Matcher unknown = UNKNOWN_AGENCY.matcher(v.message());
            List<String> suggestions = unknown.find() ? dataset.suggestAgencies(unknown.group(1)) : List.of();
            String found = at.kind == Node.Kind.STRING ? Text.quote(at.text) : null;
            problems.at(at, path, v.message(), path.endsWith("agency") || path.endsWith("parent")
                    ? "the id of an agency of the dataset" : "the id of an activity of the dataset", found,
                    suggestions);
            return;
        }
        String found = BeanValidation.describe(v.invalidValue()).orElse(null);
        problems.at(at, path, v.message() + (found == null ? "" : ", found " + found), v.message(), found,
                List.of());
    }
}
