package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The query shapes of the {@link Workload} at 1,000,000 synthetic activities on three engines ({@link IndexEngine
 * index}, {@link Scan scan}, {@link CqEngine cqengine}), each returning a new list of every match in the query's
 * order. Before anything is measured, the setup checks that the engine's list is exactly the reference answer (the
 * query's own predicate over every activity, sorted): same activities, same order.
 *
 * <p>JMH runs each shape and engine in forks of their own, so each fork builds the dataset and one engine and
 * prepares only the shape it measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class QueryBenchmark {

    /** The engine measured: {@code index}, {@code scan} or {@code cqengine}. */
    @Param({"index", "scan", "cqengine"})
    public String engine;

    /** The number of synthetic activities. */
    @Param({"1000000"})
    public int size;

    private Supplier<List<Activity>> query;

    /**
     * Builds the dataset and the engine, prepares the measured shape and checks its answer.
     *
     * @param params JMH's description of the running benchmark, whose method name is the shape
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        String shape = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        ActivityQuery q = Workload.SHAPES.get(shape);
        if (q == null) {
            throw new IllegalStateException("no query for the benchmark method " + shape);
        }
        Dataset dataset = Workload.dataset(size);
        query = Engine.create(engine, dataset, false).prepare(q);
        List<Activity> expected = Workload.expected(dataset, q);
        Workload.check(engine, q, expected, query.get());
        System.out.printf("%n%s: %,d matches for %s, the same as the reference%n", engine, expected.size(), q);
    }

    /**
     * (a) action point 7 + UNESCO incl. sub-bodies + Africa + 2014-01-01..2014-06-30.
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> selective() {
        return query.get();
    }

    /**
     * (b) Africa only: about a third of the dataset.
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> regionOnly() {
        return query.get();
    }

    /**
     * (c) free text "recruitment practices".
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> freeText() {
        return query.get();
    }

    /**
     * (d) periods overlapping 2014-01-01..2014-03-31.
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> dateRange() {
        return query.get();
    }

    /**
     * (e) action point 4 in Asia, ORDER BY title.
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> sortByTitle() {
        return query.get();
    }

    /**
     * (f) (point 6 OR point 8) AND Africa AND NOT completed.
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> orNot() {
        return query.get();
    }
}
