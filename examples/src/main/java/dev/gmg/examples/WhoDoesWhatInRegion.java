package dev.gmg.examples;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who does what in a region: every agency with activities in or overlapping the region, and what they are.
 *
 * <pre>
 * java -cp examples/target/gmg.jar dev.gmg.examples.WhoDoesWhatInRegion "Arab region"
 * </pre>
 */
public final class WhoDoesWhatInRegion {

    private WhoDoesWhatInRegion() {
    }

    /** Prints the agencies active in the region named by the first argument (default: Africa). */
    public static void main(String[] args) {
        print(Datasets.hld2014(), args.length > 0 ? args[0] : "Africa", System.out);
    }

    static void print(Dataset dataset, String region, PrintStream out) {
        List<Activity> activities = ActivityIndex.of(dataset)
                .query(ActivityQuery.builder().regions(region).build())
                .activities();
        Map<String, TreeSet<String>> byAgency = new TreeMap<>();
        for (Activity a : activities) {
            for (Participant p : a.participants()) {
                byAgency.computeIfAbsent(p.agencyId(), k -> new TreeSet<>())
                        .add(a.title() + " (" + p.role().label().toLowerCase() + ")");
            }
        }
        out.println(activities.size() + " activities in or overlapping " + region + ", by agency:");
        byAgency.forEach((agency, titles) -> {
            out.println();
            out.println(agency + " — " + dataset.agency(agency).map(x -> x.name()).orElse(agency));
            titles.forEach(t -> out.println("  - " + t));
        });
    }
}
