package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The planner's algebra: AND lists only its smallest part and tests the others on those candidates, a NOT inside an
 * AND is tested and never listed, OR unites and NOT complements; checked against plain set arithmetic on random
 * sets of ordinals, and with parts that count how they are used.
 */
class PlannerTest {

    static final int N = 5_000;

    /** A clause over a fixed set that records whether it was listed. */
    static final class Counting extends Clause {
        final int[] ordinals;
        int materialized;

        Counting(int[] ordinals) {
            super(N);
            this.ordinals = ordinals;
        }

        @Override
        long estimate() {
            return ordinals.length;
        }

        @Override
        int[] materialize() {
            materialized++;
            return ordinals;
        }

        @Override
        Tester tester(int candidates) {
            return o -> Arrays.binarySearch(ordinals, o) >= 0;
        }
    }

    static int[] randomSet(SplittableRandom r, double density) {
        return IntStream.range(0, N).filter(i -> r.nextDouble() < density).toArray();
    }

    static boolean[] member(int[] set) {
        boolean[] m = new boolean[N];
        for (int o : set) {
            m[o] = true;
        }
        return m;
    }

    @Test
    void andListsOnlyItsSmallestPartAndNeverItsNegatedParts() {
        SplittableRandom r = new SplittableRandom(1);
        Counting small = new Counting(randomSet(r, 0.01));
        Counting large = new Counting(randomSet(r, 0.6));
        Counting excluded = new Counting(randomSet(r, 0.3));
        int[] result = new Clause.And(N, List.of(large, small), List.of(excluded)).materialize();
        assertThat(small.materialized).isEqualTo(1);
        assertThat(large.materialized).isZero();
        assertThat(excluded.materialized).isZero();
        boolean[] l = member(large.ordinals);
        boolean[] x = member(excluded.ordinals);
        assertThat(result).containsExactly(Arrays.stream(small.ordinals).filter(o -> l[o] && !x[o]).toArray());
    }

    @Test
    void andOrAndNotEqualSetArithmeticOnRandomSets() {
        SplittableRandom r = new SplittableRandom(2);
        for (int round = 0; round < 200; round++) {
            List<int[]> sets = new ArrayList<>();
            List<Clause> parts = new ArrayList<>();
            for (int i = 0, k = 1 + r.nextInt(4); i < k; i++) {
                int[] s = randomSet(r, new double[] {0.0005, 0.01, 0.2, 0.9}[r.nextInt(4)]);
                sets.add(s);
                parts.add(r.nextBoolean() ? new Clause.Listed(N, s)
                        : new Clause.Union(N, List.of(Postings.of(s, s.length, N))));
            }
            boolean[][] m = sets.stream().map(PlannerTest::member).toArray(boolean[][]::new);
            int[] and = IntStream.range(0, N).filter(o -> Arrays.stream(m).allMatch(x -> x[o])).toArray();
            int[] or = IntStream.range(0, N).filter(o -> Arrays.stream(m).anyMatch(x -> x[o])).toArray();
            int[] firstButNotRest = IntStream.range(0, N)
                    .filter(o -> m[0][o] && Arrays.stream(m).skip(1).noneMatch(x -> x[o])).toArray();
            assertThat(new Clause.And(N, parts, List.of()).materialize()).as("AND, round %d", round).containsExactly(and);
            assertThat(new Clause.Or(N, parts).materialize()).as("OR, round %d", round).containsExactly(or);
            assertThat(new Clause.Not(N, new Clause.Or(N, parts)).materialize()).as("NOT OR, round %d", round)
                    .containsExactly(IntStream.range(0, N).filter(o -> !member(or)[o]).toArray());
            assertThat(new Clause.And(N, List.of(parts.get(0)), parts.subList(1, parts.size())).materialize())
                    .as("AND NOT, round %d", round).containsExactly(firstButNotRest);
            for (int candidates : new int[] {1, 50, N}) {
                Clause.Tester t = new Clause.Or(N, parts).tester(candidates);
                boolean[] orSet = member(or);
                assertThat(IntStream.range(0, N).allMatch(o -> t.test(o) == orSet[o])).isTrue();
            }
        }
    }

    @Test
    void anAndWithoutPositivePartsStartsFromEveryActivity() {
        int[] some = {3, 10, 4_000};
        int[] result = new Clause.And(N, List.of(), List.of(new Clause.Listed(N, some))).materialize();
        assertThat(result).hasSize(N - 3).doesNotContain(some);
    }
}
