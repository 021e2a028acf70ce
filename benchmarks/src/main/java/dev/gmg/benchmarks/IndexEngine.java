package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The index of gmg-query: {@link ActivityIndex#query}, every match copied into a new list. */
final class IndexEngine implements Engine {

    final ActivityIndex index;

    IndexEngine(Dataset dataset) {
        this.index = ActivityIndex.of(dataset);
        // The index splits titles and summaries into words on its first text query; do it now, so that the
        // index is as complete as the other engines' when their builds end.
        index.query(ActivityQuery.of(dev.gmg.query.Filters.text("migration")));
    }

    @Override
    public Supplier<List<Activity>> prepare(ActivityQuery query) {
        // QueryResult.all() is a view over the index's ordinals; copying it is what the scan and CQEngine also do
        return () -> new ArrayList<>(index.query(query).all());
    }

    /** The shape's filter tree, {@code source:SECTION AND part-of:ID}, run by the index like any query. */
    @Override
    public Supplier<List<Activity>> prepare(SourcePartOf shape) {
        ActivityQuery query = ActivityQuery.of(shape.filter());
        return () -> new ArrayList<>(index.query(query).all());
    }
}
