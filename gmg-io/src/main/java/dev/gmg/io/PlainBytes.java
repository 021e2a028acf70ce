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

    /**
     * The index of the first {@code '\n'} in {@code b[from, to)}, or {@code to}: as it is when the bytes before it
     * are plain, else complemented ({@code ~index}, a negative number).
     */
    static int plainLineEnd(byte[] b, int from, int to) {
        long flags = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long newlines = zeroBytes(w ^ NEWLINES);
            long wordFlags = notPlain(w);
            if (newlines != 0) {
                // the lowest newline flag is exact (a false flag can only follow a true one)
                int bit = Long.numberOfTrailingZeros(newlines);
                flags |= wordFlags & ((1L << (bit - 7)) - 1);
                i += bit >>> 3;
                return (flags & HIGH_BITS) == 0 ? i : ~i;
            }
            flags |= wordFlags;
        }
        for (; i < to && b[i] != '\n'; i++) {
            flags |= notPlain(b[i]);
        }
        return (flags & HIGH_BITS) == 0 ? i : ~i;
    }

    /**
     * The high bit set of every byte of {@code w} that is not plain, and possibly of bytes after the first
     * backslash: a byte has it from 0x80 up, and 0x7F gets it once one is added to its low seven bits.
     */
    private static long notPlain(long w) {
        return (w | ((w & ~HIGH_BITS) + ONES) | zeroBytes(w ^ BACKSLASHES)) & HIGH_BITS;
    }

    /** {@link #notPlain(long)} for one byte. */
    private static long notPlain(byte b) {
        return b == '\\' || b < 0 || b == 0x7F ? HIGH_BITS : 0;
    }

    /** The high bit of every zero byte of {@code v} set, and possibly of bytes after the first zero one. */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }
}
