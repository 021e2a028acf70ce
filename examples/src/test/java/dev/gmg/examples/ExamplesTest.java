package dev.gmg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    private final Dataset hld = Datasets.hld2014();

    private static String capture(java.util.function.Consumer<PrintStream> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whoDoesWhatInTheArabRegionListsEscwaAndItsPartners() {
        String out = capture(o -> WhoDoesWhatInRegion.print(hld, "Arab region", o));
        assertThat(out).startsWith("12 activities in or overlapping Arab region, by agency:")
                .contains("ESCWA — United Nations Economic and Social Commission for Western Asia")
                .contains("LAS — ")
                .contains("Regional report on international migration issues in the Arab region (lead)");
    }

    @Test
    void timelineOf2014ListsDatedEventsInOrder() {
        String out = capture(o -> Timeline2014.print(hld, o));
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("2014 events dated to the day (");
        List<String> dates = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, 10)).toList();
        assertThat(dates).isSorted().allMatch(d -> d.startsWith("2014-"));
        assertThat(out).contains("2014-06-16/2014-06-27   Labour Migration Academy — Turin")
                .contains("2014-11-10/2014-11-14   Expert Meeting on the impact of access to financial services"
                        + " — Geneva")
                .doesNotContain("2014/2017");
    }

    @Test
    void exportWritesTheSelectionWithAnHxlRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evidence.csv");
        int n = ExportSelectionToCsv.export(hld, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(n).isPositive();
        assertThat(lines.get(0)).startsWith("activity,title,agency,agency_name,role");
        assertThat(lines.get(1)).startsWith("#activity+code");
        assertThat(lines.subList(2, lines.size())).allMatch(l -> l.contains("Strengthen the migration evidence base"));
        assertThat(lines.subList(2, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).distinct())
                .hasSize(n);
        assertThat(String.join("\n", lines)).contains("UN-DESA-PD");
    }
}
