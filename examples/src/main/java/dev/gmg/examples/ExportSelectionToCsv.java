package dev.gmg.examples;

import dev.gmg.io.Datasets;
import dev.gmg.io.GmgCsv;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports a filtered selection to CSV: the evidence-base activities (action point 7) of UN-DESA and its
 * Population Division, one row per activity and participant, with a row of HXL hashtags for humanitarian tools.
 *
 * <pre>
 * java -cp examples/target/gmg.jar dev.gmg.examples.ExportSelectionToCsv evidence.csv
 * </pre>
 */
public final class ExportSelectionToCsv {

    private ExportSelectionToCsv() {
    }

    /** Writes the selection to the file named by the first argument (default: selection.csv). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "selection.csv");
        int n = export(Datasets.hld2014(), file);
        System.out.println("wrote " + n + " activities to " + file);
    }

    static int export(Dataset dataset, Path file) throws IOException {
        List<Activity> selection = ActivityIndex.of(dataset)
                .query(ActivityQuery.builder()
                        .actionPoints(ActionPoint.EVIDENCE_BASE)
                        .agencies("UN-DESA")   // includes the Population Division, a sub-body
                        .build())
                .activities();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            GmgCsv.write(dataset, selection, out, true);
        }
        return selection.size();
    }
}
