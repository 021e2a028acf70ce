package dev.gmg.benchmarks;

import dev.gmg.io.GmgJson;
import dev.gmg.model.Dataset;
import dev.gmg.testing.SyntheticDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Two builds of gmg-io read the same synthetic activities in one JVM, turn about, so that a change to the reader
 * is measured against the code before it under the same load: each build's benchmarks jar is loaded by a class
 * loader of its own, and {@link Reader}, taken from this jar, reads through it. The answer is the median of the
 * per-pair ratios (the second build's time over the first's) with its quartiles: below 1, the second is faster.
 * A quick check between two commits, not a replacement for {@link ReadBenchmark}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.gmg.benchmarks.ReadSideBySide OLD.jar NEW.jar ndjson,json 16
 * </pre>
 */
public final class ReadSideBySide {

    private static final int ACTIVITIES = 100_000;
    private static final int WARM_UP_PAIRS = 6;

    private ReadSideBySide() {
    }

    /**
     * Reads {@link #ACTIVITIES} synthetic activities of one format ({@code ndjson} or {@code json}) with the
     * classes of the loader that defined it.
     */
    public static final class Reader implements ToLongFunction<String> {
        private final byte[] ndjson;
        private final byte[] json;
        private final Dataset agencies;

        /** Writes the activities in both formats. */
        public Reader() {
            Dataset dataset = SyntheticDatasets.generate(42, ACTIVITIES);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GmgJson.writeNdjson(dataset.activities(), out);
            ndjson = out.toByteArray();
            json = GmgJson.toJson(dataset).getBytes(StandardCharsets.UTF_8);
            agencies = SyntheticDatasets.generate(42, 0);
        }

        @Override
        public long applyAsLong(String format) {
            if (format.equals("ndjson")) {
                try (var activities = GmgJson.readNdjson(new ByteArrayInputStream(ndjson), agencies)) {
                    return activities.count();
                }
            }
            return GmgJson.read(new ByteArrayInputStream(json)).activities().size();
        }
    }

    /** Loads a build's jar on its own, except {@link Reader}, which it defines from this jar's bytes. */
    private static final class Build extends URLClassLoader {
        Build(Path jar) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && name.equals(Reader.class.getName())) {
                    String file = "/" + name.replace('.', '/') + ".class";
                    try (InputStream in = ReadSideBySide.class.getResourceAsStream(file)) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c != null ? c : super.loadClass(name, resolve);
            }
        }
    }

    /**
     * @param args the first build's jar, the second's, the formats separated by commas, the number of measured
     *     pairs
     * @throws Exception if a jar cannot be loaded
     */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ReadSideBySide FIRST.jar SECOND.jar ndjson,json PAIRS");
            System.exit(2);
        }
        int pairs = Integer.parseInt(args[3]);
        List<ToLongFunction<String>> builds = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Build loader = new Build(Path.of(args[b]));
            builds.add((ToLongFunction<String>) loader.loadClass(Reader.class.getName()).getConstructor()
                    .newInstance());
        }
        for (String format : args[2].split(",")) {
            double[][] millis = new double[2][pairs];
            double[] ratios = new double[pairs];
            for (int i = -WARM_UP_PAIRS; i < pairs; i++) {
                for (int k = 0; k < 2; k++) {
                    int b = (i & 1) == 0 ? k : 1 - k; // each build goes first in every other pair
                    System.gc();
                    long start = System.nanoTime();
                    long read = builds.get(b).applyAsLong(format);
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (read != ACTIVITIES) {
                        throw new IllegalStateException(args[b] + " read " + read + " activities");
                    }
                    if (i >= 0) {
                        millis[b][i] = ms;
                    }
                }
                if (i >= 0) {
                    ratios[i] = millis[1][i] / millis[0][i];
                }
            }
            Arrays.sort(millis[0]);
            Arrays.sort(millis[1]);
            Arrays.sort(ratios);
            System.out.printf("%s: first %.1f ms, second %.1f ms (medians); second / first %.3f (quartiles %.3f, "
                    + "%.3f)%n", format, millis[0][pairs / 2], millis[1][pairs / 2], ratios[pairs / 2],
                    ratios[pairs / 4], ratios[3 * pairs / 4]);
        }
    }
}
