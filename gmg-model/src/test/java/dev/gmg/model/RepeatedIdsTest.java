package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The first repeated id is found wherever it lies, among few ids or many, and none when all differ. */
class RepeatedIdsTest {

    @Test
    void findsTheFirstRepeatOrNone() {
        assertThat(RepeatedIds.first(List.<String>of(), Function.identity())).isNull();
        assertThat(RepeatedIds.first(List.of("a"), Function.identity())).isNull();
        assertThat(RepeatedIds.first(List.of("a", "a"), Function.identity())).isEqualTo("a");
        assertThat(RepeatedIds.first(List.of("a", "b", "c", "b", "a"), Function.identity())).isEqualTo("b");
        // equal hashes, different strings: "Aa" and "BB" share String.hashCode
        assertThat(RepeatedIds.first(List.of("Aa", "BB"), Function.identity())).isNull();
        assertThat(RepeatedIds.first(List.of("Aa", "BB", "BB"), Function.identity())).isEqualTo("BB");
    }

    @Test
    void findsARepeatAmongManyWhereverItLies() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {2, 3, 17, 1000, 100_000}) {
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add("activity-" + i);
            }
            assertThat(RepeatedIds.first(ids, Function.identity())).as("%d distinct ids", n).isNull();
            String twice = "activity-" + random.nextInt(n);
            ids.add(random.nextInt(n + 1), new String(twice)); // equal, not the same instance
            assertThat(RepeatedIds.first(ids, Function.identity())).as("%d ids, one twice", n).isEqualTo(twice);
        }
    }
}
