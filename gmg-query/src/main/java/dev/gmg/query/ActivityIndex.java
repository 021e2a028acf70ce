package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An index over the activities of a {@link Dataset} that runs {@link ActivityQuery queries} without looking at
 * every activity. Built once, immutable, and safe to share between threads.
 *
 * <pre>{@code
 * ActivityIndex index = ActivityIndex.of(Datasets.hld2014());
 * QueryResult r = index.query(ActivityQuery.builder().agencies("ILO").regions("Africa").build());
 * r.total();        // every match
 * r.activities();   // the page, in order
 * r.facets();       // counts per action point, agency, region, year ...
 * }</pre>
 *
 * <p>How it works: activities are numbered in the default order (earliest date, then id, undated last), so a
 * set of matches is a sorted list of numbers already in order. Every facet value (action point, agency in a role,
 * place in a role, region, status, kind, theme, word) has the numbers of its activities, as a sorted array or, when
 * more than one activity in 32 has it, a bitset. The region hierarchy is flattened when the index is built: each
 * M49 region and named area has the activities whose places intersect it. Periods are found by binary search on
 * the start and a check of the end. A query starts from its most selective facet and checks the others against
 * those candidates only, so a selective query costs in proportion to its smallest facet, not to the dataset.
 */
public final class ActivityIndex {

    /** Periods longer than this (or open) are kept in a separate list so date ranges stay a binary search. */
    private static final int LONG_SPAN_DAYS = 400;
    private static final int ROLES = Role.values().length;
    private static final int PLACE_ROLES = PlaceRole.values().length;

    private final Dataset dataset;
    private final Activity[] byOrdinal;
    private final int n;
    private final int datedCount;
    private final int[] latestDay;
    private final Postings longSpans;
    private final Postings[] actionPoints;
    private final Map<String, Integer> agencyNumbers;
    private final Postings[] agencyRoles;
    private final Map<Place, Integer> placeNumbers;
    private final Place[] places;
    private final Postings[] placeRoles;
    private final Map<Place, Postings> regions;
    private final Postings[] statuses;
    private final Postings[] kinds;
    private final Postings[] themes;
    private final String[] terms;
    private final Postings[] termPostings;

