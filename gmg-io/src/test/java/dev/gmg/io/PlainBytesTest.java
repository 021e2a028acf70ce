package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scans agree with a byte-by-byte reading on every offset and length. */
class PlainBytesTest {

    private static final byte[] INTERESTING = {'\n', '\\', 0x7F, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, 0x00, 0x01,
        0x09, 0x0B, 0x1F, 0x5B, 0x5D, 0x7E, 'a', ' ', '"'};

    @Test
    void agreesWithAByteByByteScan() {
        SplittableRandom random = new SplittableRandom(12);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? INTERESTING[random.nextInt(INTERESTING.length)]
                        : (byte) (0x20 + random.nextInt(0x5F));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            int newline = from;
            while (newline < to && b[newline] != '\n') {
                newline++;
            }
            assertThat(PlainBytes.lineEnd(b, from, to)).isEqualTo(newline);

            int quote = from;
            while (quote < to && b[quote] != '"' && b[quote] >= 0x20 && b[quote] != 0x7F && b[quote] != '\\') {
                quote++;
            }
            assertThat(PlainBytes.plainStringEnd(b, from, to)).isEqualTo(quote < to && b[quote] == '"' ? quote : -1);
        }
    }
}
