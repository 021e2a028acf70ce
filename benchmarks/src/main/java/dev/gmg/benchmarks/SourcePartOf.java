package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.SourceRef;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * (g) The source / part-of shape: activities described in one section of the report that are part of one
 * initiative, directly or through intermediate parts (following {@code partOf} transitively): the filter
 * {@code source:2.7 AND part-of:ID} for the index, plain code for the reference answer; the default order.
 *
 * @param section     the report section, for example {@code 2.7}
 * @param initiative  the id of the initiative
 */
record SourcePartOf(String section, String initiative) {

    /** Section 2.7 and the dataset's first initiative that has parts (the one with the most parts). */
    static SourcePartOf of(Dataset dataset) {
        String initiative = dataset.activities().stream().map(Activity::partOf).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalStateException("no activity is part of another"));
        return new SourcePartOf("2.7", initiative);
    }

    /** {@return the shape as the index's filter: {@code source:SECTION AND part-of:INITIATIVE}} */
    ActivityFilter filter() {
        return Filters.and(List.of(Filters.source(section), Filters.partOf(initiative)));
    }

    /** True when {@code a} is described in the section (any paragraph). */
    boolean fromSection(Activity a) {
        for (SourceRef s : a.sources()) {
            if (s.section().equals(section)) {
                return true;
            }
        }
        return false;
    }

    /** The reference answer, by the plainest code: every activity checked, part-of chains followed by id. */
    List<Activity> expected(Dataset dataset) {
        Map<String, Activity> byId = new HashMap<>();
        dataset.activities().forEach(a -> byId.put(a.id(), a));
        return dataset.activities().stream()
                .filter(a -> fromSection(a) && isPartOf(a, byId))
                .sorted(ActivityQuery.Sort.DATE.comparator())
                .toList();
    }

    /** True when {@code a} is part of the initiative, through any number of intermediate parts. */
    boolean isPartOf(Activity a, Map<String, Activity> byId) {
        Activity at = a;
        for (int depth = 0; at != null && at.partOf().isPresent() && depth <= byId.size(); depth++) {
            String parent = at.partOf().get();
            if (parent.equals(initiative)) {
                return true;
            }
            at = byId.get(parent);
        }
        return false;
    }

    @Override
    public String toString() {
        return "source in section " + section + " AND part of " + initiative + " (transitively)";
    }
}
