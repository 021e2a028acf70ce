package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class GmgModuleTest {

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final Dataset sample = GmgJson.read(Fixtures.path("sample.json"));

    @Test
    void theModuleIsFoundThroughServiceLoader() {
        assertThat(JsonMapper.builder().build().registeredModules()).isEmpty();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof GmgModule);
    }

    @Test
    void modelValuesBindInTheFileFormat() {
        Activity a = sample.activities().get(1);

        String json = mapper.writeValueAsString(a);

        assertThat(json).isEqualTo(GmgJson.toNdjson(a));
        assertThat(mapper.readValue(json, Activity.class)).isEqualTo(a);
        assertThat(mapper.readValue(mapper.writeValueAsString(sample), Dataset.class)).isEqualTo(sample);
        assertThat(mapper.writeValueAsString(EdtfPeriod.parse("2014-40"))).isEqualTo("\"2014-40\"");
        assertThat(mapper.readValue("\"MAR\"", Place.class)).isEqualTo(Place.of("Morocco"));
        assertThat(mapper.writeValueAsString(ActionPoint.EVIDENCE_BASE)).isEqualTo("7");
        assertThat(mapper.readValue("\"lead\"", Role.class)).isEqualTo(Role.LEAD);
    }

    @Test
    void anInvalidValueIsAJacksonErrorListingTheProblems() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\": \"x\", \"title\": 1}", Activity.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("title: expected a string, found a number (1)")
                .hasMessageContaining("missing required field 'summary'")
                .cause().isInstanceOf(GmgFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("\"Morocco\"", Place.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("write 'MAR'");
    }
}
