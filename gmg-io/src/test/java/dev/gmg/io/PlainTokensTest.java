package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * {@link PlainTokens} answers, for every input it reads to the end, the tokens Jackson's parser answers: the same
 * kinds, texts, numbers and columns, and no input it accepts is one the parser refuses. Whatever it does not know
 * is a doubt, never a different reading.
 */
class PlainTokensTest {

    /** A token as both readers see it: its kind, its text or number, and its column. */
    record Token(JsonToken kind, String value, int column) {
    }

    @Test
    void readsAnActivityLineAsJacksonDoes() {
        String line = GmgJson.toNdjson(DirectBinderTest.AGENCIES.activities().get(0));

        assertThat(plain(line)).isNotNull().isEqualTo(jackson(line)).hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " { } ", "[]", "{\"a\":[]}", "{\"a\" : [ 1 , 22 ,333 ] }\t",
        "{\"é\":\"Réunion\",\"b\":\"\"}", "[\"x y\",{\"k\":\"v\"},[[]]]", "{\"a\":123456789}", "\"text\"", "7",
        "[\"\u007f\u0080\"]", "{} \t\r\n"})
    void readsWhatItKnowsAsJacksonDoes(String json) {
        assertThat(plain(json)).isNotNull().isEqualTo(jackson(json));
    }

    /** Valid JSON beyond what it knows, and invalid JSON: doubts, for the parser to read or to place. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"\\n\"}", "{\"a\\u0062\":1}", "{\"a\":0}", "{\"a\":-1}", "{\"a\":1.5}",
        "{\"a\":1e3}", "{\"a\":1234567890}", "{\"a\":true}", "{\"a\":null}", "{\"a\":01}", "{\"a\":1,}", "[1,]",
        "{,\"a\":1}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1 2]", "{\"a\":\"x\u0001\"}", "{\"a\":\"x", "{\"a\":1",
        "{} {}", "{}x", "{\u000b}", "[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]", "{'a':1}",
        "{\"a\":1}}", "]", "", "{\"a\":\r1}", "\n{}"})
    void doubtsWhatItDoesNotKnow(String json) {
        assertThat(plain(json)).isNull();
    }

    @Test
    void aStringOverTheLimitIsADoubt() {
        PlainTokens tokens = new PlainTokens(3, 1000, Long.MAX_VALUE);
        byte[] bytes = "[\"abc\",\"abcd\"]".getBytes(StandardCharsets.UTF_8);
        tokens.reset(bytes, 0, bytes.length);

        assertThat(tokens.next()).isEqualTo(JsonToken.START_ARRAY);
        assertThat(tokens.next()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(tokens.text()).isEqualTo("abc");
        assertThatThrownBy(tokens::next).isSameAs(DirectBinder.Doubt.INSTANCE);
    }

    @Test
    void moreTokensThanTheLimitIsADoubt() {
        PlainTokens tokens = new PlainTokens(100, 1000, 3);
        byte[] bytes = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        tokens.reset(bytes, 0, bytes.length);

        tokens.next();
        tokens.next();
        tokens.next();
        assertThatThrownBy(tokens::next).isSameAs(DirectBinder.Doubt.INSTANCE);
    }

    @Test
    void textThatIsNotUtf8IsADoubt() {
        byte[] bytes = {'"', 'a', (byte) 0xC3, '"'};
        PlainTokens tokens = new PlainTokens(100, 1000, 100);
        tokens.reset(bytes, 0, bytes.length);

        assertThat(tokens.next()).isEqualTo(JsonToken.VALUE_STRING);
        assertThatThrownBy(tokens::text).isSameAs(DirectBinder.Doubt.INSTANCE);
    }

    @Test
    void aNameComparedWithThoseExpectedIsTakenOnlyWhenItIsOneOfThem() {
        byte[] bytes = "{\"id\":\"x\",\"ids\":1, \"title\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        PlainTokens.Names names = new PlainTokens.Names("title", "id", "ids", "i");
        PlainTokens tokens = new PlainTokens(100, 1000, 100);
        tokens.reset(bytes, 0, bytes.length);
        tokens.next();

        assertThat(tokens.nextNameAmong(names, 2)).isEqualTo(-1);
        assertThat(tokens.nextNameAmong(names, 0)).isEqualTo(1);
        assertThat(tokens.column()).isEqualTo(2);
        assertThat(tokens.text()).isEqualTo("id");
        assertThat(tokens.nextNameAmong(names, 0)).as("a value comes first").isEqualTo(-1);
        assertThat(tokens.next()).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(tokens.nextNameAmong(names, 1)).isEqualTo(2);
        assertThat(tokens.next()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        // a blank before the name: not the writer's layout, so read as a token
        assertThat(tokens.nextNameAmong(names, 0)).isEqualTo(-1);
        assertThat(tokens.next()).isEqualTo(JsonToken.PROPERTY_NAME);
        assertThat(tokens.text()).isEqualTo("title");
    }


    /** Names longer than two words differ only in their middle here: compared whole. */
    @Test
    void longNamesAreComparedWhole() {
        byte[] bytes = "{\"participantsXAndMore\":1,\"participantsYAndMore\":2}".getBytes(StandardCharsets.UTF_8);
        PlainTokens.Names names = new PlainTokens.Names("participantsYAndMore", "participantsXAndMore");
        PlainTokens tokens = new PlainTokens(100, 1000, 100);
        tokens.reset(bytes, 0, bytes.length);
        tokens.next();

        assertThat(tokens.nextNameAmong(names, 0)).isEqualTo(1);
        tokens.next();
        assertThat(tokens.nextNameAmong(names, 1)).isEqualTo(-1);
        assertThat(tokens.nextNameAmong(names, 0)).isEqualTo(0);
        tokens.next();
        assertThat(tokens.next()).isEqualTo(JsonToken.END_OBJECT);
    }

    /**
     * Thousands of seeded mutations of activity lines and of small JSON texts: whenever it reads one to the end,
     * Jackson reads the same tokens from it, and many of them are read to the end.
     */
    @Test
    void agreesWithJacksonOnSeededMutations() {
        List<String> seeds = new ArrayList<>(DirectBinderTest.AGENCIES.activities().stream().map(GmgJson::toNdjson)
                .toList());
        seeds.addAll(List.of("{\"a\":[1,{\"b\":\"c\"}],\"d\":{}}", "[ \"x\" , 12 , [ ] ]", "{\"é\":\"ü\"}"));
        Random random = new Random(20261130);
        String alphabet = "\"{}[],: \t\r\n0123456789-+.eExa\\\u00e9\u0001";
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder json = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(json.length());
                switch (random.nextInt(3)) {
                    case 0 -> json.deleteCharAt(at);
                    case 1 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            List<Token> plain = plain(json.toString());
            if (plain != null) {
                read++;
                assertThat(plain).as(json.toString()).isEqualTo(jackson(json.toString()));
            }
        }
        assertThat(read).as("mutations read to the end").isBetween(2_000, 19_000);
    }

    /** The tokens of {@code json}'s one value up to its end, or null on a doubt. */
    private static List<Token> plain(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        PlainTokens tokens = new PlainTokens(1000, 1000, 10_000);
        tokens.reset(bytes, 0, bytes.length);
        List<Token> read = new ArrayList<>();
        try {
            int depth = 0;
            do {
                JsonToken t = tokens.next();
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                String value = t == JsonToken.VALUE_NUMBER_INT ? Integer.toString(tokens.intValue())
                        : t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME ? tokens.text() : null;
                read.add(new Token(t, value, tokens.column()));
            } while (depth > 0);
        } catch (DirectBinder.Doubt doubt) {
            return null;
        }
        return tokens.atEnd() ? read : null;
    }

    /** The tokens Jackson's parser reads from {@code json}; it must read it to the end without an error. */
    private static List<Token> jackson(String json) {
        List<Token> read = new ArrayList<>();
        try (JsonParser p = TreeReader.FACTORY.createParser(ObjectReadContext.empty(),
                json.getBytes(StandardCharsets.UTF_8))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String value = t == JsonToken.VALUE_NUMBER_INT ? Integer.toString(p.getIntValue())
                        : t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME ? p.getString() : null;
                read.add(new Token(t, value, p.currentTokenLocation().getColumnNr()));
            }
        } catch (JacksonException e) {
            throw new AssertionError("Jackson refuses what PlainTokens read: " + json, e);
        }
        return read;
    }
}
