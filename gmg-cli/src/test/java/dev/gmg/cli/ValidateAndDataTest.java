package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static dev.gmg.testing.GmgAssertions.assertThat;
import static dev.gmg.testing.GmgAssertions.assertThatProblems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.cli.Cli.Run;
import dev.gmg.io.GmgJson;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gmg validate FILE...} and {@code --data FILE} on small files written for the test. */
class ValidateAndDataTest {

    @TempDir
    static Path dir;

    static Path small;
    static Path invalid;
    static Path badNdjson;

    static final Dataset SMALL = Dataset.builder()
            .metadata(DatasetMetadata.builder().title("A small test dataset").publisher("Tests")
                    .published(EdtfPeriod.parse("2014-05")).asOf(LocalDate.of(2014, 5, 1)).version("test.1").build())
            .addAgencies(
                    Agency.builder().id("ILO").name("International Labour Organization")
                            .kind(AgencyKind.SPECIALIZED_AGENCY).gmgMember(true).build(),
                    Agency.builder().id("UNESCO").name("United Nations Educational, Scientific and Cultural Organization")
                            .kind(AgencyKind.SPECIALIZED_AGENCY).gmgMember(true).build(),
                    Agency.builder().id("UIS").name("UNESCO Institute for Statistics").kind(AgencyKind.UNIT)
                            .parentId("UNESCO").build(),
                    Agency.builder().id("UN-Women")
                            .name("United Nations Entity for Gender Equality and the Empowerment of Women")
                            .kind(AgencyKind.FUND_OR_PROGRAMME).gmgMember(true).addAliases("UN Women").build())
            .addActivities(
                    Activity.builder().id("ilo-workshop-geneva").title("Workshop on fair recruitment")
                            .summary("A workshop in Geneva.").addActionPoints(ActionPoint.COSTS_OF_LABOUR_MIGRATION)
                            .addParticipants(Participant.of("ILO", Role.LEAD))
                            .addPlaces(ActivityPlace.of("CHE", PlaceRole.VENUE))
                            .period(EdtfPeriod.parse("2014-11-10/2014-11-14")).status(Status.PLANNED)
                            .kind(ActivityKind.MEETING).addThemes(Theme.RECRUITMENT)
                            .addSources(SourceRef.of("2.2", 1)).build(),
                    Activity.builder().id("uis-student-data").title("Student mobility data")
                            .summary("Data on internationally mobile students.").addActionPoints(ActionPoint.EVIDENCE_BASE)
                            .addParticipants(Participant.of("UIS", Role.LEAD)).status(Status.ONGOING)
                            .kind(ActivityKind.DATA).addThemes(Theme.EDUCATION)
                            .addSources(SourceRef.of("2.7", 3)).build(),
                    Activity.builder().id("unwomen-morocco-programme").title("Women migrant workers in Morocco")
                            .summary("A programme for women migrant workers.")
                            .addActionPoints(ActionPoint.HUMAN_RIGHTS)
                            .addParticipants(Participant.of("UN-Women", Role.LEAD), Participant.of("ILO", Role.PARTNER))
                            .addPlaces(ActivityPlace.of("MAR", PlaceRole.TARGET))
                            .period(EdtfPeriod.parse("2013/2015")).status(Status.ONGOING)
                            .kind(ActivityKind.PROGRAMME).addThemes(Theme.WOMEN_AND_GENDER)
                            .addSources(SourceRef.of("2.1", 4)).build())
            .build();

