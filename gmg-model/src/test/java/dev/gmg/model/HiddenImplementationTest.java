package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API shows the model's own types: the generated implementations stay package-private. */
class HiddenImplementationTest {

    @Test
    void generatedImplementationsAreNotPublic() {
        Stream.of(Activity.builder().from(ModelTestSupport.activity("a-b").build()).build(),
                        SourceRef.of("2.6", 1), Participant.of("ILO", Role.LEAD), MigrantStock.of(2013, 232))
                .forEach(v -> assertThat(Modifier.isPublic(v.getClass().getModifiers()))
                        .as("%s is public", v.getClass().getName()).isFalse());
    }

    @Test
    void builderMethodsReturnThePublicBuilderAndBuildThePublicType() throws NoSuchMethodException {
        Method id = Activity.Builder.class.getMethod("id", String.class);
        assertThat(id.getReturnType()).isEqualTo(Activity.Builder.class);
        assertThat(Activity.Builder.class.getMethod("build").getReturnType()).isEqualTo(Activity.class);
        assertThat(Dataset.Builder.class.getMethod("build").getReturnType()).isEqualTo(Dataset.class);
        assertThat(Activity.class.getMethod("builder").getReturnType()).isEqualTo(Activity.Builder.class);
    }
}
