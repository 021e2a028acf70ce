package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Coded;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schemas accept what the reader accepts and reject what they can of what it refuses. */
class JsonSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema DATASET = load(GmgJson.DATASET_SCHEMA);
    private static final Schema ACTIVITY = load(GmgJson.ACTIVITY_SCHEMA);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Schema load(String resource) {
        InputStream in = GmgJson.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return REGISTRY.getSchema(in, InputFormat.JSON);
    }

    @Test
    void theSampleAndTheBundledDatasetAreValid() {
        assertThat(DATASET.validate(Fixtures.text("sample.json"), InputFormat.JSON)).isEmpty();
        assertThat(DATASET.validate(GmgJson.toJson(Datasets.hld2014()), InputFormat.JSON)).isEmpty();
    }

    @Test
    void everyNdjsonLineTheWriterMakesIsValidAgainstTheActivitySchema() {
        Datasets.hld2014().activities().forEach(a ->
                assertThat(ACTIVITY.validate(GmgJson.toNdjson(a), InputFormat.JSON)).as(a.id()).isEmpty());
    }

    @Test
    void theActivitySchemaRejectsABrokenActivity() {
        List<Error> errors = ACTIVITY.validate("{\"id\": \"x-y\", \"title\": \"T\", \"summary\": \"S\","
                + " \"actionPoints\": [9], \"participants\": [], \"status\": \"planned\", \"kind\": \"meeting\"}",
                InputFormat.JSON);

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .contains("/actionPoints/0", "/participants");
    }

    static Stream<BadInputCatalogueTest.Case> catalogue() {
        return BadInputCatalogueTest.catalogue().filter(c -> c.schema() != BadInputCatalogueTest.Schema.UNPARSABLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void theSchemaRejectsTheCatalogueEntriesItCanExpress(BadInputCatalogueTest.Case c) {
        List<Error> errors = DATASET.validate(Fixtures.text("bad/" + c.file()), InputFormat.JSON);

        if (c.schema() == BadInputCatalogueTest.Schema.REJECTS) {
            assertThat(errors).as("schema errors for %s", c.file()).isNotEmpty();
        } else {
            assertThat(errors).as("%s breaks a rule only the reader checks", c.file()).isEmpty();
        }
    }

    @Test
    void theTwoSchemasShareTheirDefinitions() {
        JsonNode dataset = MAPPER.readTree(GmgJson.class.getResourceAsStream(GmgJson.DATASET_SCHEMA)).get("$defs");
        JsonNode activity = MAPPER.readTree(GmgJson.class.getResourceAsStream(GmgJson.ACTIVITY_SCHEMA)).get("$defs");

        List<String> names = new ArrayList<>();
        activity.propertyNames().forEach(names::add);
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(activity.get(name)).as("$defs/%s", name).isEqualTo(dataset.get(name));
        }
    }

    @Test
    void theSchemaListsExactlyTheModelsCodes() {
        JsonNode defs = MAPPER.readTree(GmgJson.class.getResourceAsStream(GmgJson.DATASET_SCHEMA)).get("$defs");

        assertThat(enumOf(defs, "role")).isEqualTo(codes(Role.values()));
        assertThat(enumOf(defs, "placeRole")).isEqualTo(codes(PlaceRole.values()));
        assertThat(enumOf(defs, "status")).isEqualTo(codes(Status.values()));
        assertThat(enumOf(defs, "activityKind")).isEqualTo(codes(ActivityKind.values()));
        assertThat(enumOf(defs, "theme")).isEqualTo(codes(Theme.values()));
        assertThat(enumOf(defs, "agencyKind")).isEqualTo(codes(AgencyKind.values()));
        assertThat(enumOf(defs, "placeCode")).as("place codes of the gazetteer; regenerate the schema's placeCode")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Gazetteer.standard().places().stream(),
                        Gazetteer.standard().cities().stream()).map(Place::code).toList());
    }

    private static List<String> enumOf(JsonNode defs, String name) {
        List<String> out = new ArrayList<>();
        defs.get(name).get("enum").forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
