package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import java.util.List;
import java.util.function.Supplier;

/**
 * One way of answering the workload's queries. Every engine returns a new, fully materialised {@code List} of every
 * match in the query's order (the default order, or {@code ORDER BY title}), so all of them do the same work for
 * the caller.
 */
interface Engine {

    /** The engine names, as given to {@code -p engine=...}. */
    List<String> NAMES = List.of("index", "scan", "cqengine");

    /**
     * Prepares {@code query} once (names resolved, predicates or engine queries built); the returned supplier runs
     * it and is what is measured.
     */
    Supplier<List<Activity>> prepare(ActivityQuery query);

    /**
     * Prepares the source / part-of shape.
     *
     * @throws UnsupportedOperationException where the engine cannot express it yet
     */
    Supplier<List<Activity>> prepare(SourcePartOf shape);

    /** Builds the named engine over {@code dataset}, complete (CQEngine with every index). */
    static Engine create(String name, Dataset dataset) {
        return create(name, dataset, true);
    }

    /**
     * Builds the named engine over {@code dataset}; {@code complete} false lets CQEngine build only the indexes of
     * the queries it is then asked to prepare (see {@link CqEngine#CqEngine(Table, boolean)}).
     */
    static Engine create(String name, Dataset dataset, boolean complete) {
        return switch (name) {
            case "index" -> new IndexEngine(dataset);
            case "scan" -> new Scan(new Table(dataset));
            case "cqengine" -> new CqEngine(new Table(dataset), complete);
            default -> throw new IllegalArgumentException("engine must be one of " + NAMES + ", was '" + name + "'");
        };
    }
}
