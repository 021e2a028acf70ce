package dev.gmg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine gives exactly the reference answer for every shape of the workload (the same activities in the same
 * order), on a dataset small enough for a unit test; the benchmarks check the same again at full size before they
 * measure.
 */
class EnginesAgreeTest {

    static final Dataset DATASET = Workload.dataset(20_000);
    static final Map<String, Engine> ENGINES = Map.of(
            "index", Engine.create("index", DATASET, false),
            "scan", Engine.create("scan", DATASET, false),
            "cqengine", Engine.create("cqengine", DATASET, false));

    static Stream<Arguments> shapesAndEngines() {
        return Workload.SHAPES.keySet().stream().flatMap(s -> Engine.NAMES.stream().map(e -> Arguments.of(s, e)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("shapesAndEngines")
    void sameListAsTheReference(String shape, String engine) {
        ActivityQuery q = Workload.SHAPES.get(shape);
        List<Activity> expected = Workload.expected(DATASET, q);
        List<Activity> found = ENGINES.get(engine).prepare(q).get();

        assertThat(expected).as("the shape must find something to compare").isNotEmpty();
        assertThat(found).extracting(Activity::id).containsExactlyElementsOf(expected.stream().map(Activity::id)
                .toList());
    }

    @Test
    void sortByTitleIsNotTheDefaultOrder() {
        List<Activity> found = ENGINES.get("scan").prepare(Workload.TITLE_SORT).get();
        assertThat(found).isSortedAccordingTo(ActivityQuery.Sort.TITLE.comparator())
                .isNotEqualTo(Workload.expected(DATASET, Workload.TITLE_SORT.toBuilder()
                        .sortBy(ActivityQuery.Sort.DATE).build()));
    }

    @Test
    void sourcePartOfOnEveryEngine() {
        SourcePartOf shape = SourcePartOf.of(DATASET);
        List<Activity> expected = shape.expected(DATASET);

        assertThat(expected).hasSizeGreaterThan(10)
                .as("some matches are parts of parts").anyMatch(a -> !a.partOf().orElseThrow()
                        .equals(shape.initiative()));
        for (String engine : List.of("index", "scan", "cqengine")) {
            assertThat(ENGINES.get(engine).prepare(shape).get()).as(engine).isEqualTo(expected);
        }
    }

    @Test
    void checkNamesTheFirstDifference() {
        List<Activity> expected = Workload.expected(DATASET, Workload.REGION);
        List<Activity> swapped = new java.util.ArrayList<>(expected);
        java.util.Collections.swap(swapped, 3, 4);

        assertThatThrownBy(() -> Workload.check("x", Workload.REGION, expected, swapped))
                .hasMessageContaining("at position 3");
        assertThatThrownBy(() -> Workload.check("x", Workload.REGION, expected, expected.subList(1, 5)))
                .hasMessageContaining("finds 4 activities");
    }
}
