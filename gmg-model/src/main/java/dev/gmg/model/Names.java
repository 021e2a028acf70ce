package dev.gmg.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Normalised look-up keys and "did you mean" suggestions. A key ignores case, accents, punctuation, spaces and
 * a leading "the", so "UN Women", "un-women" and "UNWomen" share one key.
 */
final class Names {

    private Names() {
    }

    static String key(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Up to three candidates close to {@code text}, best first; empty when nothing is close. */
    static List<String> suggest(String text, Collection<String> candidates) {
        String key = key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String ck = key(candidate);
            int d = distance(key, ck);
            int allowed = Math.max(1, Math.min(3, ck.length() / 3));
            if (d <= allowed || (key.length() >= 3 && ck.startsWith(key))) {
                scored.add(new Scored(candidate, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate)
                .distinct()
                .limit(3)
                .toList();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
