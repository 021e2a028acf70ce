package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Agency;
import dev.gmg.model.Coded;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quick path finds a code, place or agency from a parser's characters exactly when the string is a key. */
class CharsLookupTest {

    /** Every key of the tables the quick path uses, found at an offset inside a longer array, and nothing else. */
    @Test
    void findsEveryKeyOfTheQuickPathsTablesAndOnlyThem() {
        Map<String, Object> keys = new LinkedHashMap<>();
        Gazetteer.standard().places().forEach(place -> keys.put(place.code(), place));
        Gazetteer.standard().cities().forEach(city -> keys.put(city.code(), city));
        Datasets.hld2014().agencies().forEach(agency -> keys.put(agency.id(), agency));
        Stream.of(Theme.values(), Status.values(), Role.values()).flatMap(Stream::of)
                .forEach(code -> keys.put(((Coded) code).code(), code));
        CharsLookup<Object> lookup = new CharsLookup<>(keys);

        for (Map.Entry<String, Object> e : keys.entrySet()) {
            assertThat(find(lookup, e.getKey())).as(e.getKey()).isSameAs(e.getValue());
            for (String near : nearMisses(e.getKey())) {
                assertThat(find(lookup, near)).as(near).isSameAs(keys.get(near));
            }
        }
        assertThat(find(lookup, "")).isNull();
        assertThat(lookup.maxLength).isEqualTo(keys.keySet().stream().mapToInt(String::length).max().orElseThrow());
    }

    /** Keys alike in length and in their first, middle and last characters are told apart. */
    @Test
    void keysAlikeButForAFewCharactersAreToldApart() {
        List<String> alike = List.of("a1b2c", "a9b8c", "a0b0c", "a1b3c", "a2b1c");
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (int i = 0; i < alike.size(); i++) {
            keys.put(alike.get(i), i);
        }
        CharsLookup<Integer> lookup = new CharsLookup<>(keys);
        for (int i = 0; i < alike.size(); i++) {
            assertThat(find(lookup, alike.get(i))).isEqualTo(i);
        }
        assertThat(find(lookup, "a5b5c")).isNull();
        assertThat(find(lookup, "abc")).isNull();
        assertThat(find(lookup, "a1b2cc")).isNull();
    }

    @Test
    void findsTheValueOfAnEnumsCodes() {
        CharsLookup<Status> statuses = CharsLookup.ofCodes(Status.class);
        for (Status status : Status.values()) {
            assertThat(find(statuses, status.code())).isSameAs(status);
        }
        assertThat(find(statuses, Status.values()[0].name())).isNull();
        Place world = Gazetteer.standard().byCode("001").orElseThrow();
        assertThat(find(new CharsLookup<>(Map.of("001", world)), "001")).isSameAs(world);
        assertThat(find(new CharsLookup<Agency>(Map.of()), "001")).isNull();
    }

    /**
     * Looks {@code key} up from the middle of a longer array, as it lies in a parser's buffer; a key of plain
     * characters also from the input's bytes, which must find the same.
     */
    private static <V> V find(CharsLookup<V> lookup, String key) {
        String around = "\"x\":\"" + key + "\",";
        V found = lookup.get(around.toCharArray(), 5, key.length());
        if (key.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '\\')) {
            byte[] bytes = around.getBytes(StandardCharsets.US_ASCII);
            assertThat(lookup.get(bytes, 5, key.length())).as("from bytes: " + key).isSameAs(found);
            // alone in its array, and followed by many bytes: its words are read byte by byte, or eight at once
            byte[] alone = key.getBytes(StandardCharsets.US_ASCII);
            assertThat(lookup.get(alone, 0, alone.length)).as("from its own bytes: " + key).isSameAs(found);
            byte[] followed = (key + "\"zzzzzzzzzzzzzzzz").getBytes(StandardCharsets.US_ASCII);
            assertThat(lookup.get(followed, 0, alone.length)).as("from bytes with more after: " + key)
                    .isSameAs(found);
        }
        return found;
    }

    /** The key with one character changed at each place, cut short at either end, and lengthened at either end. */
    private static List<String> nearMisses(String key) {
        List<String> near = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            near.add(key.substring(0, i) + (char) (key.charAt(i) ^ 1) + key.substring(i + 1));
        }
        if (!key.isEmpty()) {
            near.add(key.substring(1));
            near.add(key.substring(0, key.length() - 1));
        }
        near.add(key + "x");
        near.add("x" + key);
        return near;
    }
}
