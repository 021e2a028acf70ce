package dev.gmg.benchmarks;

import dev.gmg.model.Dataset;
import java.util.concurrent.TimeUnit;
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
 * The time to build each engine over 1,000,000 synthetic activities: the index; the scan's table of precomputed
 * values; CQEngine with its indexes, table included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BuildBenchmark {

    /** The engine built: {@code index}, {@code scan} (its table of precomputed rows) or {@code cqengine}. */
    @Param({"index", "scan", "cqengine"})
    public String engine;

    /** The number of synthetic activities. */
    @Param({"1000000"})
    public int size;

    private Dataset dataset;

    /** Generates the dataset, once per fork. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = Workload.dataset(size);
    }

    /**
     * Builds the engine.
     *
     * @return the engine, complete (CQEngine with all ten indexes)
     */
    @Benchmark
    public Object build() {
        return Engine.create(engine, dataset);
    }
}
