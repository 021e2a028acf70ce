package dev.gmg.benchmarks;

import com.googlecode.cqengine.query.Query;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three queries of the workload at 1,000,000 synthetic activities, on three engines:
 * <ul>
 * <li>{@code index}: {@link ActivityIndex#query(ActivityQuery)}; every match, in order, as a list;</li>
 * <li>{@code scan}: a plain stream filter over the dataset with the query's own
 * {@link ActivityQuery#predicate(dev.gmg.model.Dataset) predicate}, collected to a list (unsorted);</li>
 * <li>{@code cqengine}: CQEngine 3.6.0 with equivalent indexes ({@link CqEngine}), collected to a list.</li>
 * </ul>
 * The setup checks that the three engines return the same activities before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class QueryBenchmark {

    @Param({"index", "scan", "cqengine"})
    public String engine;

    @Param({"1000000"})
    public int size;

    private Dataset dataset;
    private ActivityIndex index;
    private CqEngine cq;
    private final Predicate<Activity>[] predicates = newPredicates();
    private final List<Query<Activity>> cqQueries = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private static Predicate<Activity>[] newPredicates() {
        return new Predicate[3];
    }

    @Setup(Level.Trial)
    public void setUp() {
        dataset = Workload.dataset(size);
        List<ActivityQuery> queries = List.of(Workload.SELECTIVE, Workload.REGION, Workload.TEXT);
        for (int i = 0; i < 3; i++) {
            predicates[i] = queries.get(i).predicate(dataset);
        }
        switch (engine) {
            case "index" -> index = ActivityIndex.of(dataset);
            case "cqengine" -> {
                cq = new CqEngine(dataset);
                queries.forEach(q -> cqQueries.add(cq.translate(q)));
            }
            case "scan" -> { }
            default -> throw new IllegalArgumentException("engine must be index, scan or cqengine: " + engine);
        }
        for (int i = 0; i < 3; i++) {
            List<String> expected = sortedIds(scan(i));
            List<String> found = sortedIds(run(i, queries.get(i)));
            if (!found.equals(expected)) {
                throw new IllegalStateException(engine + " disagrees with the scan on " + queries.get(i) + ": "
                        + found.size() + " vs " + expected.size() + " matches");
            }
            System.out.printf("%n%s: %d matches for %s%n", engine, expected.size(), queries.get(i));
        }
    }

    private static List<String> sortedIds(List<Activity> activities) {
        return activities.stream().map(Activity::id).sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }

    private List<Activity> scan(int i) {
        return dataset.activities().stream().filter(predicates[i]).collect(Collectors.toList());
    }

    private List<Activity> run(int i, ActivityQuery q) {
        return switch (engine) {
            case "index" -> index.query(q).all();
            case "cqengine" -> cq.run(cqQueries.get(i));
            default -> scan(i);
        };
    }

    /** (a) action point 7 + UNESCO incl. sub-bodies + Africa + 2014-01-01..2014-06-30. */
    @Benchmark
    public List<Activity> selective() {
        return run(0, Workload.SELECTIVE);
    }

    /** (b) Africa only: a third of the dataset matches. */
    @Benchmark
    public List<Activity> regionOnly() {
        return run(1, Workload.REGION);
    }

    /** (c) free text "recruitment practices". */
    @Benchmark
    public List<Activity> freeText() {
        return run(2, Workload.TEXT);
    }
}
