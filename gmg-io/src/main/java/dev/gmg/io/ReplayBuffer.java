package dev.gmg.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that keeps a copy of the bytes read through it, so that one item of a document (an activity) can
 * be read a second time from its own bytes. While an item is being recorded, the copy holds the bytes from its
 * start; otherwise only the last block read (where the parser's current token is). So memory stays proportional
 * to the largest item, not to the document.
 */
final class ReplayBuffer extends FilterInputStream implements DirectBinder.RawInput {

    private byte[] kept = new byte[64 * 1024];
    /** The offset in the input of {@code kept[0]}. */
    private long keptFrom;
    private int length;
    /** While recording: the offset of the item's first byte; bytes before it may be dropped. */
    private long mark;
    private boolean recording;

    ReplayBuffer(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Keeps every byte from {@code offset} (in the last block read, or later) until {@link #forget()}. */
    void record(long offset) {
        mark = offset;
        recording = true;
    }

    /** The item recorded is done with: from the next block on, only the last block is kept. */
    void forget() {
        recording = false;
    }

    /** The byte at {@code offset} in the input, or -1 when it is not kept. */
    int byteAt(long offset) {
        return offset < keptFrom || offset >= keptFrom + length ? -1 : kept[(int) (offset - keptFrom)] & 0xFF;
    }

    @Override
    public byte[] bytes() {
        return kept;
    }

    @Override
    public long origin() {
        return -keptFrom;
    }

    @Override
    public int end() {
        return length;
    }

    /** The bytes from {@code from} to {@code to} (offsets in the input), or null when they are not all kept. */
    byte[] bytes(long from, long to) {
        if (from < keptFrom || to > keptFrom + length || from > to) {
            return null;
        }
        return Arrays.copyOfRange(kept, (int) (from - keptFrom), (int) (to - keptFrom));
    }

    private void keep(byte[] b, int off, int n) {
        if (!recording) {
            keptFrom += length;
            length = 0;
        }
        if (length + n > kept.length) {
            int drop = (int) Math.min(Math.max(mark - keptFrom, 0), length);
            System.arraycopy(kept, drop, kept, 0, length - drop);
            length -= drop;
            keptFrom += drop;
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
        }
        System.arraycopy(b, off, kept, length, n);
        length += n;
    }
}
