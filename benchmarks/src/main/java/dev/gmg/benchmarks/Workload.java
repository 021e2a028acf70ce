package dev.gmg.benchmarks;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Status;
import dev.gmg.query.ActivityQuery;
import dev.gmg.testing.SyntheticDatasets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dataset and the queries every engine runs, with the answer they must all give. */
final class Workload {

    /** The seed of the benchmark dataset. */
    static final long SEED = 2014;

    /** (a) Selective: action point 7 + UNESCO (with its sub-bodies) + Africa + the first half of 2014. */
    static final ActivityQuery SELECTIVE = ActivityQuery.builder()
            .actionPoints(ActionPoint.EVIDENCE_BASE)
            .agencies("UNESCO")
            .regions("Africa")
            .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))
            .build();

    /** (b) Region only: Africa. */
    static final ActivityQuery REGION = ActivityQuery.builder().regions("Africa").build();

    /** (c) Free text: two words, each the beginning of a word of the title or summary. */
    static final ActivityQuery TEXT = ActivityQuery.builder().text("recruitment practices").build();

    /** (d) Date range alone: periods overlapping the first quarter of 2014. */
    static final ActivityQuery DATE_RANGE = ActivityQuery.builder()
            .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 3, 31))
            .build();

    /** (e) Sorted by title: action point 4 (stranded migrants) in Asia, ordered by title instead of date. */
    static final ActivityQuery TITLE_SORT = ActivityQuery.builder()
            .actionPoints(ActionPoint.STRANDED_MIGRANTS)
            .regions("Asia")
            .sortBy(ActivityQuery.Sort.TITLE)
            .build();

    /**
     * (f) OR and NOT: (point 6 OR point 8) AND Africa AND NOT completed. Two action points in one facet are an OR;
     * "not completed" is written as the other two statuses.
     */
    static final ActivityQuery OR_NOT = ActivityQuery.builder()
            .actionPoints(ActionPoint.DEVELOPMENT_AGENDA, ActionPoint.PARTNERSHIPS)
            .regions("Africa")
            .statuses(Status.PLANNED, Status.ONGOING)
            .build();

    /** The query shapes by benchmark method name. (g) source and part of is {@link SourcePartOf}. */
    static final Map<String, ActivityQuery> SHAPES = shapes();

    private Workload() {
    }

    private static Map<String, ActivityQuery> shapes() {
        Map<String, ActivityQuery> m = new LinkedHashMap<>();
        m.put("selective", SELECTIVE);
        m.put("regionOnly", REGION);
        m.put("freeText", TEXT);
        m.put("dateRange", DATE_RANGE);
        m.put("sortByTitle", TITLE_SORT);
        m.put("orNot", OR_NOT);
        return java.util.Collections.unmodifiableMap(m);
    }

    static Dataset dataset(int size) {
        return SyntheticDatasets.generate(SEED, size);
    }

    /** The reference answer: the query's own predicate over every activity, in the query's order. */
    static List<Activity> expected(Dataset dataset, ActivityQuery query) {
        return dataset.activities().stream().filter(query.predicate(dataset)).sorted(query.sort().comparator())
                .toList();
    }

    /**
     * Fails unless {@code found} is exactly {@code expected}: the same activities in the same order.
     *
     * @throws IllegalStateException naming the engine, the query and the first difference
     */
    static void check(String engine, Object query, List<Activity> expected, List<Activity> found) {
        if (found.size() != expected.size()) {
            throw new IllegalStateException(engine + " finds " + found.size() + " activities for " + query
                    + ", the reference " + expected.size());
        }
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).id().equals(expected.get(i).id())) {
                throw new IllegalStateException(engine + " gives " + found.get(i).id() + " at position " + i
                        + " for " + query + ", the reference " + expected.get(i).id());
            }
        }
    }
}
