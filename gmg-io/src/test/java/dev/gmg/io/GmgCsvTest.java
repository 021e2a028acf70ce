package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmgCsvTest {

    private final Dataset sample = GmgJson.read(Fixtures.path("sample.json"));

    @Test
    void oneRowPerActivityAndParticipantWithLabelsBesideCodes() {
        List<String> lines = GmgCsv.toCsv(sample, false).lines().toList();

        assertThat(lines.get(0)).isEqualTo("activity,title,agency,agency_name,role,role_label,action_points,"
                + "action_point_titles,kind,kind_label,status,status_label,countries,country_names,cities,city_names,regions,"
                + "region_names,period,start,end,themes,theme_labels,sources,derived_sdg_targets,derived_gcm_objectives,dataset_version");
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(3)).isEqualTo("ilo-fair-recruitment-workshop-tunis,Regional workshop on fair"
                + " recruitment,UN-Women,United Nations Entity for Gender Equality and the Empowerment of Women,"
                + "partner,Partner,3,\"Eliminate migrant exploitation, including human trafficking\",meeting,Meeting,"
                + "planned,Planned,TUN,Tunisia,,,015; arab-region,Northern Africa; Arab region,2014-11-10/2014-11-14,"
                + "2014-11-10,2014-11-14,women-and-gender,Women and gender,§2.3 ¶1 (Recruitment),"
                + "5.2 (direct); 8.7 (direct); 8.8 (direct); 16.2 (related),"
                + "3 (related); 6 (related); 7 (related); 9 (related); 10 (direct),test.1");
    }

    @Test
    void openEndsLeaveTheDateColumnsEmptyAndSeasonsGiveTheirBounds() {
        List<String> lines = GmgCsv.toCsv(sample, false).lines().toList();

        assertThat(lines.get(1)).contains(",2014/..,2014-01-01,,");
        assertThat(lines.get(4)).contains(",2013-23,2013-09-01,2013-11-30,");
    }

    @Test
    void everyRowNamesTheDatasetVersion() {
        List<String> lines = GmgCsv.toCsv(Datasets.hld2014(), false).lines().toList();

        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l).endsWith("," + Datasets.hld2014().metadata().version()));
    }

    @Test
    void theHxlRowFollowsTheHeader() {
        List<String> lines = GmgCsv.toCsv(sample, true).lines().toList();

        assertThat(lines.get(1)).startsWith("#activity+code,#activity+name,#org+code,#org+name,#org+role+code")
                .contains("#sector+code", "#country+code", "#date+start", "#date+end").endsWith(",#meta+version");
        assertThat(lines.get(1).split(",")).hasSameSizeAs(lines.get(0).split(","));
        assertThat(lines).hasSize(2 + 5);
    }

    @Test
    void theWholeBundledDatasetExportsAndWritesAtomically(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("hld.csv");

        GmgCsv.write(Datasets.hld2014(), file, true);

        long participants = Datasets.hld2014().activities().stream().mapToLong(a -> a.participants().size()).sum();
        assertThat(Files.readString(file)).isEqualTo(GmgCsv.toCsv(Datasets.hld2014(), true))
                .endsWith("\n").doesNotContain("\r");
        assertThat(Files.readAllLines(file)).hasSizeGreaterThanOrEqualTo((int) participants + 2);
    }

    @Test
    void aCityVenueNamesItsCountryToo() {
        List<String> academy = GmgCsv.toCsv(Datasets.hld2014(), false).lines()
                .filter(l -> l.startsWith("ilo-labour-migration-academy-2014,")).toList();

        assertThat(academy).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",ITA,Italy,ITTRN,Turin,,,"));
    }
}
