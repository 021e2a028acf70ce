package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.internal.Suggestions;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> AGENCIES = List.of("UNICEF", "UNESCO", "UN-Women", "UNHCR", "ILO", "IOM");

    @Test
    void offersTheClosestNamesFirst() {
        assertThat(Suggestions.suggest("UNICFE", AGENCIES)).containsExactly("UNICEF");
        assertThat(Suggestions.suggest("un women", AGENCIES)).containsExactly("UN-Women");
        assertThat(Suggestions.didYouMean(Suggestions.suggest("UNICFE", AGENCIES)))
                .isEqualTo("did you mean 'UNICEF'?");
        assertThat(Suggestions.didYouMean(List.of("a", "b", "c"))).isEqualTo("did you mean 'a', 'b' or 'c'?");
    }

    @Test
    void keysIgnoreAccentsAsCanonicalDecompositionDoes() {
        for (char c = 0x80; c < 0x2070; c = c == 0x17f ? 0x2000 : (char) (c + 1)) {
            String reference = Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(Suggestions.key("x" + c + "y")).as("U+%04X", (int) c).isEqualTo("x" + reference + "y");
        }
        assertThat(Suggestions.key("Côte d’Ivoire")).isEqualTo("cotedivoire");
        assertThat(Suggestions.key("Genève")).isEqualTo(Suggestions.key("geneve"));
        assertThat(Suggestions.key("Åland Islands")).isEqualTo("alandislands");
        assertThat(Suggestions.key("Ελλάδα")).as("beyond Latin: decomposed").isEqualTo("ελλαδα");
        assertThat(Suggestions.key("Türki\u0307ye")).as("a combining mark in the input").isEqualTo("turkiye");
    }

    @Test
    void offersNothingForFarOffOrEmptyText() {
        assertThat(Suggestions.suggest("World Bank", AGENCIES)).isEmpty();
        assertThat(Suggestions.suggest("--", AGENCIES)).isEmpty();
        assertThat(Suggestions.didYouMean(List.of())).isEmpty();
    }

    @Test
    void hugeInputIsNotCompared() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add("agency-" + i);
        }
        String huge = "x".repeat(99_999);
        assertThat(Suggestions.suggest(huge, many)).isEmpty();
        assertThat(Suggestions.suggest("a".repeat(Suggestions.MAX_INPUT), List.of("a".repeat(Suggestions.MAX_INPUT + 2))))
                .as("just under the cap is still compared").hasSize(1);
    }

    @Test
    void distanceStopsAtTheLimit() {
        assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Suggestions.distance("ab", "ba", 3)).as("a transposition counts once").isEqualTo(1);
        assertThat(Suggestions.distance("a", "a".repeat(50), 3)).isEqualTo(4);
    }
}
