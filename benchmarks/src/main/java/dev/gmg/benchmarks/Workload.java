package dev.gmg.benchmarks;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityQuery;
import dev.gmg.testing.SyntheticDatasets;
import java.time.LocalDate;

/** The dataset and the three queries every engine runs. */
final class Workload {

    /** The seed of the benchmark dataset. */
    static final long SEED = 2014;

    private Workload() {
    }

    /** (a) Selective: action point 7 + UNESCO (with its sub-bodies) + Africa + the first half of 2014. */
    static final ActivityQuery SELECTIVE = ActivityQuery.builder()
            .actionPoints(ActionPoint.EVIDENCE_BASE)
            .agencies("UNESCO")
            .regions("Africa")
            .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))
            .build();

    /** (b) Region only: Africa. */
    static final ActivityQuery REGION = ActivityQuery.builder().regions("Africa").build();

    /** (c) Free text: two words, each the beginning of a word of the title or summary. */
    static final ActivityQuery TEXT = ActivityQuery.builder().text("recruitment practices").build();

    static Dataset dataset(int size) {
        return SyntheticDatasets.generate(SEED, size);
    }
}
