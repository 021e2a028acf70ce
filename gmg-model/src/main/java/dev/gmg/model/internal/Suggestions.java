package dev.gmg.model.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The project's one "did you mean" helper: normalised look-up keys, a bounded edit distance and the sentence
 * that offers the closest names. Shared by the model, gmg-io, gmg-query and the command line; not part of the
 * SDK's API.
 *
 * <p>Every call is bounded so that hostile input is answered in time linear in its size: text longer than
 * {@link #MAX_INPUT} characters gets no suggestion, a candidate whose key length differs from the input's by
 * more than the allowed distance is skipped without computing a distance, and the distance itself gives up as
 * soon as every cell of a row exceeds the limit.
 */
public final class Suggestions {

    /** Longer text is never compared: no name the SDK knows is anywhere near this long. */
    public static final int MAX_INPUT = 200;

    /** At most this many suggestions are offered. */
    public static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /**
     * A look-up key that ignores case, accents, punctuation, spaces and a leading "the": "UN Women",
     * "un-women" and "UNWomen" share one key.
     *
     * @param text any text
     * @return the key, possibly empty
     */
    public static String key(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(c);
                }
            } else if (c < 0x80 + LATIN.length()) {
                char base = LATIN.charAt(c - 0x80);
                if (base != 0) {
                    out.append(base);
                }
            } else if (c < 0x2000 || c >= 0x2070) {
                return decomposedKey(s);
            } // else General Punctuation (’ – …): no letter or digit, nor any in its decomposition
        }
        return out.toString();
    }

    /**
     * For each character from U+0080 to U+017F, what {@link #decomposedKey} keeps of it: the base letter of an
     * accented one ("é" is "e"), the letter itself when it has no decomposition ("æ"), or U+0000 for none (a sign,
     * a space). With the punctuation of U+2000 to U+206F, which it drops, this covers every name the SDK ships,
     * so {@link Normalizer}, whose tables take milliseconds to load on a cold JVM, stays off the command line's
     * start; a test holds both to {@link #decomposedKey}.
     */
    private static final String LATIN =
            "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
            + "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
            + "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u00aa\u0000\u0000\u0000\u0000\u0000"
            + "\u0000\u0000\u0000\u0000\u0000\u00b5\u0000\u0000\u0000\u0000\u00ba\u0000\u0000\u0000\u0000\u0000"
            + "AAAAAA\u00c6CEEEEIIII\u00d0NOOOOO\u0000\u00d8UUUUY\u00de\u00dfaaaaaa\u00e6ceeeeiiii\u00f0nooooo"
            + "\u0000\u00f8uuuuy\u00feyAaAaAaCcCcCcCcDd\u0110\u0111EeEeEeEeEeGgGgGgGgHh\u0126\u0127IiIiIiIiI"
            + "\u0131\u0132\u0133JjKk\u0138LlLlLl\u013f\u0140\u0141\u0142NnNnNn\u0149\u014a\u014bOoOoOo\u0152"
            + "\u0153RrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017f";

    /** The key by canonical decomposition: letters and digits of the NFD form of the lower-cased text. */
    private static String decomposedKey(String lowerCase) {
        String s = Normalizer.normalize(lowerCase, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }


    /**
     * Up to three candidates close to {@code text}, closest first (ties in name order); empty when nothing is
     * close or the text is longer than {@link #MAX_INPUT}. Candidates are compared by {@link #key(String)};
     * one is close when its edit distance is at most a third of its key's length (at least 1, at most 3), or
     * when the text's key (three characters or more) is a prefix of it.
     *
     * @param text what the user wrote
     * @param candidates the names that exist
     * @return the suggestions, best first
     */
    public static List<String> suggest(String text, Collection<String> candidates) {
        if (text.length() > MAX_INPUT) {
            return List.of();
        }
        String key = key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String ck = key(candidate);
            int allowed = Math.max(1, Math.min(3, ck.length() / 3));
            if (key.length() >= 3 && ck.startsWith(key)) {
                scored.add(new Scored(candidate, ck.length() - key.length()));
                continue;
            }
            int d = distance(key, ck, allowed);
            if (d <= allowed) {
                scored.add(new Scored(candidate, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate)
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /**
     * "did you mean 'a', 'b' or 'c'?" for a non-empty list, else an empty string.
     *
     * @param suggestions what {@link #suggest(String, Collection)} returned
     * @return the question, or an empty string
     */
    public static String didYouMean(List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        StringBuilder m = new StringBuilder("did you mean ");
        for (int i = 0; i < suggestions.size(); i++) {
            m.append(i == 0 ? "" : i == suggestions.size() - 1 ? " or " : ", ").append('\'')
                    .append(suggestions.get(i)).append('\'');
        }
        return m.append('?').toString();
    }

    /**
     * The optimal string alignment distance (Levenshtein plus adjacent transpositions) of two strings, or
     * {@code limit + 1} as soon as it is known to exceed {@code limit}.
     *
     * @param a one string
     * @param b the other
     * @param limit the largest distance of interest
     * @return the distance, or {@code limit + 1} when it is larger than {@code limit}
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int n = b.length();
        int[] before = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[n], limit + 1);
    }
}