    private ActivityIndex(Dataset dataset) {
        this.dataset = dataset;
        Comparator<Activity> order = ActivityQuery.Sort.DATE.comparator();
        this.byOrdinal = dataset.activities().toArray(Activity[]::new);
        Arrays.parallelSort(byOrdinal, order);
        this.n = byOrdinal.length;
        int dated = 0;
        while (dated < n && byOrdinal[dated].period().isPresent()) {
            dated++;
        }
        this.datedCount = dated;
        this.latestDay = new int[dated];

        Lists aps = new Lists(ActionPoint.values().length);
        this.agencyNumbers = new HashMap<>();
        for (var a : dataset.agencies()) {
            agencyNumbers.put(a.id(), agencyNumbers.size());
        }
        Lists agencyLists = new Lists(agencyNumbers.size() * ROLES);
        this.placeNumbers = new LinkedHashMap<>();
        Lists placeLists = new Lists(0);
        Map<Place, Integer> regionNumbers = new HashMap<>();
        for (Place r : Regions.FACET_REGIONS) {
            regionNumbers.put(r, regionNumbers.size());
        }
        Lists regionLists = new Lists(regionNumbers.size());
        Lists statusLists = new Lists(Status.values().length);
        Lists kindLists = new Lists(ActivityKind.values().length);
        Lists themeLists = new Lists(Theme.values().length);
        Map<String, Integer> termNumbers = new HashMap<>();
        Lists termLists = new Lists(0);
        IntList longs = new IntList();
        int[] regionStamp = new int[regionNumbers.size()];
        Arrays.fill(regionStamp, -1);
        Map<Place, int[]> regionsOfPlace = new HashMap<>();

        for (int o = 0; o < n; o++) {
            Activity a = byOrdinal[o];
            if (o < dated) {
                EdtfPeriod p = a.period().get();
                latestDay[o] = day(p.latest());
                if (p.hasOpenStart() || p.hasOpenEnd()
                        || p.latest().toEpochDay() - p.earliest().toEpochDay() > LONG_SPAN_DAYS) {
                    longs.add(o);
                }
            }
            for (ActionPoint ap : a.actionPoints()) {
                aps.add(ap.ordinal(), o);
            }
            for (Participant p : a.participants()) {
                Integer agency = agencyNumbers.get(p.agencyId());
                if (agency == null) {
                    throw new IllegalArgumentException("activity '" + a.id() + "' names agency '" + p.agencyId()
                            + "', which the dataset does not list; validate the dataset before indexing it");
                }
                agencyLists.add(agency * ROLES + p.role().ordinal(), o);
            }
            for (ActivityPlace ap : a.places()) {
                Integer number = placeNumbers.computeIfAbsent(ap.place(), k -> placeNumbers.size());
                placeLists.add(number * PLACE_ROLES + ap.role().ordinal(), o);
                int[] rs = regionsOfPlace.computeIfAbsent(ap.place(),
                        k -> Regions.of(k).stream().mapToInt(regionNumbers::get).toArray());
                for (int r : rs) {
                    if (regionStamp[r] != o) {
                        regionStamp[r] = o;
                        regionLists.add(r, o);
                    }
                }
            }
            statusLists.add(a.status().ordinal(), o);
            kindLists.add(a.kind().ordinal(), o);
            for (Theme t : a.themes()) {
                themeLists.add(t.ordinal(), o);
            }
            for (String w : Text.words(a.title() + " " + a.summary())) {
                Integer number = termNumbers.computeIfAbsent(w, k -> termNumbers.size());
                termLists.add(number, o);
            }
        }
        this.longSpans = longs.toPostings(n);
        this.actionPoints = aps.toPostings(n, ActionPoint.values().length);
        this.agencyRoles = agencyLists.toPostings(n, agencyNumbers.size() * ROLES);
        this.places = placeNumbers.keySet().toArray(Place[]::new);
        this.placeRoles = placeLists.toPostings(n, places.length * PLACE_ROLES);
        Postings[] regionPostings = regionLists.toPostings(n, regionNumbers.size());
        Map<Place, Postings> regionMap = new HashMap<>();
        regionNumbers.forEach((r, i) -> regionMap.put(r, regionPostings[i]));
        this.regions = Map.copyOf(regionMap);
        this.statuses = statusLists.toPostings(n, Status.values().length);
        this.kinds = kindLists.toPostings(n, ActivityKind.values().length);
        this.themes = themeLists.toPostings(n, Theme.values().length);
        this.terms = termNumbers.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        Postings[] byNumber = termLists.toPostings(n, terms.length);
        this.termPostings = new Postings[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termPostings[i] = byNumber[termNumbers.get(terms[i])];
        }
    }

    /**
     * Indexes the activities of {@code dataset}. The dataset must have resolved references (every participant
     * names an agency of the dataset), as every dataset read and validated by gmg-io has.
     *
     * @param dataset the dataset to index
     * @return the index, immutable and safe to share between threads
     * @throws IllegalArgumentException if a participant names an agency the dataset does not list
     */
    public static ActivityIndex of(Dataset dataset) {
        return new ActivityIndex(Objects.requireNonNull(dataset, "dataset"));
    }

    /** {@return the indexed dataset} */
    public Dataset dataset() {
        return dataset;
    }

    /** {@return the number of indexed activities} */
    public int size() {
        return n;
    }

    /**
     * Runs a query: the matches in the query's order, the requested page, the total count, and facet counts over
     * every match.
     *
     * @param query the query
     * @return the matching activities, their total and facets
     * @throws UnknownReferenceException when the query names an agency the dataset does not know
     */
    public QueryResult query(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        List<Clause> positive = new ArrayList<>();
        List<Clause> negative = new ArrayList<>();
        if (!query.actionPoints().isEmpty()) {
            positive.add(union(query.actionPoints().stream().map(p -> actionPoints[p.ordinal()]).toList()));
        }
        if (!query.excludedActionPoints().isEmpty()) {
            negative.add(union(query.excludedActionPoints().stream().map(p -> actionPoints[p.ordinal()]).toList()));
        }
        if (!query.agencies().isEmpty()) {
            Set<String> ids = Matcher.resolveAgencies(query.agencies(), query.includeSubBodies(), dataset);
            positive.add(union(agencyPostings(ids, query.agencyRoles())));
        } else if (!query.agencyRoles().isEmpty()) {
            positive.add(union(agencyPostings(agencyNumbers.keySet(), query.agencyRoles())));
        }
        if (!query.excludedAgencies().isEmpty()) {
            Set<String> ids = Matcher.resolveAgencies(query.excludedAgencies(), query.includeSubBodies(), dataset);
            negative.add(union(agencyPostings(ids, Set.of())));
        }
        if (query.hasPlaceFilter()) {
            positive.add(union(placePostings(query)));
        }
        if (query.hasDateRange()) {
            positive.add(new DateClause(query));
        }
        if (!query.statuses().isEmpty()) {
            positive.add(union(query.statuses().stream().map(s -> statuses[s.ordinal()]).toList()));
        }
        if (!query.kinds().isEmpty()) {
            positive.add(union(query.kinds().stream().map(k -> kinds[k.ordinal()]).toList()));
        }
        if (!query.themes().isEmpty()) {
            positive.add(union(query.themes().stream().map(t -> themes[t.ordinal()]).toList()));
        }
        if (!query.excludedThemes().isEmpty()) {
            negative.add(union(query.excludedThemes().stream().map(t -> themes[t.ordinal()]).toList()));
        }
        for (String word : query.words()) {
            positive.add(union(termPostings(word)));
        }
        int[] matches = evaluate(positive, negative);
        return new QueryResult(query, dataset, byOrdinal, order(matches, query.sort()));
    }

