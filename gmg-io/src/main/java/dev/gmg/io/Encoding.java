package dev.gmg.io;

/**
 * Recognises input that is not UTF-8 from its first bytes: a UTF-16 or UTF-32 byte-order mark, or the zero bytes
 * that UTF-16 and UTF-32 put beside ASCII characters. JSON text exchanged between systems must be UTF-8 (RFC 8259
 * section 8.1), and a reader that guessed other encodings would accept files that other tools refuse.
 */
final class Encoding {

    private Encoding() {
    }

    /**
     * What the input is, when it is recognisably not UTF-8: "UTF-16 (BOM)", "UTF-32LE (no BOM)"; else null.
     *
     * @param b the first bytes of the input
     * @param n how many of them there are
     */
    static String notUtf8(byte[] b, int n) {
        return notUtf8(b, 0, n);
    }

    /** {@link #notUtf8(byte[], int)} for the {@code n} bytes of {@code b} from {@code off}. */
    static String notUtf8(byte[] b, int off, int n) {
        if (n >= 4 && b[off] == 0 && b[off + 1] == 0 && (b[off + 2] & 0xFF) == 0xFE && (b[off + 3] & 0xFF) == 0xFF) {
            return "UTF-32 (BOM)";
        }
        if (n >= 4 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE && b[off + 2] == 0 && b[off + 3] == 0) {
            return "UTF-32 (BOM)";
        }
        if (n >= 2 && (((b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF)
                || ((b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE))) {
            return "UTF-16 (BOM)";
        }
        if (n >= 4 && b[off] == 0 && b[off + 1] == 0 && b[off + 2] == 0 && b[off + 3] != 0) {
            return "UTF-32BE (no BOM)";
        }
        if (n >= 4 && b[off] != 0 && b[off + 1] == 0 && b[off + 2] == 0 && b[off + 3] == 0) {
            return "UTF-32LE (no BOM)";
        }
        if (n >= 2 && b[off] == 0 && b[off + 1] != 0) {
            return "UTF-16BE (no BOM)";
        }
        if (n >= 2 && b[off] != 0 && b[off + 1] == 0) {
            return "UTF-16LE (no BOM)";
        }
        for (int i = 0; i < n && i < 4; i++) {
            if (b[off + i] == 0) {
                // never in UTF-8 JSON: a NUL is not even allowed in a string
                return "zero bytes, as in UTF-16 or UTF-32";
            }
        }
        return null;
    }

    /** Whether the {@code n} bytes of {@code b} from {@code off} begin with UTF-8's byte-order mark. */
    static boolean startsWithUtf8Mark(byte[] b, int off, int n) {
        return n >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF;
    }

    /** The problem message for {@link #notUtf8}'s answer. */
    static String message(String found) {
        return "expected UTF-8, found " + found + "; save the file as UTF-8";
    }
}
