package dev.gmg.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of raw UTF-8 JSON bytes, eight at a time.
 *
 * <p>Bytes are "plain" when none is a backslash, DEL (0x7F) or above. A JSON string read from plain bytes can then
 * hold only the characters 0x20 to 0x7E: there is no escape and no multi-byte character, and the parser itself
 * refuses a raw control character below 0x20 in a string (the factories leave
 * {@code JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS} off). So such a string passes {@link Text#isPlain} without
 * being looked at.
 */
final class PlainBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long BACKSLASHES = ONES * '\\';

    private PlainBytes() {
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

    /** Whether {@code b[from, to)} holds no backslash and no byte of 0x7F or above. */
    static boolean isPlain(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            // the high bit of a byte is set for 0x80 and above, and for 0x7F once one is added to its low seven bits
            if (((w | ((w & ~HIGH_BITS) + ONES)) & HIGH_BITS) != 0 || zeroBytes(w ^ BACKSLASHES) != 0) {
                return false;
            }
        }
        for (; i < to; i++) {
            if (b[i] < 0 || b[i] == 0x7F || b[i] == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The high bit of every zero byte of {@code v} set, and possibly of bytes after the first zero one. */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }
}
