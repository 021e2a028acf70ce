package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void writesThePageOfTheWholeDatasetToTheFileNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hld.html");
        Cli.Run run = gmg("report", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("gmg: wrote the report of 163 activities to " + file + "\n");
        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<code id=\"query\">all</code>");
        assertThat(listedIds(page)).hasSize(Datasets.hld2014().activities().size());
    }

    @Test
    void theOptionsSelectTheActivitiesOfThePage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unicef.html");
        assertThat(gmg("report", "--agency", "UNICEF", "--status", "ongoing", "--out", file.toString()).exit())
                .isZero();
        List<String> expected = ActivityIndex.of(Datasets.hld2014()).query(ActivityQuery.builder()
                .agencies("UNICEF").statuses(Status.ONGOING).build()).ids();
        assertThat(expected).isNotEmpty();
        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(listedIds(page)).containsExactlyElementsOf(expected);
        assertThat(page).contains("agency:UNICEF AND status:ongoing");
    }

    @Test
    void theQueryOptionsAndTheLanguageWorkAsInGmgQuery(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.html");
        String where = "(point:6 OR point:8) AND region:Africa AND NOT status:completed";
        assertThat(gmg("report", "--where", where, "--out", file.toString()).exit()).isZero();
        List<String> expected = gmg("query", "--where", where, "--format", "ids").ok().lines();
        assertThat(expected).isNotEmpty();
        assertThat(listedIds(Files.readString(file, StandardCharsets.UTF_8))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void withoutOutThePageGoesToStandardOutput() {
        Cli.Run run = gmg("report", "--country", "Moldova").ok();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(listedIds(run.out())).isNotEmpty().allSatisfy(id -> assertThat(Datasets.hld2014().activity(id)
                .orElseThrow().places()).anyMatch(p -> p.place().code().equals("MDA")));
    }

    @Test
    void mistakesAreUsageErrorsWithAHint(@TempDir Path dir) {
        assertThat(gmg("report", "--agency", "UNICFE").usageError().err()).contains("did you mean 'UNICEF'");
        assertThat(gmg("report", "--country", "Africa").usageError().err()).contains("use --region 'Africa'");
        assertThat(gmg("report", "--where", "point:9").usageError().err()).contains("--where");
        assertThat(gmg("report", "--out", dir.resolve("no/such/dir/x.html").toString()).usageError().err())
                .contains("cannot write");
    }

    private static List<String> listedIds(String page) {
        return Pattern.compile("<li id=\"a-([^\"]+)\"").matcher(page).results().map(r -> r.group(1)).toList();
    }
}
