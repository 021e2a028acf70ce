package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The copy an activity is read again from: the bytes of the item recorded, and otherwise only the last block. */
class ReplayBufferTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    @Test
    void withoutRecordingOnlyTheLastBlockIsKept() throws IOException {
        byte[] input = bytes(1_000_000);
        try (ReplayBuffer in = new ReplayBuffer(new ByteArrayInputStream(input))) {
            byte[] block = new byte[8000];
            long read = 0;
            int n;
            while ((n = in.read(block)) > 0) {
                read += n;
            }
            assertThat(read).isEqualTo(input.length);
            assertThat(in.bytes(0, 10)).as("an early block, long gone").isNull();
            assertThat(in.byteAt(input.length - 1)).isEqualTo(input[input.length - 1] & 0xFF);
            assertThat(in.byteAt(input.length - 8000 - 1)).isEqualTo(-1);
        }
    }

    @Test
    void aRecordedItemIsKeptWholeAcrossBlocksUntilForgotten() throws IOException {
        byte[] input = bytes(200_000);
        try (ReplayBuffer in = new ReplayBuffer(new ByteArrayInputStream(input))) {
            byte[] block = new byte[8000];
            in.read(block);
            in.record(5000);
            for (int i = 0; i < 20; i++) {
                in.read(block);
            }
            byte[] item = in.bytes(5000, 150_000);
            assertThat(item).hasSize(145_000);
            assertThat(item[0]).isEqualTo(input[5000]);
            assertThat(item[item.length - 1]).isEqualTo(input[149_999]);
            assertThat(in.bytes(4999, 5000)).as("before the record").isNull();
            in.forget();
            in.read(block);
            assertThat(in.bytes(5000, 5001)).as("forgotten once the next block is read").isNull();
        }
    }
}
