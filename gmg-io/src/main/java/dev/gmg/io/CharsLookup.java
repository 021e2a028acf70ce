package dev.gmg.io;

import dev.gmg.model.Coded;
import java.util.Map;

/**
 * Values by their exact text, looked up straight from a parser's characters or the input's plain bytes: the quick
 * path finds a code, a place or an agency without making a string of it, hashing the string and probing a map.
 */
final class CharsLookup<V> {

    private final char[][] keys;
    private final int[] hashes;
    private final V[] values;
    private final int mask;
    /** The length of the longest key: longer text is not looked at. */
    final int maxLength;
    /**
     * The keys of plain characters again, for look-ups from the input's bytes: found by their first and last eight
     * bytes (the same word for a key of eight or fewer), which are all of a key of up to 16 bytes.
     */
    private final byte[][] byteKeys;
    private final long[] firstWords;
    private final long[] lastWords;
    private final V[] byteValues;

    @SuppressWarnings("unchecked")
    CharsLookup(Map<String, ? extends V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) * 2;
        keys = new char[size][];
        hashes = new int[size];
        values = (V[]) new Object[size];
        mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int hash = hash(key, 0, key.length);
            int i = hash & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            hashes[i] = hash;
            values[i] = e.getValue();
            longest = Math.max(longest, key.length);
        }
        maxLength = longest;
        byteKeys = new byte[size][];
        firstWords = new long[size];
        lastWords = new long[size];
        byteValues = (V[]) new Object[size];
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '\\')) {
                continue; // never the text of plain bytes
            }
            byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            long first = PlainBytes.firstWord(bytes, 0, bytes.length);
            long last = PlainBytes.lastWord(bytes, 0, bytes.length, first);
            int i = wordHash(first, last, bytes.length) & mask;
            while (byteKeys[i] != null) {
                i = (i + 1) & mask;
            }
            byteKeys[i] = bytes;
            firstWords[i] = first;
            lastWords[i] = last;
            byteValues[i] = e.getValue();
        }
    }

    /** The constants of a vocabulary by their codes. */
    static <E extends Enum<E> & Coded> CharsLookup<E> ofCodes(Class<E> type) {
        Map<String, E> codes = new java.util.HashMap<>();
        for (E e : type.getEnumConstants()) {
            codes.put(e.code(), e);
        }
        return new CharsLookup<>(codes);
    }

    /** The value whose key is {@code chars[offset, offset + length)}, or null. */
    V get(char[] chars, int offset, int length) {
        if (length > maxLength) {
            return null;
        }
        int hash = hash(chars, offset, length);
        for (int i = hash & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && equal(keys[i], chars, offset, length)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * The value whose key is the text of {@code bytes[offset, offset + length)}, bytes that are plain (see
     * {@link PlainBytes}), one character each; or null.
     */
    V get(byte[] bytes, int offset, int length) {
        if (length > maxLength || length == 0) {
            return null;
        }
        long first = PlainBytes.firstWord(bytes, offset, length);
        long last = PlainBytes.lastWord(bytes, offset, length, first);
        for (int i = wordHash(first, last, length) & mask; byteKeys[i] != null; i = (i + 1) & mask) {
            byte[] key = byteKeys[i];
            if (firstWords[i] == first && lastWords[i] == last && key.length == length
                    && (length <= 16 || java.util.Arrays.equals(key, 8, length - 8, bytes, offset + 8,
                            offset + length - 8))) {
                return byteValues[i];
            }
        }
        return null;
    }

    private static int wordHash(long first, long last, int length) {
        long h = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ length;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    /** Keys are short: a plain loop beats {@link java.util.Arrays#equals(char[], int, int, char[], int, int)}. */
    private static boolean equal(char[] key, char[] chars, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int offset, int length) {
        int h = length;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 15);
    }
}
