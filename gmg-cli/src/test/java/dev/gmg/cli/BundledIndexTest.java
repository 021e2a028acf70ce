package dev.gmg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledIndexTest {

    @Test
    void theBuildWritesTheBundledIndexAndARunReadsItInsteadOfBuildingIt() {
        assertThat(Indexes.class.getResource(Indexes.BUNDLED_INDEX)).as("written by the build").isNotNull();
        ActivityIndex read = Indexes.loadBundled();
        ActivityIndex built = ActivityIndex.of(Datasets.hld2014());
        for (String filter : List.of("agency:ILO AND region:Europe", "point:7 OR theme:children",
                "NOT status:completed AND overlaps:2014-01/2014-06", "source:2.7", "undated OR placeless",
                "part-of:idc-campaign-end-child-immigration-detention",
                "related:unicef-civil-society-partnerships-child-rights")) {
            ActivityQuery query = ActivityQuery.of(ActivityFilter.parse(filter));
            assertThat(read.query(query).ids()).as(filter).isEqualTo(built.query(query).ids());
            assertThat(read.query(query).facets()).as(filter).isEqualTo(built.query(query).facets());
        }
    }
}
