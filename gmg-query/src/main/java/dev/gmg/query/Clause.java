package dev.gmg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A planned part of a filter: the set of activity ordinals it admits, which the planner can size cheaply
 * ({@link #estimate()}), list ({@link #materialize()}) or test one candidate at a time ({@link #tester(int)}). AND
 * lists its smallest part and tests the others on those candidates only; OR unites; NOT complements against every
 * ordinal, or (inside an AND) is tested and never listed.
 */
abstract class Clause {

    /** A membership test. */
    @FunctionalInterface
    interface Tester {
        boolean test(int ordinal);
    }

    /** The number of ordinals, 0 to n-1. */
    final int n;

    Clause(int n) {
        this.n = n;
    }

    /** An upper bound on the number of ordinals admitted, cheap to compute. */
    abstract long estimate();

    /** The admitted ordinals, sorted, distinct; the caller must not modify the array. */
    abstract int[] materialize();

    /** A membership test suited to checking {@code candidates} candidates. */
    abstract Tester tester(int candidates);

    static int[] toArray(BitSet bits) {
        int[] out = new int[bits.cardinality()];
        int k = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out[k++] = i;
        }
        return out;
    }

    /** Activities in any of several posting lists: one leaf. */
    static final class Union extends Clause {
        final List<Postings> parts;
        private final long estimate;

        Union(int n, List<Postings> parts) {
            super(n);
            this.parts = parts.stream().filter(p -> p.size() > 0).toList();
            this.estimate = this.parts.stream().mapToLong(Postings::size).sum();
        }

        @Override
        long estimate() {
            return Math.min(estimate, n);
        }

        @Override
        int[] materialize() {
            if (parts.size() == 1 && parts.get(0) instanceof Postings.Sparse s) {
                return s.ids;
            }
            if (parts.size() > 1 && estimate * 256 < n) {
                int[] all = new int[(int) estimate];
                int pos = 0;
                for (Postings p : parts) {
                    pos = p.copyTo(all, pos);
                }
                return sortedDistinct(all, all.length);
            }
            return toArray(bits());
        }

        boolean isSingleDense() {
            return parts.size() == 1 && parts.get(0) instanceof Postings.Dense;
        }

        /** The union as a new bitset the caller may modify. */
        BitSet bits() {
            BitSet bits = new BitSet(n);
            for (Postings p : parts) {
                p.addTo(bits);
            }
            return bits;
        }

        @Override
        Tester tester(int candidates) {
            if (parts.isEmpty()) {
                return o -> false;
            }
            if (parts.size() == 1) {
                return parts.get(0)::contains;
            }
            long probeCost = 0;
            for (Postings p : parts) {
                probeCost += p instanceof Postings.Dense ? 1 : 1 + 32 - Integer.numberOfLeadingZeros(p.size());
            }
            if (probeCost * candidates > estimate + n / 64) {
                return bits()::get;
            }
            Postings[] array = parts.toArray(Postings[]::new);
            return o -> {
                for (Postings p : array) {
                    if (p.contains(o)) {
                        return true;
                    }
                }
                return false;
            };
        }
    }

    static int[] sortedDistinct(int[] all, int length) {
        Arrays.sort(all, 0, length);
        int k = 0;
        for (int i = 0; i < length; i++) {
            if (k == 0 || all[k - 1] != all[i]) {
                all[k++] = all[i];
            }
        }
        return k == all.length ? all : Arrays.copyOf(all, k);
    }

    /** The ordinals {@code from} (inclusive) to {@code to} (exclusive). */
    static final class Range extends Clause {
        private final int from;
        private final int to;

        Range(int n, int from, int to) {
            super(n);
            this.from = from;
            this.to = Math.max(from, to);
        }

        @Override
        long estimate() {
            return to - from;
        }

        @Override
        int[] materialize() {
            int[] out = new int[to - from];
            Arrays.setAll(out, i -> from + i);
            return out;
        }

        @Override
        Tester tester(int candidates) {
            return o -> o >= from && o < to;
        }
    }

    /** Ordinals already known, sorted and distinct. */
    static final class Listed extends Clause {
        private final int[] ordinals;

        Listed(int n, int[] ordinals) {
            super(n);
            this.ordinals = ordinals;
        }

        @Override
        long estimate() {
            return ordinals.length;
        }

        @Override
        int[] materialize() {
            return ordinals;
        }

        @Override
        Tester tester(int candidates) {
            return o -> Arrays.binarySearch(ordinals, o) >= 0;
        }
    }

    /** Cheapest first. A class, not {@code Comparator.comparingLong}, whose lambda the JVM spins on each start. */
    private static final Comparator<Clause> BY_ESTIMATE = new Comparator<>() {
        @Override
        public int compare(Clause a, Clause b) {
            return Long.compare(a.estimate(), b.estimate());
        }
    };

    /** Every positive part and no negative part. */
    static final class And extends Clause {
        private final List<Clause> positive;
        private final List<Clause> negative;

        And(int n, List<Clause> positive, List<Clause> negative) {
            super(n);
            this.positive = new ArrayList<>(positive);
            this.positive.sort(BY_ESTIMATE);
            this.negative = List.copyOf(negative);
        }

        @Override
        long estimate() {
            return positive.isEmpty() ? n : positive.get(0).estimate();
        }

        @Override
        int[] materialize() {
            if (!positive.isEmpty() && positive.get(0).estimate() == 0) {
                return new int[0];
            }
            List<Clause> rest = new ArrayList<>(positive.subList(Math.min(1, positive.size()), positive.size()));
            int[] candidates;
            boolean owned;
            if (positive.isEmpty()) {
                candidates = new Range(n, 0, n).materialize();
                owned = true;
            } else if (positive.get(0).estimate() * 64 >= n && positive.get(0) instanceof Union driver) {
                // Dense driver: intersect whole bitsets word by word before looking at single activities.
                BitSet bits = driver.bits();
                for (Iterator<Clause> it = rest.iterator(); it.hasNext(); ) {
                    if (it.next() instanceof Union u && u.isSingleDense()) {
                        bits.and(((Postings.Dense) u.parts.get(0)).bits);
                        it.remove();
                    }
                }
                candidates = toArray(bits);
                owned = true;
            } else {
                candidates = positive.get(0).materialize();
                owned = false;
            }
            int length = candidates.length;
            int positives = rest.size();
            rest.addAll(negative);
            for (int c = 0; c < rest.size() && length > 0; c++) {
                boolean keep = c < positives;
                Tester t = rest.get(c).tester(length);
                int[] out = owned ? candidates : new int[length];
                int k = 0;
                for (int i = 0; i < length; i++) {
                    int o = candidates[i];
                    if (t.test(o) == keep) {
                        out[k++] = o;
                    }
                }
                candidates = out;
                owned = true;
                length = k;
            }
            return length == candidates.length ? candidates : Arrays.copyOf(candidates, length);
        }

        @Override
        Tester tester(int candidates) {
            Tester[] yes = positive.stream().map(c -> c.tester(candidates)).toArray(Tester[]::new);
            Tester[] no = negative.stream().map(c -> c.tester(candidates)).toArray(Tester[]::new);
            return o -> {
                for (Tester t : yes) {
                    if (!t.test(o)) {
                        return false;
                    }
                }
                for (Tester t : no) {
                    if (t.test(o)) {
                        return false;
                    }
                }
                return true;
            };
        }
    }

    /** Any of the parts. */
    static final class Or extends Clause {
        private final List<Clause> parts;
        private final long estimate;

        Or(int n, List<Clause> parts) {
            super(n);
            this.parts = List.copyOf(parts);
            this.estimate = Math.min(n, parts.stream().mapToLong(Clause::estimate).sum());
        }

        @Override
        long estimate() {
            return estimate;
        }

        @Override
        int[] materialize() {
            if (estimate * 256 < n) {
                int[] all = new int[(int) parts.stream().mapToLong(Clause::estimate).sum()];
                int pos = 0;
                for (Clause c : parts) {
                    int[] m = c.materialize();
                    System.arraycopy(m, 0, all, pos, m.length);
                    pos += m.length;
                }
                return sortedDistinct(all, pos);
            }
            return toArray(bits());
        }

        private BitSet bits() {
            BitSet bits = new BitSet(n);
            for (Clause c : parts) {
                if (c instanceof Union u) {
                    u.parts.forEach(p -> p.addTo(bits));
                } else {
                    for (int o : c.materialize()) {
                        bits.set(o);
                    }
                }
            }
            return bits;
        }

        @Override
        Tester tester(int candidates) {
            if ((long) candidates * parts.size() > estimate + n / 64) {
                return bits()::get;
            }
            Tester[] any = parts.stream().map(c -> c.tester(candidates)).toArray(Tester[]::new);
            return o -> {
                for (Tester t : any) {
                    if (t.test(o)) {
                        return true;
                    }
                }
                return false;
            };
        }
    }

    /** Every ordinal the part does not admit. */
    static final class Not extends Clause {
        private final Clause part;

        Not(int n, Clause part) {
            super(n);
            this.part = part;
        }

        @Override
        long estimate() {
            return n;
        }

        @Override
        int[] materialize() {
            int[] not = part.materialize();
            int[] out = new int[n - not.length];
            int k = 0;
            int j = 0;
            for (int o = 0; o < n; o++) {
                if (j < not.length && not[j] == o) {
                    j++;
                } else {
                    out[k++] = o;
                }
            }
            return out;
        }

        @Override
        Tester tester(int candidates) {
            Tester t = part.tester(candidates);
            return o -> !t.test(o);
        }
    }
}
