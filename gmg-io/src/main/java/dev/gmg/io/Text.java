package dev.gmg.io;

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

    /** The index of the first surrogate that is not half of a high-low pair, or -1. */
    static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the text has no control character and no surrogate at all: most text, checked in one pass. */
    static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)) {
                return false;
            }
        }
        return true;
    }
}
