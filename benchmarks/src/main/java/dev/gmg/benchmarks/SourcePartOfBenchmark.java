package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
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

/**
 * (g) The source / part-of shape ({@link SourcePartOf}): section 2.7 AND part of the largest initiative, followed
 * transitively, at 1,000,000 synthetic activities, with the same settings and checks as {@link QueryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SourcePartOfBenchmark {

    /** The engine measured: {@code index}, {@code scan} or {@code cqengine}. */
    @Param({"index", "scan", "cqengine"})
    public String engine;

    /** The number of synthetic activities. */
    @Param({"1000000"})
    public int size;

    private Supplier<List<Activity>> query;

    /** Builds the dataset and the engine, prepares the shape and checks its answer against the reference. */
    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = Workload.dataset(size);
        SourcePartOf shape = SourcePartOf.of(dataset);
        query = Engine.create(engine, dataset, false).prepare(shape);
        List<Activity> expected = shape.expected(dataset);
        Workload.check(engine, shape, expected, query.get());
        System.out.printf("%n%s: %,d matches for %s, the same as the reference%n", engine, expected.size(), shape);
    }

    /**
     * (g) section 2.7 AND part of the largest initiative (transitively).
     *
     * @return every match, in the query's order
     */
    @Benchmark
    public List<Activity> sourcePartOf() {
        return query.get();
    }
}
