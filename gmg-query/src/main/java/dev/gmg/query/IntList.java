package dev.gmg.query;

import java.util.Arrays;

/** A growable list of ints, for building posting lists and results. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void set(int i, int v) {
        values[i] = v;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    Postings toPostings(int n) {
        return Postings.of(values, size, n);
    }
}
