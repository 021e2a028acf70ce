package dev.gmg.testing;

import static dev.gmg.testing.GmgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.gmg.io.Datasets;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension injects the bundled or a synthetic dataset and its index, each built once per test class. */
@ExtendWith(GmgExtension.class)
class GmgExtensionTest {

    static final List<Object> FIRST = new ArrayList<>();

    static Dataset fromBeforeAll;

    @BeforeAll
    static void lifecycleMethodsGetThemToo(Dataset hld) {
        fromBeforeAll = hld;
    }

    @Test
    void injectsTheBundledDatasetAndAnIndexOverIt(Dataset hld, ActivityIndex index) {
        assertThat(hld).isSameAs(Datasets.hld2014()).isSameAs(fromBeforeAll);
        assertThat(index.dataset()).isSameAs(hld);
        assertThat(index.query(ActivityQuery.builder().agencies("ILO").build())).containsIds(
                "ilo-labour-migration-academy-2014");
    }

    @Test
    void injectsASyntheticDatasetOfTheAskedSizeAndSeed(@Synthetic(size = 300, seed = 7) Dataset small,
            @Synthetic(size = 300, seed = 7) ActivityIndex index, @Synthetic(size = 10_000, seed = 7) Dataset big) {
        assertThat(small).isEqualTo(SyntheticDatasets.generate(7, 300));
        assertThat(index.dataset()).isSameAs(small);
        assertThat(big.activities()).hasSize(10_000);
    }

    @RepeatedTest(3)
    void buildsEachDatasetAndIndexOncePerClass(@Synthetic(size = 50, seed = 1) Dataset d,
            @Synthetic(size = 50, seed = 1) ActivityIndex i, ActivityIndex bundled, RepetitionInfo repetition) {
        if (repetition.getCurrentRepetition() == 1) {
            FIRST.clear();
            FIRST.addAll(List.of(d, i, bundled));
        } else {
            assertThat(FIRST).as("the first repetition's values").hasSize(3);
            assertThat(d).isSameAs(FIRST.get(0));
            assertThat(i).isSameAs(FIRST.get(1));
            assertThat(bundled).isSameAs(FIRST.get(2));
        }
        assertThat(i.dataset()).isSameAs(d);
    }

    @Nested
    class InANestedClass {
        @Test
        void stillInjected(@Synthetic(size = 20) Dataset d) {
            assertThat(d.activities()).hasSize(20);
            assertThat(d).isEqualTo(SyntheticDatasets.generate(2014, 20));
        }
    }

    @Test
    void misuseFailsTheTestWithAClearMessage() {
        var events = EngineTestKit.engine("junit-jupiter").selectors(
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(ExtensionMisuse.class)).execute()
                .testEvents();
        events.assertThatEvents()
                .haveExactly(1, event(test("syntheticString"), finishedWithFailure(message(m -> m.contains(
                        "@Synthetic on parameter 1 (String) of ExtensionMisuse.syntheticString")
                        && m.contains("makes a Dataset or an ActivityIndex, not a java.lang.String")))))
                .haveExactly(1, event(test("negativeSize"), finishedWithFailure(message(m -> m.contains(
                        "@Synthetic(size = -1) on parameter 2 (Dataset) of ExtensionMisuse.negativeSize")
                        && m.contains("the size must not be negative")))));
    }
}
