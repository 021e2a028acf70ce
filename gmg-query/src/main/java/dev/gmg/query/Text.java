package dev.gmg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text for free-text search: split at every character that is not a letter or a digit, lower
 * case, accents removed ("Réfugiés" gives "refugies"). The index and the predicate share this code, so they agree.
 */
final class Text {

    private Text() {
    }

    /** The distinct words of {@code text}, in order of first appearance. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        addWords(text, out);
        return out;
    }

    /** The words of {@code text}, in order, repeats kept. */
    static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        addWords(text, out);
        return out;
    }

    static void addWords(String text, java.util.Collection<String> out) {
        String s = fold(text);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
    }

    /** Lower case without accents; plain ASCII skips the (slow) Unicode normalisation. */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