    private List<Postings> agencyPostings(Set<String> ids, Set<Role> roles) {
        List<Postings> out = new ArrayList<>();
        for (String id : ids) {
            Integer agency = agencyNumbers.get(id);
            for (Role role : Role.values()) {
                if (agency != null && (roles.isEmpty() || roles.contains(role))) {
                    out.add(agencyRoles[agency * ROLES + role.ordinal()]);
                }
            }
        }
        return out;
    }

    private List<Postings> placePostings(ActivityQuery q) {
        List<Postings> out = new ArrayList<>();
        boolean flattened = q.placeMatch() == ActivityQuery.PlaceMatch.INTERSECTS && q.placeRoles().isEmpty()
                && q.regions().stream().allMatch(regions::containsKey);
        if (flattened) {
            for (Place c : q.countries()) {
                addPlace(out, c, Set.of());
            }
            for (Place r : q.regions()) {
                out.add(regions.get(r));
            }
            if (q.includeGlobal()) {
                addPlace(out, dev.gmg.model.Gazetteer.standard().place("001"), Set.of());
            }
            return out;
        }
        for (Place p : places) {
            if (Matcher.placeMatches(p, q)) {
                addPlace(out, p, q.placeRoles());
            }
        }
        return out;
    }

    private void addPlace(List<Postings> out, Place place, Set<PlaceRole> roles) {
        Integer number = placeNumbers.get(place);
        if (number == null) {
            return;
        }
        for (PlaceRole role : PlaceRole.values()) {
            if (roles.isEmpty() || roles.contains(role)) {
                out.add(placeRoles[number * PLACE_ROLES + role.ordinal()]);
            }
        }
    }

    private List<Postings> termPostings(String word) {
        int i = Arrays.binarySearch(terms, word);
        if (i < 0) {
            i = -i - 1;
        }
        List<Postings> out = new ArrayList<>();
        while (i < terms.length && terms[i].startsWith(word)) {
            out.add(termPostings[i++]);
        }
        return out;
    }

