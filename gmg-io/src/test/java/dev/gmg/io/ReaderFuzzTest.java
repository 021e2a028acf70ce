package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the readers. A finding is any exception other than {@link GmgFormatException} (or
 * {@link DateTimeParseException} for a period), an input that is accepted but breaks a rule of the model, or an
 * accepted value that does not survive writing and reading back, or an input that the quick path
 * ({@link DirectBinder}) and the located path read differently.
 *
 * <p>In {@code mvn verify} each test replays its checked-in corpus under
 * {@code src/test/resources/dev/gmg/io/ReaderFuzzTestInputs/<test>/} (seeded from the bad-input catalogue).
 * {@code JAZZER_FUZZ=1 mvn -pl gmg-io test -Dtest=ReaderFuzzTest#readJson} fuzzes one of them; see the
 * module's README.
 */
class ReaderFuzzTest {

    private static final Dataset AGENCIES = GmgJson.read(new ByteArrayInputStream(
            Fixtures.bytes("sample.json")));

    @FuzzTest(maxDuration = "5m")
    void readJson(byte[] input) {
        assertThat(DirectBinderTest.json(input, true)).as("the quick and the located path agree")
                .isEqualTo(DirectBinderTest.json(input, false));
        Dataset d;
        try {
            d = GmgJson.read(new ByteArrayInputStream(input));
        } catch (GmgFormatException e) {
            assertThat(e.problems()).isNotEmpty();
            return;
        }
        assertThat(BeanValidation.validate(d)).as("accepted, yet Bean Validation objects").isEmpty();
        assertThat(GmgJson.parse(GmgJson.toJson(d))).isEqualTo(d);
    }

    @FuzzTest(maxDuration = "5m")
    void readNdjson(byte[] input) {
        assertThat(DirectBinderTest.ndjson(input, true)).as("the quick and the located path agree")
                .isEqualTo(DirectBinderTest.ndjson(input, false));
        List<GmgFormatException.Problem> problems = new ArrayList<>();
        List<Activity> read = GmgJson.readNdjson(new ByteArrayInputStream(input), AGENCIES, problems::add)
                .toList();
        for (Activity a : read) {
            assertThat(BeanValidation.validate(a)).as("accepted, yet Bean Validation objects").isEmpty();
            String line = GmgJson.toNdjson(a) + "\n";
            assertThat(GmgJson.readNdjson(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                    AGENCIES).toList()).containsExactly(a);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parsePeriod(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        EdtfPeriod p;
        try {
            p = EdtfPeriod.parse(text);
        } catch (DateTimeParseException e) {
            return;
        }
        assertThat(EdtfPeriod.parse(p.toString())).isEqualTo(p);
        if (!p.hasOpenStart() && !p.hasOpenEnd()) {
            assertThat(p.earliest()).isBeforeOrEqualTo(p.latest());
        }
    }
}
