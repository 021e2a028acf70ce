package dev.gmg.io;

import dev.gmg.model.Activity;
import dev.gmg.model.Participant;
import dev.gmg.model.SourceRef;
import java.util.List;

/**
 * The Bean Validation constraints of {@link Activity} and of the values inside it, checked while binding: the
 * same rules and messages as the model's annotations (an {@code @Size}, {@code @NotBlank}, {@code @Pattern} or
 * {@code @Positive}), without a validator's reflection on the path of every activity. {@code RulesTest} checks
 * that Hibernate Validator finds nothing in an activity these rules accept, and the same in one it refuses.
 * Agencies and metadata are few, so they still go through {@link BeanValidation}.
 */
final class Rules {

    private static final String ACTIVITY_ID = "must be lower-case letters and digits joined by single hyphens";
    private static final String PART_OF = "must be an activity id";
    private static final String AGENCY_ID = "must be an agency id like UN-Women";
    private static final String SECTION = "must be a section number like 2.6 or 3";

    private Rules() {
    }

    /**
     * Checks one bound activity, reporting each broken rule at its field's place in {@code node}; with no
     * {@code problems} (and no node) it only answers.
     *
     * @return whether the activity keeps every rule
     */
    static boolean activity(Activity a, Node node, String path, Problems problems) {
        Check check = new Check(node, path, problems);
        String id = a.id();
        if (!isSlug(id, false)) {
            check.fail("id", ACTIVITY_ID, id);
        }
        if (id.length() < 3 || id.length() > 80) {
            check.fail("id", "size must be between 3 and 80", id);
        }
        check.text("title", a.title(), 300);
        check.text("summary", a.summary(), 2000);
        List<Participant> participants = a.participants();
        for (int i = 0; i < participants.size(); i++) {
            String agency = participants.get(i).agencyId();
            if (!isSlug(agency, true)) {
                check.fail("participants[" + i + "].agency", AGENCY_ID, agency);
            }
        }
        List<SourceRef> sources = a.sources();
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            if (!isSection(s.section())) {
                check.fail("sources[" + i + "].section", SECTION, s.section());
            }
            String subheading = s.subheading().orElse(null);
            if (subheading != null && (subheading.isEmpty() || subheading.length() > 200)) {
                check.fail("sources[" + i + "].subheading", "size must be between 1 and 200", subheading);
            }
            if (s.paragraph() <= 0) {
                check.fail("sources[" + i + "].paragraph", "must be greater than 0", s.paragraph());
            }
        }
        String partOf = a.partOf().orElse(null);
        if (partOf != null && !isSlug(partOf, false)) {
            check.fail("partOf", PART_OF, partOf);
        }
        List<String> related = a.related();
        for (int i = 0; i < related.size(); i++) {
            if (!isSlug(related.get(i), false)) {
                check.fail("related[" + i + "]", PART_OF, related.get(i));
            }
        }
        return check.ok;
    }

    /** Where broken rules go, and whether there was one. */
    private static final class Check {
        private final Node node;
        private final String path;
        private final Problems problems;
        boolean ok = true;

        Check(Node node, String path, Problems problems) {
            this.node = node;
            this.path = path;
            this.problems = problems;
        }

        void text(String field, String value, int max) {
            if (value.isBlank()) {
                fail(field, "must not be blank", value);
            }
            if (value.length() > max) {
                fail(field, "size must be between 0 and " + max, value);
            }
        }

        void fail(String field, String message, Object value) {
            ok = false;
            if (problems == null) {
                return;
            }
            String found = BeanValidation.describe(value).orElse(null);
            String at = path.isEmpty() ? field : path + "." + field;
            problems.at(node.at(field), at, message + (found == null ? "" : ", found " + found), message, found,
                    List.of());
        }
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}, or with upper-case letters too. */
    static boolean isSlug(String s, boolean upperCase) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (upperCase && c >= 'A' && c <= 'Z')
                    || (c == '-' && previous != '-');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** {@code [1-9](\.[1-9])?}. */
    private static boolean isSection(String s) {
        return (s.length() == 1 || (s.length() == 3 && s.charAt(1) == '.' && s.charAt(2) >= '1' && s.charAt(2) <= '9'))
                && s.charAt(0) >= '1' && s.charAt(0) <= '9';
    }
}
