package dev.gmg.io;

/**
 * The ids seen so far, for the duplicate-id check of a stream that may be longer than memory: each id is kept only
 * as a 64-bit fingerprint with the number of the item (or line) that first had it: 13 bytes a slot in an
 * open-addressing table between three-eighths and three-quarters full, so 17 to 35 bytes an id, against more than
 * a hundred for a {@code HashMap<String, Integer>} holding the ids themselves.
 *
 * <p>Two different ids share a fingerprint with a probability of about n²/2⁶⁵: below one in ten million for a
 * million ids. Such a pair would be reported as a duplicate; nothing is ever silently accepted.
 */
final class IdTable {

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    /**
     * Records {@code id} as first seen at {@code at}, unless it was seen before.
     *
     * @return where it was first seen, or -1 if it is new
     */
    int putIfAbsent(String id, int at) {
        long key = fingerprint(id);
        int mask = keys.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                values[i] = at;
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return -1;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    boolean contains(String id) {
        return get(id) >= 0;
    }

    /** {@return where {@code id} was first seen, or -1 if it was not} */
    int get(String id) {
        long key = fingerprint(id);
        int mask = keys.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /**
     * Where each fingerprint starts: drawn once per run, so that two ids found to share a fingerprint in one run
     * do not share it in the next (with a fixed start, a search of seconds found such pairs of valid ids for a
     * faster mix; a file holding one would have a valid activity refused as a duplicate). Nothing a reader reports
     * depends on it otherwise.
     */
    private static final long SEED = new java.util.SplittableRandom().nextLong();

    /**
     * A 64-bit hash of the characters (FNV-1a over UTF-16 units from a start drawn per run, then a murmur finaliser
     * to spread the bits).
     */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L ^ SEED ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    @Override
    public String toString() {
        return "IdTable{" + size + " ids}";
    }
}
