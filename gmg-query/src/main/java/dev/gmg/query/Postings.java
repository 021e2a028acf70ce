package dev.gmg.query;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The ordinals of the activities that have one facet value, immutable: a sorted {@code int[]} when few have it, a
 * bitset when many do (more than one in 32, where a bit per activity costs less than an int per match).
 */
abstract sealed class Postings permits Postings.Sparse, Postings.Dense {

    static final Postings EMPTY = new Sparse(new int[0]);

    /** Postings for the sorted, distinct {@code ordinals} out of {@code n} activities. */
    static Postings of(int[] ordinals, int length, int n) {
        if ((long) length * 32 > n) {
            BitSet bits = new BitSet(n);
            for (int i = 0; i < length; i++) {
                bits.set(ordinals[i]);
            }
            return new Dense(bits, length);
        }
        return length == 0 ? EMPTY : new Sparse(Arrays.copyOf(ordinals, length));
    }

    /** Writes these postings for {@link #read}: a sorted array as its ints, a bitset as its words. */
    void write(DataOutputStream out) throws IOException {
        if (this instanceof Dense d) {
            long[] words = d.bits.toLongArray();
            out.writeByte(1);
            out.writeInt(d.size);
            out.writeInt(words.length);
            for (long w : words) {
                out.writeLong(w);
            }
        } else {
            int[] ids = ((Sparse) this).ids;
            out.writeByte(0);
            out.writeInt(ids.length);
            for (int id : ids) {
                out.writeInt(id);
            }
        }
    }

    /** Postings as {@link #write} wrote them, for an index of {@code n} activities; refuses what it could not be. */
    static Postings read(DataInputStream in, int n) throws IOException {
        int kind = in.readByte();
        int size = in.readInt();
        if (size < 0 || size > n) {
            throw new IOException("damaged postings: " + size + " of " + n + " activities");
        }
        if (kind == 1) {
            long[] words = new long[in.readInt()];
            if (words.length > (n + 63) / 64) {
                throw new IOException("damaged postings: " + words.length + " words for " + n + " activities");
            }
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readLong();
            }
            BitSet bits = BitSet.valueOf(words);
            if (bits.cardinality() != size || bits.length() > n) {
                throw new IOException("damaged postings: " + bits.cardinality() + " bits set, " + size + " expected, of "
                        + n);
            }
            return new Dense(bits, size);
        }
        if (kind != 0) {
            throw new IOException("damaged postings: kind " + kind);
        }
        int[] ids = new int[size];
        for (int i = 0; i < size; i++) {
            ids[i] = in.readInt();
            if (ids[i] < 0 || ids[i] >= n || i > 0 && ids[i] <= ids[i - 1]) {
                throw new IOException("damaged postings: ordinal " + ids[i] + " out of order or range");
            }
        }
        return size == 0 ? EMPTY : new Sparse(ids);
    }

    /** How many activities have the value. */
    abstract int size();

    /** True when the activity with this ordinal has the value. */
    abstract boolean contains(int ordinal);

    /** Sets the bit of every ordinal. */
    abstract void addTo(BitSet bits);

    /** Copies the ordinals, in order, into {@code out} from {@code pos}; returns the next position. */
    abstract int copyTo(int[] out, int pos);

    /** Approximate bytes held, for the memory report. */
    abstract long bytes();

    static final class Sparse extends Postings {
        final int[] ids;

        Sparse(int[] ids) {
            this.ids = ids;
        }

        @Override
        int size() {
            return ids.length;
        }

        @Override
        boolean contains(int ordinal) {
            return Arrays.binarySearch(ids, ordinal) >= 0;
        }

        @Override
        void addTo(BitSet bits) {
            for (int id : ids) {
                bits.set(id);
            }
        }

        @Override
        int copyTo(int[] out, int pos) {
            System.arraycopy(ids, 0, out, pos, ids.length);
            return pos + ids.length;
        }

        @Override
        long bytes() {
            return 16 + 16 + 4L * ids.length;
        }
    }

    static final class Dense extends Postings {
        final BitSet bits;
        final int size;

        Dense(BitSet bits, int size) {
            this.bits = bits;
            this.size = size;
        }

        @Override
        int size() {
            return size;
        }

        @Override
        boolean contains(int ordinal) {
            return bits.get(ordinal);
        }

        @Override
        void addTo(BitSet target) {
            target.or(bits);
        }

        @Override
        int copyTo(int[] out, int pos) {
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                out[pos++] = i;
            }
            return pos;
        }

        @Override
        long bytes() {
            return 16 + 40 + 16 + bits.size() / 8;
        }
    }
}
