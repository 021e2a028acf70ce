package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GmgCrosswalkTest {

    private static final Crosswalk CW = Crosswalk.standard();
    private final String json = GmgCrosswalk.toJson(CW);
    private final JsonNode root = JsonMapper.builder().build().readTree(json);

    @Test
    void theCrosswalkValidatesAgainstItsSchema() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(GmgCrosswalk.class.getResourceAsStream(GmgCrosswalk.SCHEMA), InputFormat.JSON);
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"strength\" : \"direct\"", "\"strength\" : \"strong\""),
                InputFormat.JSON)).as("a strength outside the vocabulary").isNotEmpty();
        assertThat(schema.validate(json.replace("\"to\" : \"gcm:20\"", "\"to\" : \"gcm:24\""), InputFormat.JSON))
                .as("an objective the Compact does not have").isNotEmpty();
    }

    @Test
    void everyLinkNamesAKnownTargetAndAKnownPointOrTheme() {
        Set<String> refs = new java.util.HashSet<>();
        root.get("refs").forEach(r -> refs.add(r.get("id").asString()));
        Set<String> themes = Arrays.stream(Theme.values()).map(t -> "theme:" + t.code()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        root.get("links").forEach(l -> {
            if (!refs.contains(l.get("to").asString())) {
                problems.add("unknown target " + l.get("to"));
            }
            String from = l.get("from").asString();
            if (!from.startsWith("point:") && !themes.contains(from)) {
                problems.add("unknown theme " + from);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(root.get("links")).hasSize(CW.links().size());
        assertThat(root.get("outcomes")).hasSize(CW.outcomes().size());
    }

    @Test
    void csvHasOneRowPerLinkAndPerStatedAbsence() {
        List<String> lines = GmgCrosswalk.toCsv(CW).lines().toList();
        assertThat(lines.get(0)).isEqualTo("from,to,strength,label,rationale");
        assertThat(lines).hasSize(1 + CW.links().size() + CW.noLinks().size());
        assertThat(lines).anyMatch(l -> l.startsWith("theme:remittances,sdg:10.c,direct,"));
        assertThat(lines).filteredOn(l -> l.contains("capacity-development")).singleElement()
                .satisfies(l -> assertThat(l).contains("capacity development is a means"));
    }
}
