package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.io.GmgFormatException.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the parser refuses is said in the terms of JSON, never as a Jackson setting to turn on: a user of the SDK
 * cannot change those, and the file is what must be fixed.
 */
class ParserMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NaN                      | {"id": "a-1", "sources": [{"section": "2.1", "paragraph": NaN}]}       | non-standard token 'NaN': JSON has no such value
            Infinity                 | {"id": "a-1", "sources": [{"section": "2.1", "paragraph": Infinity}]}  | non-standard token 'Infinity': JSON has no such value
            minus Infinity           | {"id": "a-1", "sources": [{"section": "2.1", "paragraph": -Infinity}]} | non-standard token '-Infinity': JSON has no such value
            a comment                | {"id": "a-1", /* note */ "title": "T"}                                 | maybe a (non-standard) comment? JSON has no comments
            a hexadecimal number     | {"id": "a-1", "sources": [{"section": "2.1", "paragraph": 0x1F}]}      | hexadecimal numbers are not JSON
            """)
    void aNonStandardTokenIsRefusedInJsonsTermsWithItsPlace(String what, String line, String message) {
        for (String input : new String[] {line + "\n", "{\"activities\": [" + line + "]}"}) {
            boolean ndjson = input.endsWith("\n");
            GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> {
                byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
                if (ndjson) {
                    GmgJson.readNdjson(new ByteArrayInputStream(bytes), DirectBinderTest.AGENCIES).count();
                } else {
                    GmgJson.read(new ByteArrayInputStream(bytes));
                }
            });

            assertThat(e).as(input).isNotNull();
            Problem first = e.problems().get(0);
            assertThat(first.message()).as(input).contains(message).doesNotContain("Feature").doesNotContain("`");
            assertThat(first.line()).isEqualTo(1);
            assertThat(first.column()).isGreaterThan(1);
        }
    }
}
