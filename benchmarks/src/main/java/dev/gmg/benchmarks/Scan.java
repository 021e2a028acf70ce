package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A linear scan: every row tested with the query's own predicate ({@link ActivityQuery#predicate}, agencies
 * resolved once) for its facets, and the free text tested against words split when the table was built, not on
 * every query. The rows are kept in the default order, so matches come out in it; {@code ORDER BY title} sorts the
 * matches by a precomputed lower-case title.
 */
final class Scan implements Engine {

    private final Table table;

    Scan(Table table) {
        this.table = table;
    }

    @Override
    public Supplier<List<Activity>> prepare(ActivityQuery query) {
        Predicate<Activity> facets = query.toBuilder().text(null).build().predicate(table.dataset);
        List<String> words = query.words();
        Predicate<Row> test = words.isEmpty() ? r -> facets.test(r.activity)
                : r -> facets.test(r.activity) && r.hasWords(words);
        return query.sort() == ActivityQuery.Sort.TITLE ? () -> Table.byTitle(matches(test)) : () -> activities(test);
    }

    @Override
    public Supplier<List<Activity>> prepare(SourcePartOf shape) {
        // the scan follows each chain of partOf through an id look-up, as plain code over the dataset would
        return () -> activities(r -> shape.fromSection(r.activity) && shape.isPartOf(r.activity, table.activities));
    }

    private List<Activity> activities(Predicate<Row> test) {
        List<Activity> out = new ArrayList<>();
        for (Row r : table.rows) {
            if (test.test(r)) {
                out.add(r.activity);
            }
        }
        return out;
    }

    private List<Row> matches(Predicate<Row> test) {
        List<Row> out = new ArrayList<>();
        for (Row r : table.rows) {
            if (test.test(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
