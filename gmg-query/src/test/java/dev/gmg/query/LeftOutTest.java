package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.PlaceKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryResult#leftOut()}: the counts equal a direct three-valued reading of the filter, activity by activity,
 * and the bundled data's example question gets its answer.
 */
class LeftOutTest {

    static final Dataset HLD = Datasets.hld2014();
    static final ActivityIndex INDEX = ActivityIndex.of(HLD);

    @Test
    void whoWorksOnPoint7InAfricaIn2014SaysWhatItCouldNotJudge() {
        QueryResult r = INDEX.query(ActivityQuery.of(ActivityFilter.parse("point:7 AND region:Africa AND overlaps:2014")));
        LeftOut left = r.leftOut();
        assertThat(left).isEqualTo(reference(ActivityFilter.parse("point:7 AND region:Africa AND overlaps:2014"), HLD));
        assertThat(left.undated()).isPositive();
        assertThat(left.placeless()).isPositive();
        // with the undated let in, exactly those left out for want of a date join the answer
        QueryResult more = INDEX.query(ActivityQuery.of(ActivityFilter.parse(
                "point:7 AND region:Africa AND (overlaps:2014 OR undated)")));
        assertThat(more.total()).isEqualTo(r.total() + left.undated());
        QueryResult global = INDEX.query(ActivityQuery.of(ActivityFilter.parse(
                "point:7 AND (region:Africa OR global) AND overlaps:2014")));
        assertThat(global.total()).isGreaterThanOrEqualTo(r.total() + left.globalOnly());
    }

    @Test
    void nothingIsLeftOutByAFilterWithoutDateOrPlaceLeaves() {
        assertThat(INDEX.query(ActivityQuery.of(ActivityFilter.parse("point:7 OR status:planned"))).leftOut())
                .isEqualTo(LeftOut.NONE);
        assertThat(INDEX.query(ActivityQuery.of(ActivityFilter.parse("undated OR placeless"))).leftOut().isEmpty())
                .isTrue();
    }

    @Test
    void countsEqualAThreeValuedReadingOnRandomTrees() {
        SplittableRandom random = new SplittableRandom(99);
        int nonZero = 0;
        for (Dataset d : new Dataset[] {HLD, RandomFilters.withLinks(HLD, random)}) {
            ActivityIndex index = ActivityIndex.of(d);
            RandomFilters trees = new RandomFilters(random, d);
            for (int i = 0; i < 300; i++) {
                ActivityFilter f = trees.tree(1 + random.nextInt(4));
                LeftOut left = index.query(ActivityQuery.of(f)).leftOut();
                assertThat(left).as("left out by %s", f).isEqualTo(reference(f, d));
                nonZero += left.isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonZero).as("trees that leave something out").isGreaterThan(60);
    }

    /** Kleene logic, one activity at a time (null is "unknown"): the unknown ones not in the result. */
    static LeftOut reference(ActivityFilter f, Dataset d) {
        int[] counts = new int[3];
        var shown = f.matcher(d);
        for (Activity a : d.activities()) {
            for (Planner.Gap gap : Planner.Gap.values()) {
                if (eval(f, a, gap, d) == null && !shown.test(a)) {
                    counts[gap.ordinal()]++;
                }
            }
        }
        return new LeftOut(counts[0], counts[1], counts[2]);
    }

    private static Boolean eval(ActivityFilter f, Activity a, Planner.Gap gap, Dataset d) {
        if (f instanceof Nodes.And and) {
            boolean unknown = false;
            for (ActivityFilter c : and.children()) {
                Boolean v = eval(c, a, gap, d);
                if (Boolean.FALSE.equals(v)) {
                    return false;
                }
                unknown |= v == null;
            }
            return unknown ? null : true;
        }
        if (f instanceof Nodes.Or or) {
            boolean unknown = false;
            for (ActivityFilter c : or.children()) {
                Boolean v = eval(c, a, gap, d);
                if (Boolean.TRUE.equals(v)) {
                    return true;
                }
                unknown |= v == null;
            }
            return unknown ? null : false;
        }
        if (f instanceof Nodes.Not not) {
            Boolean v = eval(not.child(), a, gap, d);
            return v == null ? null : !v;
        }
        boolean undated = a.period().isEmpty();
        boolean placeless = a.places().isEmpty();
        boolean worldOnly = !placeless && a.places().stream().map(ActivityPlace::place)
                .allMatch(p -> p.kind() == PlaceKind.WORLD);
        boolean unknown = switch (gap) {
            case UNDATED -> f instanceof Leaves.DateIs && undated;
            case PLACELESS -> (f instanceof Leaves.PlaceIs || f instanceof Leaves.Global
                    || f instanceof Leaves.PlaceRoleIs) && placeless;
            case GLOBAL_ONLY -> f instanceof Leaves.PlaceIs p && worldOnly
                    && Gazetteer.standard().place(p.place()).kind() != PlaceKind.WORLD;
        };
        return unknown ? null : f.matcher(d).test(a);
    }
}