    /** The sorted ordinals passing every positive clause and no negative one. */
    private int[] evaluate(List<Clause> positive, List<Clause> negative) {
        for (Clause c : positive) {
            if (c.estimate() == 0) {
                return new int[0];
            }
        }
        positive.sort(Comparator.comparingLong(Clause::estimate));
        List<Clause> rest = new ArrayList<>(positive.subList(Math.min(1, positive.size()), positive.size()));
        int[] candidates;
        int length;
        boolean owned;
        if (positive.isEmpty()) {
            candidates = new int[n];
            Arrays.setAll(candidates, i -> i);
            owned = true;
        } else if (positive.get(0).estimate() * 64 >= n && positive.get(0) instanceof UnionClause driver) {
            // Dense driver: intersect whole bitsets word by word before looking at single activities.
            BitSet bits = driver.bits();
            for (Iterator<Clause> it = rest.iterator(); it.hasNext(); ) {
                Clause c = it.next();
                if (c instanceof UnionClause u && u.isSingleDense()) {
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
        length = candidates.length;
        rest.addAll(negative);
        for (Clause c : rest) {
            if (length == 0) {
                break;
            }
            boolean keep = !negative.contains(c);
            Tester t = c.tester(length);
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

    private static int[] toArray(BitSet bits) {
        int[] out = new int[bits.cardinality()];
        int k = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out[k++] = i;
        }
        return out;
    }

    private int[] order(int[] matches, ActivityQuery.Sort sort) {
        switch (sort) {
            case DATE:
                return matches;
            case DATE_DESCENDING: {
                int[] out = new int[matches.length];
                int k = 0;
                int end = 0;
                while (end < matches.length && matches[end] < datedCount) {
                    end++;
                }
                // dated matches newest first; equal earliest dates stay in id order
                int i = end - 1;
                while (i >= 0) {
                    int j = i;
                    LocalDate e = earliest(matches[i]);
                    while (j > 0 && earliest(matches[j - 1]).equals(e)) {
                        j--;
                    }
                    for (int m = j; m <= i; m++) {
                        out[k++] = matches[m];
                    }
                    i = j - 1;
                }
                System.arraycopy(matches, end, out, k, matches.length - end);
                return out;
            }
            default: {
                Comparator<Activity> c = sort.comparator();
                Integer[] boxed = new Integer[matches.length];
                for (int i = 0; i < matches.length; i++) {
                    boxed[i] = matches[i];
                }
                Arrays.sort(boxed, (x, y) -> c.compare(byOrdinal[x], byOrdinal[y]));
                int[] out = new int[matches.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = boxed[i];
                }
                return out;
            }
        }
    }

    private LocalDate earliest(int ordinal) {
        return byOrdinal[ordinal].period().orElseThrow().earliest();
    }

    /** The epoch day, with the open ends at the extremes of int and every other day strictly between them. */
    private static int day(LocalDate d) {
        if (d.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE;
        }
        if (d.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE - 1L, d.toEpochDay()));
    }

    /** The number of dated ordinals whose earliest day is before {@code day} (or not after it, if inclusive). */
    private int countStartingBefore(LocalDate day, boolean inclusive) {
        int lo = 0;
        int hi = datedCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = earliest(mid).compareTo(day);
            if (c < 0 || (inclusive && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Approximate bytes held by the index beyond the activities themselves (arrays, bitsets and maps), for the
     * memory report of the benchmarks.
     *
     * @return the approximate size in bytes
     */
    public long approximateBytes() {
        long bytes = 16 + 4L * n + 16 + 4L * latestDay.length + longSpans.bytes();
        for (Postings[] group : List.of(actionPoints, agencyRoles, placeRoles, statuses, kinds, themes, termPostings)) {
            bytes += 16 + 4L * group.length;
            for (Postings p : group) {
                bytes += p == Postings.EMPTY ? 0 : p.bytes();
            }
        }
        for (Postings p : regions.values()) {
            bytes += p == Postings.EMPTY ? 0 : p.bytes();
        }
        for (String t : terms) {
            bytes += 24 + 16 + t.length();
        }
        bytes += 64L * (agencyNumbers.size() + placeNumbers.size() + regions.size());
        return bytes;
    }

    @Override
    public String toString() {
        return "ActivityIndex{" + n + " activities (" + (n - datedCount) + " undated), " + places.length + " places, "
                + terms.length + " words}";
    }

    // ---------------------------------------------------------------------------------------------- clauses

    @FunctionalInterface
    private interface Tester {
        boolean test(int ordinal);
    }

    /** One facet of a query: the activities it admits. */
    private abstract static class Clause {
        /** An upper bound on the number of activities admitted, cheap to compute. */
        abstract long estimate();

        /** The admitted ordinals, sorted, distinct; the caller must not modify the array. */
        abstract int[] materialize();

        /** A membership test suited to checking {@code candidates} candidates. */
        abstract Tester tester(int candidates);
    }

    private Clause union(List<Postings> parts) {
        return new UnionClause(parts);
    }

    /** Activities in any of several posting lists. */
    private final class UnionClause extends Clause {
        private final List<Postings> parts;
        private final long estimate;

        UnionClause(List<Postings> parts) {
            this.parts = parts.stream().filter(p -> p.size() > 0).toList();
            this.estimate = this.parts.stream().mapToLong(Postings::size).sum();
        }

        @Override
        long estimate() {
            return estimate;
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
                Arrays.sort(all);
                int k = 0;
                for (int i = 0; i < all.length; i++) {
                    if (k == 0 || all[k - 1] != all[i]) {
                        all[k++] = all[i];
                    }
                }
                return k == all.length ? all : Arrays.copyOf(all, k);
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
                Postings p = parts.get(0);
                return p::contains;
            }
            long probeCost = 0;
            for (Postings p : parts) {
                probeCost += p instanceof Postings.Dense ? 1 : 1 + 32 - Integer.numberOfLeadingZeros(p.size());
            }
            if (probeCost * candidates > estimate + n / 64) {
                BitSet bits = bits();
                return bits::get;
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

    /** Activities whose period overlaps, or lies within, a range; undated ones if asked. */
    private final class DateClause extends Clause {
        private final boolean within;
        private final boolean undated;
        private final int fromDay;
        private final int toDay;
        /** Dated ordinals from here on start on or after {@code from}. */
        private final int startsFrom;
        /** Dated ordinals from here on start after {@code to}. */
        private final int startsAfterTo;
        /** Dated ordinals from here on start on or after {@code from - LONG_SPAN_DAYS}. */
        private final int shortFrom;

        DateClause(ActivityQuery q) {
            LocalDate from = q.from().orElseThrow();
            LocalDate to = q.to().orElseThrow();
            this.within = q.dateMatch() == ActivityQuery.DateMatch.WITHIN;
            this.undated = q.includeUndated();
            this.fromDay = day(from);
            this.toDay = day(to);
            this.startsFrom = countStartingBefore(from, false);
            this.startsAfterTo = countStartingBefore(to, true);
            this.shortFrom = from.isBefore(LocalDate.of(-999_999, 1, 1)) ? 0
                    : countStartingBefore(from.minusDays(LONG_SPAN_DAYS), false);
        }

        @Override
        long estimate() {
            long undatedCount = undated ? n - datedCount : 0;
            return within ? Math.max(0, startsAfterTo - startsFrom) + undatedCount
                    : Math.max(0, startsAfterTo - shortFrom) + longSpans.size() + undatedCount;
        }

        @Override
        int[] materialize() {
            IntList out = new IntList();
            if (within) {
                for (int o = startsFrom; o < startsAfterTo; o++) {
                    if (latestDay[o] <= toDay) {
                        out.add(o);
                    }
                }
            } else {
                int[] longs = new int[longSpans.size()];
                longSpans.copyTo(longs, 0);
                int li = 0;
                for (int o = shortFrom; o < startsAfterTo; o++) {
                    while (li < longs.length && longs[li] < o) {
                        if (latestDay[longs[li]] >= fromDay) {
                            out.add(longs[li]);
                        }
                        li++;
                    }
                    if (li < longs.length && longs[li] == o) {
                        li++;
                    }
                    if (latestDay[o] >= fromDay) {
                        out.add(o);
                    }
                }
                while (li < longs.length && longs[li] < startsAfterTo) {
                    if (latestDay[longs[li]] >= fromDay) {
                        out.add(longs[li]);
                    }
                    li++;
                }
            }
            if (undated) {
                for (int o = datedCount; o < n; o++) {
                    out.add(o);
                }
            }
            return out.toArray();
        }

        @Override
        Tester tester(int candidates) {
            if (within) {
                return o -> o >= datedCount ? undated : o >= startsFrom && o < startsAfterTo && latestDay[o] <= toDay;
            }
            return o -> o >= datedCount ? undated : o < startsAfterTo && latestDay[o] >= fromDay;
        }
    }

    // ---------------------------------------------------------------------------------------------- building

    /** A growable list of ints. */
    static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        Postings toPostings(int n) {
            return Postings.of(values, size, n);
        }
    }

    /** Growable ordinal lists, one per facet value number. */
    private static final class Lists {
        private IntList[] lists;

        Lists(int size) {
            lists = new IntList[Math.max(size, 4)];
        }

        void add(int value, int ordinal) {
            if (value >= lists.length) {
                lists = Arrays.copyOf(lists, Math.max(value + 1, lists.length * 2));
            }
            if (lists[value] == null) {
                lists[value] = new IntList();
            }
            lists[value].add(ordinal);
        }

        /** The postings of value numbers 0 to at least {@code size - 1}; values never added get empty ones. */
        Postings[] toPostings(int n, int size) {
            int used = lists.length;
            while (used > 0 && lists[used - 1] == null) {
                used--;
            }
            Postings[] out = new Postings[Math.max(used, size)];
            for (int i = 0; i < out.length; i++) {
                out[i] = i >= lists.length || lists[i] == null ? Postings.EMPTY : lists[i].toPostings(n);
                if (i < lists.length) {
                    lists[i] = null;
                }
            }
            return out;
        }
    }
}
