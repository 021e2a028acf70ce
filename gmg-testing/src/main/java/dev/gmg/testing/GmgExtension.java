package dev.gmg.testing;

import dev.gmg.io.Datasets;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension that passes GMG data to test methods, constructors and lifecycle methods: a
 * {@link Dataset} or an {@link ActivityIndex} parameter gets the bundled dataset ({@link Datasets#hld2014()}) or,
 * when annotated {@link Synthetic @Synthetic}, a synthetic one. Each dataset and index is built once per test
 * class and shared by its tests (both are immutable).
 *
 * <pre>{@code
 * @ExtendWith(GmgExtension.class)
 * class MyExporterTest {
 *     @Test
 *     void exportsEveryActivity(Dataset hld, @Synthetic(size = 10_000, seed = 7) ActivityIndex big) { ... }
 * }
 * }</pre>
 */
public final class GmgExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GmgExtension.class);

    /** Creates the extension; JUnit does this for {@code @ExtendWith(GmgExtension.class)}. */
    public GmgExtension() {
    }

    /** What a parameter asks for: the bundled dataset (no synthetic size) or a synthetic one. */
    private record Source(boolean synthetic, int size, long seed) {

        Dataset dataset() {
            return synthetic ? SyntheticDatasets.generate(seed, size) : Datasets.hld2014();
        }

        @Override
        public String toString() {
            return synthetic ? "synthetic dataset of " + size + " activities, seed " + seed : "bundled dataset";
        }
    }

    private record IndexKey(Source source) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        // a @Synthetic parameter of another type is taken, so that resolveParameter can say what is wrong with it
        return type == Dataset.class || type == ActivityIndex.class || parameter.isAnnotated(Synthetic.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Optional<Synthetic> synthetic = parameter.findAnnotation(Synthetic.class);
        if (type != Dataset.class && type != ActivityIndex.class) {
            throw new ParameterResolutionException("@Synthetic on " + where(parameter) + ": GmgExtension makes a"
                    + " Dataset or an ActivityIndex, not a " + type.getName());
        }
        if (synthetic.isPresent() && synthetic.get().size() < 0) {
            throw new ParameterResolutionException("@Synthetic(size = " + synthetic.get().size() + ") on "
                    + where(parameter) + ": the size must not be negative");
        }
        Source source = synthetic.map(s -> new Source(true, s.size(), s.seed())).orElse(new Source(false, 0, 0));
        ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
        Dataset dataset = store.getOrComputeIfAbsent(source, Source::dataset, Dataset.class);
        if (type == Dataset.class) {
            return dataset;
        }
        return store.getOrComputeIfAbsent(new IndexKey(source), k -> ActivityIndex.of(dataset), ActivityIndex.class);
    }

    /** "parameter 2 (Dataset) of MyTest.method", as a reader finds it in the source. */
    private static String where(ParameterContext parameter) {
        var executable = parameter.getDeclaringExecutable();
        return "parameter " + (parameter.getIndex() + 1) + " (" + parameter.getParameter().getType().getSimpleName()
                + ") of " + executable.getDeclaringClass().getSimpleName() + "." + executable.getName();
    }

    /** The context of the innermost test class, whose store lives as long as the class's tests run. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}