    /** Three problems on known lines: a blank version (line 2), an unknown status (line 11), an unknown agency (line 13). */
    static final String SEVERAL_PROBLEMS = """
            {
              "metadata": {"title": "Test", "publisher": "GMG", "published": "2014-05", "asOf": "2014-05-01", "version": ""},
              "agencies": [
                {"id": "ILO", "name": "International Labour Organization", "kind": "specialized-agency"},
                {"id": "UNESCO", "name": "UNESCO", "kind": "specialized-agency"},
                {"id": "UNICEF", "name": "United Nations Children's Fund", "kind": "fund-or-programme"}
              ],
              "activities": [
                {"id": "ilo-workshop", "title": "Workshop", "summary": "A workshop.", "actionPoints": [2],
                 "participants": [{"agency": "ILO", "role": "lead"}], "places": [{"place": "CHE", "role": "venue"}],
                 "period": "2014-11-10/2014-11-14", "status": "done", "kind": "meeting"},
                {"id": "unicef-data", "title": "Data", "summary": "Some data.", "actionPoints": [7],
                 "participants": [{"agency": "UNICFE", "role": "lead"}], "status": "ongoing", "kind": "data"}
              ]
            }
            """;

    static final String GOOD_LINE = "{\"id\": \"a-%d\", \"title\": \"A\", \"summary\": \"S.\", \"actionPoints\": [1], "
            + "\"participants\": [{\"agency\": \"%s\", \"role\": \"lead\"}], \"status\": \"planned\", \"kind\": \"meeting\"}";

    /** A truncated line 2 in the middle, an unknown agency on line 4 and a duplicate id on line 5. */
    static final String BAD_NDJSON = String.join("\n",
            GOOD_LINE.formatted(1, "ILO"),
            "{\"id\": \"a-2\", \"title\": \"A\", \"summary\": ",
            GOOD_LINE.formatted(3, "ILO"),
            GOOD_LINE.formatted(4, "UNICFE"),
            GOOD_LINE.formatted(1, "UNICEF")) + "\n";

    @BeforeAll
    static void writeFiles() throws IOException {
        small = Files.writeString(dir.resolve("small.json"), GmgJson.toJson(SMALL));
        invalid = Files.writeString(dir.resolve("several-problems.json"), SEVERAL_PROBLEMS);
        badNdjson = Files.writeString(dir.resolve("broken-line.ndjson"), BAD_NDJSON);
    }

    @Nested
    class Validate {

        @Test
        void aValidDatasetExitsZero() {
            Run run = gmg("validate", small.toString()).ok();
            assertThat(run.out()).isEqualTo(small + ": valid\n");
        }

        @Test
        void aValidNdjsonFileExitsZero() throws IOException {
            Path good = Files.writeString(dir.resolve("good.ndjson"),
                    GOOD_LINE.formatted(1, "ILO") + "\n" + GOOD_LINE.formatted(2, "UNICEF") + "\n");
            assertThat(gmg("validate", good.toString()).ok().out()).isEqualTo(good + ": valid\n");
        }

        @Test
        void anInvalidDatasetListsEveryProblemWithItsLocation() {
            Run run = gmg("validate", invalid.toString());
            assertThat(run.exit()).isEqualTo(Gmg.INVALID_DATA);
            assertThat(run.out()).isEmpty();
            List<String> lines = run.err().lines().toList();
            assertThat(lines.get(0)).isEqualTo(invalid + ": 3 problems");
            List<String> problems = lines.subList(1, lines.size()).stream().map(String::strip).toList();
            assertThat(problems).hasSize(3)
                    .allSatisfy(p -> assertThat(p).startsWith(invalid + ":").matches(".*:\\d+:\\d+: [^ ]+: .+"));
            assertThat(problems.get(0)).startsWith(invalid + ":2:").contains(": metadata.version: ");
            assertThat(problems.get(1)).startsWith(invalid + ":11:").contains(": activities[0].status: ").contains("'done'");
            assertThat(problems.get(2)).startsWith(invalid + ":13:")
                    .contains(": activities[1].participants[0].agency: ").contains("did you mean 'UNICEF'?");
            // the command reports what the library finds, at the same places
            assertThatProblems(() -> GmgJson.read(invalid)).hasProblemCount(3)
                    .hasProblemAt("activities[1].participants[0].agency").atLine(13)
                    .withMessageContaining("did you mean 'UNICEF'?");
            assertThatProblems(() -> GmgJson.read(invalid)).hasProblemAt("metadata.version").atLine(2);
            assertThatProblems(() -> GmgJson.read(invalid)).hasProblemAt("activities[0].status").atLine(11);
        }

