package dev.gmg.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of raw UTF-8 JSON bytes, eight at a time.
 *
 * <p>Bytes are "plain" when none is a backslash, DEL (0x7F) or above. A JSON string whose bytes are plain and hold
 * no control character (below 0x20) has no escape and no multi-byte character: its text is its bytes, one
 * character each, from 0x20 to 0x7E, and it passes {@link Text#isPlain} without being looked at.
 */
final class PlainBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long QUOTES = ONES * '"';
    private static final long SPACES = ONES * ' ';

    private PlainBytes() {
    }

    /**
     * The first eight of the {@code length} bytes of {@code b} from {@code offset}, little-endian; when there are
     * fewer, those (and zeros above them).
     */
    static long firstWord(byte[] b, int offset, int length) {
        if (length >= 8) {
            return (long) LONGS.get(b, offset);
        }
        if (offset + 8 <= b.length) {
            return (long) LONGS.get(b, offset) & ((1L << (length << 3)) - 1);
        }
        long word = 0;
        for (int i = 0; i < length; i++) {
            word |= (b[offset + i] & 0xFFL) << (i << 3);
        }
        return word;
    }

    /**
     * The last eight of the {@code length} bytes of {@code b} from {@code offset}, or {@code first} (their
     * {@link #firstWord}) when there are no more than eight. With it, the whole of up to 16 bytes.
     */
    static long lastWord(byte[] b, int offset, int length, long first) {
        return length <= 8 ? first : (long) LONGS.get(b, offset + length - 8);
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or {@code to}. */
    static int lineEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long newlines = zeroBytes((long) LONGS.get(b, i) ^ NEWLINES);
            if (newlines != 0) {
                // the lowest flag is exact (a false flag can only follow a true one)
                return i + (Long.numberOfTrailingZeros(newlines) >>> 3);
            }
        }
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The index of the first {@code '"'} in {@code b[from, to)} when every byte before it is plain and no control
     * character (below 0x20): the end of a JSON string's text whose first byte is at {@code from}, when the
     * string holds only the characters 0x20 to 0x7E. Else -1, also when no quote comes before {@code to}.
     */
    static int plainStringEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long quotes = zeroBytes(w ^ QUOTES);
            long bad = notPlain(w) | (w - SPACES) & ~w & HIGH_BITS;
            if (quotes != 0) {
                // the lowest flag of each kind is exact (a false flag can only follow a true one)
                int bit = Long.numberOfTrailingZeros(quotes);
                return (bad & ((1L << bit) - 1)) == 0 ? i + (bit >>> 3) : -1;
            }
            if (bad != 0) {
                return -1;
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < ' ' || c == '\\' || c == 0x7F) {
                return -1; // below 0x20 also every byte from 0x80 up, which Java's bytes hold as negative
            }
        }
        return -1;
    }

    /**
     * The high bit set of every byte of {@code w} that is not plain, and possibly of bytes after the first
     * backslash: a byte has it from 0x80 up, and 0x7F gets it once one is added to its low seven bits.
     */
    private static long notPlain(long w) {
        return (w | ((w & ~HIGH_BITS) + ONES) | zeroBytes(w ^ BACKSLASHES)) & HIGH_BITS;
    }

    /** The high bit of every zero byte of {@code v} set, and possibly of bytes after the first zero one. */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }
}
