package dev.gmg.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Small text helpers for messages: quoting, shortening, near-miss suggestions for field names. */
final class Text {

    private Text() {
    }

    /** The text in single quotes, shortened to 60 characters and with control characters shown as escapes. */
    static String quote(String s) {
        if (s.length() > 60) {
            return "'" + visible(s.substring(0, 59)) + "\u2026' (" + s.length() + " characters)";
        }
        return "'" + visible(s) + "'";
    }

    static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "\u2026 (" + s.length() + " characters)";
    }

    /** Control characters replaced by {@code \\uXXXX} so that a message stays on one readable line. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The index of the first control character, or -1. */
    static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Up to three candidates within a small edit distance of {@code text}, closest first. */
    static List<String> suggest(String text, Collection<String> candidates) {
        String key = text.toLowerCase(Locale.ROOT);
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(key, c.toLowerCase(Locale.ROOT));
            if (d <= Math.max(1, Math.min(3, c.length() / 3))) {
                scored.add(new Scored(c, d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate).limit(3).toList();
    }

    /** "did you mean 'a' or 'b'?" for a non-empty list, else an empty string. */
    static String didYouMean(List<String> suggestions) {
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

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
