package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.io.GmgFormatException.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the parser refuses is said in the terms of JSON, never as a Jackson setting to turn on (a user of the SDK
 * cannot change those: the file is what must be fixed), and placed where it is: the same for an NDJSON line and
 * for the activity of a document.
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
    void aNonStandardTokenIsRefusedInJsonsTerms(String what, String line, String message) {
        assertThat(problem(line).message()).contains(message).doesNotContain("Feature").doesNotContain("`");
    }

    /**
     * A failure in a field's name, or between two fields, belongs to their object, not to the field before it
     * (whose name the parser still holds then); a failure in a value belongs to its field. {@code BAD} stands
     * for bytes that are not UTF-8, {@code NUL} for a zero byte, {@code LONG} for a name over the length limit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad UTF-8 in a name          | {"id": "a-1", "tiBADtle": "T"}           | ''
            a NUL between fields         | {"id": "a-1",NUL "title": "T"}           | ''
            a broken surrogate in a name | {"id": "a-1", "ti\\ud800tle": "T"}       | ''
            a name over the length limit | {"id": "a-1", "LONG": "T"}               | ''
            the input ends after a comma | {"id": "a-1", "title": "T",              | ''
            bad UTF-8 in a value         | {"id": "a-1", "title": "TBAD"}           | title
            the input ends in a value    | {"id": "a-1", "title":                   | title
            the input ends in a nested one | {"id": "a-1", "sources": [{"section": | sources[0].section
            """)
    void aFailureBetweenFieldsIsPlacedAtTheirObjectAndOneInAValueAtItsField(String what, String line, String path) {
        Problem p = problem(line.replace("LONG", "n".repeat(GmgJson.MAX_NAME_LENGTH + 1)));

        assertThat(p.path()).isEqualTo(path.isEmpty() ? "activities[0]" : "activities[0]." + path);
    }

    /**
     * A name noted in one object says nothing of the next object at the same depth: there a failure on the start
     * of the first value is that field's, even when the object before ended with a field of the same name.
     */
    @org.junit.jupiter.api.Test
    void aFailureInTheFirstValueOfAnObjectIsItsFieldsWhateverTheObjectBeforeEndedWith() {
        byte[] document = ("{\"activities\": [{\"id\": \"a-0\", \"kind\": \"meeting\"},\n{\"kind\": Meeting}]}")
                .getBytes(StandardCharsets.UTF_8);

        for (boolean quick : new boolean[] {true, false}) {
            assertThat(DirectBinderTest.json(document, quick).problems()).last().satisfies(p -> {
                assertThat(p.path()).isEqualTo("activities[1].kind");
                assertThat(p.line()).isEqualTo(2);
            });
        }
    }

    /**
     * The first problem of {@code line}, read as an NDJSON line and as the only activity of a document: the two
     * must agree but for the path's start. The document's is answered.
     */
    private static Problem problem(String line) {
        Problem[] first = new Problem[2];
        for (int i = 0; i < 2; i++) {
            // a line cut short ends the document there too
            String text = i == 0 ? line + "\n" : "{\"activities\": [" + line + (line.endsWith("}") ? "]}" : "");
            // BAD: 0xC3 then '(' is not UTF-8; the rest is ASCII
            byte[] bytes = text.replace("BAD", "\u00c3(").replace("NUL", "\u0000")
                    .getBytes(StandardCharsets.ISO_8859_1);
            boolean ndjson = i == 0;
            GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> {
                if (ndjson) {
                    GmgJson.readNdjson(new ByteArrayInputStream(bytes), DirectBinderTest.AGENCIES).count();
                } else {
                    GmgJson.read(new ByteArrayInputStream(bytes));
                }
            });
            assertThat(e).as(text).isNotNull();
            first[i] = e.problems().get(0);
        }
        assertThat(first[0].line()).isEqualTo(1);
        assertThat(first[0].column()).isGreaterThan(1);
        assertThat(first[1].message()).isEqualTo(first[0].message());
        assertThat(first[1].path()).isEqualTo(first[0].path().isEmpty() ? "activities[0]"
                : "activities[0]." + first[0].path());
        return first[1];
    }
}