        @Test
        void anNdjsonFileWithABadLineInTheMiddleReportsTheLaterLinesToo() {
            Run run = gmg("validate", badNdjson.toString());
            assertThat(run.exit()).isEqualTo(Gmg.INVALID_DATA);
            assertThat(run.out()).isEmpty();
            List<String> problems = run.err().lines().skip(1).map(String::strip).toList();
            assertThat(run.err().lines().findFirst()).hasValue(badNdjson + ": " + problems.size() + " problems");
            assertThat(problems).allSatisfy(p -> assertThat(p).matches("\\Q" + badNdjson + "\\E:\\d+:\\d+: .+"));
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(badNdjson + ":2:"));
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(badNdjson + ":4:").contains("UNICFE"));
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(badNdjson + ":5:").contains("duplicate"));
            assertThat(problems).noneSatisfy(p -> assertThat(p).startsWith(badNdjson + ":1:"));
            assertThat(problems).noneSatisfy(p -> assertThat(p).startsWith(badNdjson + ":3:"));
        }

        @Test
        void severalFilesAreAllCheckedAndAnyInvalidOneFails() {
            Run run = gmg("validate", small.toString(), invalid.toString(), badNdjson.toString());
            assertThat(run.exit()).isEqualTo(Gmg.INVALID_DATA);
            assertThat(run.out()).isEqualTo(small + ": valid\n");
            assertThat(run.err()).contains(invalid + ": 3 problems").contains(badNdjson + ": ");
        }

        @Test
        void ndjsonAgenciesComeFromTheGivenDataset() throws IOException {
            // UN-Women and UIS are agencies of the small dataset; UNICEF is not.
            Path women = Files.writeString(dir.resolve("women.ndjson"),
                    GOOD_LINE.formatted(1, "UN-Women") + "\n" + GOOD_LINE.formatted(2, "UIS") + "\n");
            assertThat(gmg("validate", "--agencies", small.toString(), women.toString()).ok().out())
                    .isEqualTo(women + ": valid\n");
            Path unicef = Files.writeString(dir.resolve("unicef.ndjson"), GOOD_LINE.formatted(1, "UNICEF") + "\n");
            Run run = gmg("validate", "--agencies", small.toString(), unicef.toString());
            assertThat(run.exit()).isEqualTo(Gmg.INVALID_DATA);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(unicef + ":1:").contains("UNICEF");
            // With the bundled agencies (the default), UNICEF is known.
            gmg("validate", unicef.toString()).ok();
        }

        @Test
        void usageErrors() throws IOException {
            assertThat(gmg("validate").usageError().err()).contains("FILE");
            assertThat(gmg("validate", dir.resolve("missing.json").toString()).usageError().err())
                    .contains("no such file").contains("missing.json");
            Path txt = Files.writeString(dir.resolve("data.txt"), "{}");
            assertThat(gmg("validate", txt.toString()).usageError().err()).contains("data.txt").contains(".json");
            // A usage error is found before any file is checked, so nothing is reported valid.
            gmg("validate", small.toString(), dir.resolve("missing.ndjson").toString()).usageError();
            gmg("validate", "--agencies", dir.resolve("missing.json").toString(), badNdjson.toString()).usageError();
            gmg("validate", "--bogus", small.toString()).usageError();
        }
    }

    @Nested
    class DataOption {

        @Test
        void queryUsesTheGivenDataset() {
            assertThat(gmg("query", "--data", small.toString(), "--format", "ids").ok().lines())
                    .containsExactly("unwomen-morocco-programme", "ilo-workshop-geneva", "uis-student-data");
            assertThat(gmg("query", "--data", small.toString(), "--agency", "UNESCO", "--format", "ids").ok().lines())
                    .containsExactly("uis-student-data");
            assertThat(gmg("query", "--data", small.toString(), "--agency", "UNESCO", "--exact-agency", "--format", "ids")
                    .ok().lines()).isEmpty();
            assertThat(gmg("query", "--data", small.toString(), "--agency", "un women", "--format", "ids").ok().lines())
                    .containsExactly("unwomen-morocco-programme");
            assertThat(gmg("query", "--data", small.toString(), "--region", "Africa", "--format", "ids").ok().lines())
                    .containsExactly("unwomen-morocco-programme");
            assertThat(gmg("query", "--data", small.toString()).ok().lines()).last().isEqualTo("3 activities match");
            // An agency of the bundled dataset that this one lacks is unknown here.
            assertThat(gmg("query", "--data", small.toString(), "--agency", "UNICEF").usageError().err()).contains("UNICEF");
        }

        @Test
        void everyDataCommandUsesTheGivenDataset() throws IOException {
            assertThat(gmg("show", "--data", small.toString(), "uis-student-data").ok().out())
                    .contains("Student mobility data").contains("UIS (UNESCO Institute for Statistics), lead");
            gmg("show", "--data", small.toString(), "ilo-labour-migration-academy-2014").usageError();
            assertThat(gmg("agencies", "--data", small.toString()).ok().lines()).last().asString().startsWith("4 agencies");
            assertThat(gmg("action-points", "--data", small.toString()).ok().out()).contains("8 action points");
            assertThat(gmg("matrix", "--data", small.toString(), "--format", "csv").ok().lines()).containsExactly(
                    "agency,ap1,ap2,ap3,ap4,ap5,ap6,ap7,ap8,total",
                    "ILO,1,1,0,0,0,0,0,0,2",
                    "UIS,0,0,0,0,0,0,1,0,1",
                    "UN-Women,1,0,0,0,0,0,0,0,1");
            assertThat(gmg("stats", "--data", small.toString()).ok().out()).contains("A small test dataset")
                    .contains("3 activities, 4 agencies (3 GMG members)");
            String exported = gmg("export", "--data", small.toString(), "--format", "json").ok().out();
            assertThat(exported).isEqualTo(Files.readString(small, StandardCharsets.UTF_8));
            assertThat(GmgJson.parse(exported)).isValid().isEqualTo(SMALL).hasActivity("uis-student-data");
            assertThat(gmg("export", "--data", small.toString(), "--format", "ndjson").ok().lines()).hasSize(3);
        }

        @Test
        void anInvalidDatasetExitsOneAndListsItsProblems() {
            for (List<String> args : List.of(List.of("query"), List.of("show", "ilo-workshop"), List.of("agencies"),
                    List.of("action-points"), List.of("matrix"), List.of("stats"), List.of("export", "--format", "json"))) {
                String[] all = new String[args.size() + 2];
                args.toArray(all);
                all[args.size()] = "--data";
                all[args.size() + 1] = invalid.toString();
                Run run = gmg(all).fails(Gmg.INVALID_DATA);
                assertThat(run.err()).as("%s", args).contains(invalid + " is not a valid dataset: 3 problems")
                        .contains("line 2, column").contains("metadata.version")
                        .contains("line 11, column").contains("activities[0].status")
                        .contains("line 13, column").contains("did you mean 'UNICEF'?");
            }
        }

        @Test
        void notJsonAtAllIsInvalidData() throws IOException {
            Path broken = Files.writeString(dir.resolve("broken.json"), "{\n");
            gmg("query", "--data", broken.toString()).fails(Gmg.INVALID_DATA);
        }

        @Test
        void aMissingFileIsAUsageError() {
            assertThat(gmg("query", "--data", dir.resolve("nope.json").toString()).usageError().err())
                    .contains("no such file");
            gmg("query", "--data", dir.toString()).usageError();
            gmg("query", "--data").usageError();
        }
    }
}
