package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class DataPackageTest {

    private static final Dataset HLD = Datasets.hld2014();
    private static final List<String> FILES = List.of("activities.csv", "activity_action_points.csv",
            "action_points.csv", "participants.csv", "agencies.csv", "agency_aliases.csv", "activity_places.csv",
            "places.csv", "place_members.csv", "activity_themes.csv", "related_activities.csv", "sources.csv",
            "derived_framework_links.csv");

    @Test
    void writesOneCsvPerResourceAndADescriptorWithVersionLicenceAndSource(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("hld");

        DataPackage.write(HLD, dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(concat(FILES, "datapackage.json"));
        }
        JsonNode d = descriptor(dir);
        assertThat(d.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(d.get("version").asString()).isEqualTo(HLD.metadata().version());
        assertThat(d.get("metadata").get("version").asString()).isEqualTo(HLD.metadata().version());
        assertThat(d.get("metadata").get("asOf").asString()).isEqualTo("2014-05-01");
        assertThat(d.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
        assertThat(d.get("sources").get(0).get("title").asString()).contains(HLD.metadata().title());
        assertThat(d.get("resources").values().stream().map(r -> r.get("path").asString())).containsExactlyElementsOf(FILES);
        assertThat(Files.readString(dir.resolve("datapackage.json"))).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void everyCsvHeaderIsItsSchemaAndEveryRequiredCellHasAValue(@TempDir Path folder) throws Exception {
        DataPackage.write(HLD, folder.resolve("p"));

        for (JsonNode r : descriptor(folder.resolve("p")).get("resources").values()) {
            List<String> fields = r.get("schema").get("fields").values().stream().map(f -> f.get("name").asString())
                    .toList();
            List<Map<String, String>> rows = rows(folder.resolve("p").resolve(r.get("path").asString()));
            assertThat(Files.readAllLines(folder.resolve("p").resolve(r.get("path").asString())).get(0))
                    .isEqualTo(String.join(",", fields));
            for (JsonNode f : r.get("schema").get("fields").values()) {
                if (f.path("constraints").path("required").asBoolean(false)) {
                    String name = f.get("name").asString();
                    assertThat(rows).as("%s.%s", r.get("name").asString(), name)
                            .allSatisfy(row -> assertThat(row.get(name)).isNotEmpty());
                }
            }
        }
    }

    @Test
    void rowsCarryEveryRecordOfTheDataset(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        DataPackage.write(HLD, dir);

        assertThat(rows(dir.resolve("activities.csv"))).extracting(r -> r.get("id"))
                .containsExactlyElementsOf(HLD.activities().stream().map(a -> a.id()).toList());
        assertThat(rows(dir.resolve("participants.csv")))
                .hasSize(HLD.activities().stream().mapToInt(a -> a.participants().size()).sum());
        assertThat(rows(dir.resolve("activity_places.csv")))
                .hasSize(HLD.activities().stream().mapToInt(a -> a.places().size()).sum());
        long links = HLD.activities().stream().mapToLong(a -> dev.gmg.model.Crosswalk.standard().linksOf(a).size())
                .sum();
        assertThat(rows(dir.resolve("derived_framework_links.csv"))).hasSize((int) links)
                .anySatisfy(r -> assertThat(r).containsEntry("target", "gcm:1").containsEntry("strength", "direct"));
        assertThat(rows(dir.resolve("sources.csv")))
                .hasSize(HLD.activities().stream().mapToInt(a -> a.sources().size()).sum());
        assertThat(rows(dir.resolve("agencies.csv"))).hasSize(HLD.agencies().size());
        assertThat(rows(dir.resolve("action_points.csv"))).hasSize(8);
        assertThat(rows(dir.resolve("places.csv")))
                .hasSize(Gazetteer.standard().places().size() + Gazetteer.standard().cities().size());
    }

    @Test
    void aSeasonGetsItsFirstAndLastDayAndAnOpenEndStaysEmpty(@TempDir Path folder) throws Exception {
        Dataset sample = GmgJson.read(Fixtures.path("sample.json"));
        DataPackage.write(sample, folder.resolve("p"));

        List<Map<String, String>> activities = rows(folder.resolve("p").resolve("activities.csv"));

        assertThat(activities).filteredOn(r -> r.get("period").equals("2013-23")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("start"), r.get("end")))
                        .containsExactly("2013-09-01", "2013-11-30"));
        assertThat(activities).filteredOn(r -> r.get("period").equals("2014/..")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("start"), r.get("end"))).containsExactly("2014-01-01", ""));
    }

    @Test
    void placesHaveTheirM49ParentAndMembersFlattenedDownToCountries(@TempDir Path folder) throws Exception {
        DataPackage.write(HLD, folder.resolve("p"));

        Map<String, Map<String, String>> places = new java.util.HashMap<>();
        rows(folder.resolve("p").resolve("places.csv")).forEach(r -> places.put(r.get("code"), r));
        assertThat(places.get("MAR")).containsEntry("parent", "015").containsEntry("m49", "504")
                .containsEntry("iso2", "MA").containsEntry("kind", "country");
        assertThat(places.get("015")).containsEntry("parent", "002").containsEntry("kind", "sub-region");
        assertThat(places.get("002")).containsEntry("parent", "001");
        assertThat(places.get("001")).containsEntry("parent", "");
        assertThat(places.get("XKX")).containsEntry("parent", "039").containsEntry("m49", "");
        assertThat(places.get("horn-of-africa")).containsEntry("kind", "named-area").containsEntry("parent", "014");

        List<List<String>> members = rows(folder.resolve("p").resolve("place_members.csv")).stream()
                .map(r -> List.of(r.get("place"), r.get("country"))).toList();
        assertThat(members).contains(List.of("002", "MAR"), List.of("015", "MAR"), List.of("arab-region", "MAR"),
                List.of("MAR", "MAR"), List.of("001", "XKX"));
        assertThat(members).doesNotContain(List.of("150", "MAR"));
        Place africa = Place.of("Africa");
        assertThat(members.stream().filter(m -> m.get(0).equals("002")).map(m -> m.get(1)))
                .containsExactlyInAnyOrderElementsOf(africa.countries());
    }

    /**
     * Where each field of the JSON form lands in the package, as table.column. A field added to the format (and so
     * to the JSON Schema) fails this test until the package carries it too: no field is dropped silently.
     */
    private static final Map<String, String> JSON_TO_PACKAGE = Map.ofEntries(
            Map.entry("activity.id", "activities.id"), Map.entry("activity.title", "activities.title"),
            Map.entry("activity.summary", "activities.summary"),
            Map.entry("activity.actionPoints", "activity_action_points.action_point"),
            Map.entry("activity.participants", "participants.activity"),
            Map.entry("activity.places", "activity_places.activity"),
            Map.entry("activity.period", "activities.period"), Map.entry("activity.status", "activities.status"),
            Map.entry("activity.kind", "activities.kind"), Map.entry("activity.themes", "activity_themes.theme"),
            Map.entry("activity.sources", "sources.activity"), Map.entry("activity.partOf", "activities.part_of"),
            Map.entry("activity.related", "related_activities.related"),
            Map.entry("participant.agency", "participants.agency"), Map.entry("participant.role", "participants.role"),
            Map.entry("activityPlace.place", "activity_places.place"),
            Map.entry("activityPlace.role", "activity_places.role"),
            Map.entry("source.section", "sources.section"), Map.entry("source.subheading", "sources.subheading"),
            Map.entry("source.paragraph", "sources.paragraph"),
            Map.entry("agency.id", "agencies.id"), Map.entry("agency.name", "agencies.name"),
            Map.entry("agency.kind", "agencies.kind"), Map.entry("agency.gmgMember", "agencies.gmg_member"),
            Map.entry("agency.parent", "agencies.parent"), Map.entry("agency.aliases", "agency_aliases.alias"));

    @Test
    void everyFieldOfTheJsonFormHasAColumn(@TempDir Path folder) throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(Fixtures.class.getResourceAsStream(
                GmgJson.DATASET_SCHEMA));
        List<String> fields = new ArrayList<>();
        for (String type : List.of("activity", "participant", "activityPlace", "source", "agency")) {
            schema.get("$defs").get(type).get("properties").propertyNames().forEach(f -> fields.add(type + "." + f));
        }
        assertThat(JSON_TO_PACKAGE.keySet()).as("fields of the JSON form; PackageTables must write each")
                .containsExactlyInAnyOrderElementsOf(fields);

        DataPackage.write(HLD, folder.resolve("p"));
        JsonNode d = descriptor(folder.resolve("p"));
        for (String column : JSON_TO_PACKAGE.values()) {
            String[] tc = column.split("\\.");
            assertThat(d.get("resources").values()).as(column).anySatisfy(r -> {
                assertThat(r.get("name").asString()).isEqualTo(tc[0]);
                assertThat(r.get("schema").get("fields").values()).extracting(f -> f.get("name").asString())
                        .contains(tc[1]);
            });
        }
        assertThat(d.get("metadata").propertyNames()).containsExactlyInAnyOrderElementsOf(
                schema.get("$defs").get("metadata").get("properties").propertyNames());
    }

    @Test
    void refusesAFileAndLeavesOtherFilesOfAnExistingFolderAlone(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("taken"), "mine");
        assertThatThrownBy(() -> DataPackage.write(HLD, file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("taken").hasMessageContaining("not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");

        Path dir = Files.createDirectory(folder.resolve("pkg"));
        Files.writeString(dir.resolve("README.txt"), "notes");
        Files.writeString(dir.resolve("activities.csv"), "old");
        DataPackage.write(HLD, dir);
        DataPackage.write(HLD, dir);

        assertThat(Files.readString(dir.resolve("README.txt"))).isEqualTo("notes");
        assertThat(Files.readString(dir.resolve("activities.csv"))).startsWith("id,title,summary,");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("taken", "pkg");
        }
    }

    @Test
    void aMissingParentFolderIsAClearError(@TempDir Path folder) {
        assertThatThrownBy(() -> DataPackage.write(HLD, folder.resolve("no/such/place")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no such folder");
    }

    private static JsonNode descriptor(Path dir) throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(dir.resolve("datapackage.json")));
    }

    static List<Map<String, String>> rows(Path csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<Map<String, String>> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
