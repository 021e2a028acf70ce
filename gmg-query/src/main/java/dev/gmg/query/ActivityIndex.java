package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An index over the activities of a {@link Dataset} that runs {@link ActivityQuery queries} (any filter tree)
 * without looking at every activity. Built once, immutable, and safe to share between threads.
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
 * more than one activity in 32 has it, a bitset; the words are indexed on the first text query, since splitting
 * the text is most of the cost of a build and many uses never search text. The region hierarchy is flattened when the index is built: each
 * M49 region and named area has the activities whose places intersect it. Periods are found by binary search on
 * the start and a check of the end. The planner ({@code Planner}) turns a filter tree into posting-list algebra: an
 * AND starts from its most selective part and checks the others against those candidates only, so a selective
 * query costs in proportion to its smallest part, not to the dataset; an OR unites; a NOT is checked inside an AND
 * or complemented against every activity.
 */
public final class ActivityIndex {

    /** Periods longer than this (or open) are kept in a separate list so date ranges stay a binary search. */
    static final int LONG_SPAN_DAYS = 400;
    static final int ROLES = Role.values().length;
    static final int PLACE_ROLES = PlaceRole.values().length;

    final Dataset dataset;
    final Gazetteer gazetteer;
    final Regions regionsOf;
    final Activity[] byOrdinal;
    private final Ordering ordering = new Ordering(this);
    final int n;
    final int datedCount;
    final int[] latestDay;
    final Postings longSpans;
    final Postings[] actionPoints;
    final Map<String, Integer> agencyNumbers;
    final Postings[] agencyRoles;
    final Map<Place, Integer> placeNumbers;
    final Place[] places;
    final Postings[] placeRoles;
    final Map<Place, Postings> regions;
    final Postings placeless;
    final Postings globalOnly;
    final Postings[] precisions;
    final Postings[] statuses;
    final Postings[] kinds;
    final Postings[] themes;
    /** Built on the first text query (see {@link WordIndex}). */
    private volatile WordIndex words;
    /** Section ("2.7") or section and paragraph ("2.7#11") to the activities citing it. */
    final Map<String, Postings> sources;
    /** Ordinals of the activities that are part of another, sorted by the id of that other. */
    final int[] parts;
    /** For each entry of {@link #parts}, the ordinal of its parent (-1 when the parent is not in the dataset). */
    final int[] partParents;
    /** For each ordinal, where its parts start in {@link #parts}, or -1 when it has none. */
    final int[] firstPart;
    /** The related ids listed by activities, sorted, and the ordinal of the activity listing each. */
    final String[] relatedIds;
    final int[] relatedBy;

    private ActivityIndex(Dataset dataset, Gazetteer gazetteer) {
        this.dataset = dataset;
        this.gazetteer = gazetteer;
        this.regionsOf = Regions.of(gazetteer);
        Comparator<Activity> order = ActivityQuery.Sort.DATE.comparator();
        this.byOrdinal = dataset.activities().toArray(new Activity[0]);
        Arrays.parallelSort(byOrdinal, order);
        this.n = byOrdinal.length;
        int dated = 0;
        while (dated < n && byOrdinal[dated].period().isPresent()) {
            dated++;
        }
        this.datedCount = dated;
        this.latestDay = new int[dated];

        PostingLists aps = new PostingLists(ActionPoint.values().length);
        this.agencyNumbers = agencyNumbers(dataset);
        PostingLists agencyLists = new PostingLists(agencyNumbers.size() * ROLES);
        this.placeNumbers = new LinkedHashMap<>();
        PostingLists placeLists = new PostingLists(0);
        Map<Place, Integer> regionNumbers = new HashMap<>();
        for (Place r : regionsOf.facetRegions()) {
            regionNumbers.put(r, regionNumbers.size());
        }
        PostingLists regionLists = new PostingLists(regionNumbers.size());
        PostingLists precisionLists = new PostingLists(DatePrecision.values().length);
        PostingLists statusLists = new PostingLists(Status.values().length);
        PostingLists kindLists = new PostingLists(ActivityKind.values().length);
        PostingLists themeLists = new PostingLists(Theme.values().length);
        Map<String, Integer> sourceNumbers = new HashMap<>();
        PostingLists sourceLists = new PostingLists(0);
        IntList sourceStamp = new IntList();
        IntList longs = new IntList();
        IntList noPlace = new IntList();
        IntList worldOnly = new IntList();
        IntList partList = new IntList();
        List<Map.Entry<String, Integer>> related = new ArrayList<>();
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
                precisionLists.add(DatePrecision.of(p).ordinal(), o);
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
            boolean onlyWorld = !a.places().isEmpty();
            for (ActivityPlace ap : a.places()) {
                onlyWorld &= ap.place().kind() == PlaceKind.WORLD;
                Integer number = placeNumbers.get(ap.place());
                if (number == null) {
                    number = placeNumbers.size();
                    placeNumbers.put(ap.place(), number);
                }
                placeLists.add(number * PLACE_ROLES + ap.role().ordinal(), o);
                int[] rs = regionsOfPlace.get(ap.place());
                if (rs == null) {
                    List<Place> around = regionsOf.of(ap.place());
                    rs = new int[around.size()];
                    for (int i = 0; i < rs.length; i++) {
                        rs[i] = regionNumbers.get(around.get(i));
                    }
                    regionsOfPlace.put(ap.place(), rs);
                }
                for (int r : rs) {
                    if (regionStamp[r] != o) {
                        regionStamp[r] = o;
                        regionLists.add(r, o);
                    }
                }
            }
            if (a.places().isEmpty()) {
                noPlace.add(o);
            } else if (onlyWorld) {
                worldOnly.add(o);
            }
            statusLists.add(a.status().ordinal(), o);
            kindLists.add(a.kind().ordinal(), o);
            for (Theme t : a.themes()) {
                themeLists.add(t.ordinal(), o);
            }
            for (SourceRef s : a.sources()) {
                for (int k = 0; k < 2; k++) {
                    String key = k == 0 ? s.section() : sourceKey(s.section(), s.paragraph());
                    Integer number = sourceNumbers.get(key);
                    if (number == null) {
                        number = sourceNumbers.size();
                        sourceNumbers.put(key, number);
                    }
                    if (number == sourceStamp.size()) {
                        sourceStamp.add(-1);
                    }
                    if (sourceStamp.get(number) != o) {
                        sourceStamp.set(number, o);
                        sourceLists.add(number, o);
                    }
                }
            }
            if (a.partOf().isPresent()) {
                partList.add(o);
            }
            for (String r : a.related()) {
                related.add(Map.entry(r, o));
            }
        }
        this.longSpans = longs.toPostings(n);
        this.placeless = noPlace.toPostings(n);
        this.globalOnly = worldOnly.toPostings(n);
        this.actionPoints = aps.toPostings(n, ActionPoint.values().length);
        this.agencyRoles = agencyLists.toPostings(n, agencyNumbers.size() * ROLES);
        this.places = placeNumbers.keySet().toArray(Place[]::new);
        this.placeRoles = placeLists.toPostings(n, places.length * PLACE_ROLES);
        Postings[] regionPostings = regionLists.toPostings(n, regionNumbers.size());
        Map<Place, Postings> regionMap = new HashMap<>();
        for (Map.Entry<Place, Integer> r : regionNumbers.entrySet()) {
            regionMap.put(r.getKey(), regionPostings[r.getValue()]);
        }
        this.regions = Map.copyOf(regionMap);
        this.precisions = precisionLists.toPostings(n, DatePrecision.values().length);
        this.statuses = statusLists.toPostings(n, Status.values().length);
        this.kinds = kindLists.toPostings(n, ActivityKind.values().length);
        this.themes = themeLists.toPostings(n, Theme.values().length);
        Postings[] sourcePostings = sourceLists.toPostings(n, sourceNumbers.size());
        Map<String, Postings> sourceMap = new HashMap<>();
        for (Map.Entry<String, Integer> source : sourceNumbers.entrySet()) {
            sourceMap.put(source.getKey(), sourcePostings[source.getValue()]);
        }
        this.sources = Map.copyOf(sourceMap);
        this.parts = byParent(partList.toArray(), byOrdinal);
        this.partParents = new int[parts.length];
        this.firstPart = new int[n];
        Arrays.fill(firstPart, -1);
        for (int i = 0; i < parts.length; i++) {
            String parent = byOrdinal[parts[i]].partOf().orElseThrow();
            boolean sameRun = i > 0 && parent.equals(byOrdinal[parts[i - 1]].partOf().orElseThrow());
            partParents[i] = sameRun ? partParents[i - 1] : ordinalOf(parent);
            if (!sameRun && partParents[i] >= 0) {
                firstPart[partParents[i]] = i;
            }
        }
        related.sort(new Comparator<Map.Entry<String, Integer>>() {
            @Override
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                return a.getKey().compareTo(b.getKey());
            }
        });
        this.relatedIds = new String[related.size()];
        this.relatedBy = new int[related.size()];
        for (int i = 0; i < relatedIds.length; i++) {
            relatedIds[i] = related.get(i).getKey();
            relatedBy[i] = related.get(i).getValue();
        }
    }

    /**
     * The key of a paragraph in {@link #sources}: "2.7#11". Here and in this constructor, plain loops and classes
     * rather than lambdas, streams and {@code +}: the command line builds this index on every start, where each
     * of those costs a class or a bootstrap the first time it runs.
     */
    static String sourceKey(String section, int paragraph) {
        return new StringBuilder(section.length() + 4).append(section).append('#').append(paragraph).toString();
    }

    /** The ordinals of parts, in the order of their parents' ids (a stable sort: by ordinal within a parent). */
    private static int[] byParent(int[] ordinals, Activity[] byOrdinal) {
        Integer[] boxed = new Integer[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            boxed[i] = ordinals[i];
        }
        Arrays.sort(boxed, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return byOrdinal[a].partOf().orElseThrow().compareTo(byOrdinal[b].partOf().orElseThrow());
            }
        });
        int[] sorted = new int[ordinals.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = boxed[i];
        }
        return sorted;
    }

    /** The index {@link IndexFormat} describes, over {@code dataset}, which must be the one it was written for. */
    private ActivityIndex(Dataset dataset, Gazetteer gazetteer, DataInputStream in) throws IOException {
        this.dataset = dataset;
        this.gazetteer = gazetteer;
        this.regionsOf = Regions.of(gazetteer);
        List<Activity> activities = dataset.activities();
        this.n = in.readInt();
        long fingerprint = in.readLong();
        if (n != activities.size()) {
            throw new IOException("the index was written for a dataset of " + n + " activities, not "
                    + activities.size());
        }
        this.byOrdinal = new Activity[n];
        boolean[] placed = new boolean[n];
        for (int o = 0; o < n; o++) {
            int position = in.readInt();
            if (position < 0 || position >= n || placed[position]) {
                throw new IOException("damaged index: activity position " + position + " of " + n
                        + (position >= 0 && position < n ? ", twice" : ""));
            }
            placed[position] = true;
            byOrdinal[o] = activities.get(position);
        }
        if (IndexFormat.fingerprint(byOrdinal, dataset.agencies()) != fingerprint) {
            throw new IOException("the index was written for another dataset, or for another version of this one");
        }
        this.datedCount = IndexFormat.count(in, n);
        this.latestDay = IndexFormat.ints(in, n);
        this.longSpans = Postings.read(in, n);
        this.actionPoints = IndexFormat.postings(in, n, ActionPoint.values().length);
        this.agencyNumbers = agencyNumbers(dataset);
        this.agencyRoles = IndexFormat.postings(in, n, agencyNumbers.size() * ROLES);
        this.places = new Place[IndexFormat.count(in, Integer.MAX_VALUE)];
        this.placeNumbers = new LinkedHashMap<>();
        for (int i = 0; i < places.length; i++) {
            places[i] = place(gazetteer, in.readUTF());
            placeNumbers.put(places[i], i);
        }
        this.placeRoles = IndexFormat.postings(in, n, places.length * PLACE_ROLES);
        List<Place> facetRegions = regionsOf.facetRegions();
        if (IndexFormat.count(in, Integer.MAX_VALUE) != facetRegions.size()) {
            throw new IOException("the index was written with another gazetteer");
        }
        Map<Place, Postings> regionMap = new HashMap<>();
        for (Place r : facetRegions) {
            if (!in.readUTF().equals(r.code())) {
                throw new IOException("the index was written with another gazetteer");
            }
            regionMap.put(r, Postings.read(in, n));
        }
        this.regions = Map.copyOf(regionMap);
        this.placeless = Postings.read(in, n);
        this.globalOnly = Postings.read(in, n);
        this.precisions = IndexFormat.postings(in, n, DatePrecision.values().length);
        this.statuses = IndexFormat.postings(in, n, Status.values().length);
        this.kinds = IndexFormat.postings(in, n, ActivityKind.values().length);
        this.themes = IndexFormat.postings(in, n, Theme.values().length);
        Map<String, Postings> sourceMap = new HashMap<>();
        for (int i = IndexFormat.count(in, Integer.MAX_VALUE); i > 0; i--) {
            sourceMap.put(in.readUTF(), Postings.read(in, n));
        }
        this.sources = Map.copyOf(sourceMap);
        this.parts = within(IndexFormat.ints(in, n), 0, n);
        this.partParents = within(IndexFormat.ints(in, n), -1, n);
        this.firstPart = within(IndexFormat.ints(in, n), -1, parts.length);
        this.relatedIds = new String[IndexFormat.count(in, Integer.MAX_VALUE)];
        for (int i = 0; i < relatedIds.length; i++) {
            relatedIds[i] = in.readUTF();
        }
        this.relatedBy = within(IndexFormat.ints(in, relatedIds.length), 0, n);
        if (partParents.length != parts.length || firstPart.length != n || relatedBy.length != relatedIds.length
                || latestDay.length != datedCount) {
            throw new IOException("damaged index: arrays of inconsistent lengths");
        }
    }

    /** Each agency's number: its position in the dataset, in the built index and in a read one alike. */
    private static Map<String, Integer> agencyNumbers(Dataset dataset) {
        Map<String, Integer> numbers = new HashMap<>();
        for (var a : dataset.agencies()) {
            numbers.put(a.id(), numbers.size());
        }
        return numbers;
    }

    private static Place place(Gazetteer gazetteer, String code) throws IOException {
        Optional<Place> place = gazetteer.byCode(code);
        if (place.isEmpty()) {
            throw new IOException("the index was written with another gazetteer: no place " + code);
        }
        return place.get();
    }

    /** {@code values}, each at least {@code min} and below {@code end}, or the index is damaged. */
    private static int[] within(int[] values, int min, int end) throws IOException {
        for (int v : values) {
            if (v < min || v >= end) {
                throw new IOException("damaged index: " + v + " where " + min + " to " + (end - 1) + " fit");
            }
        }
        return values;
    }

    /**
     * Writes this index in a compact binary form that {@link #read(Dataset, InputStream)} turns back into an
     * equal index, without building it again: for a large dataset read often, or a command line that starts
     * often. The form holds the posting lists, not the activities; it is tied to this version of the SDK.
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        IndexFormat.write(this, Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads an index that {@link #writeTo(OutputStream)} wrote, over the same dataset, with places in the
     * {@link Gazetteer#standard() standard gazetteer}.
     *
     * @param dataset the dataset the index was built over, unchanged
     * @param in the index's bytes; read to the index's end, not closed
     * @return the index, equal to the one written
     * @throws IOException if reading fails, or the bytes are not an index of this SDK version, or were written
     *     for another dataset (any change to a field the index reads counts) or with another gazetteer
     */
    public static ActivityIndex read(Dataset dataset, InputStream in) throws IOException {
        return read(dataset, Gazetteer.standard(), in);
    }

    /**
     * Reads an index that {@link #writeTo(OutputStream)} wrote, over the same dataset and gazetteer.
     *
     * @param dataset the dataset the index was built over, unchanged
     * @param gazetteer the places the index was built with
     * @param in the index's bytes; read to the index's end, not closed
     * @return the index, equal to the one written
     * @throws IOException if reading fails, or the bytes are not an index of this SDK version, or were written
     *     for another dataset (any change to a field the index reads counts) or with another gazetteer
     */
    public static ActivityIndex read(Dataset dataset, Gazetteer gazetteer, InputStream in) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(gazetteer, "gazetteer");
        try {
            return new ActivityIndex(dataset, gazetteer, IndexFormat.open(Objects.requireNonNull(in, "in")));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("damaged index: " + e, e);
        }
    }

    /**
     * Indexes the activities of {@code dataset}, with places resolved in the {@link Gazetteer#standard() standard
     * gazetteer}. The dataset must have resolved references (every participant names an agency of the dataset), as
     * every dataset read and validated by gmg-io has.
     *
     * @param dataset the dataset
     * @return the index
     * @throws IllegalArgumentException if a participant names an agency the dataset does not list
     */
    public static ActivityIndex of(Dataset dataset) {
        return of(dataset, Gazetteer.standard());
    }

    /**
     * Indexes the activities of {@code dataset}; place names in filters are resolved in {@code gazetteer}, and its
     * regions and named areas are the ones flattened for region filters and facets.
     *
     * @param dataset the dataset
     * @param gazetteer the places
     * @return the index
     * @throws IllegalArgumentException if a participant names an agency the dataset does not list
     */
    public static ActivityIndex of(Dataset dataset, Gazetteer gazetteer) {
        return new ActivityIndex(Objects.requireNonNull(dataset, "dataset"),
                Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /** @return the indexed dataset */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the number of indexed activities */
    public int size() {
        return n;
    }

    /**
     * Runs a query: the matches in the query's order, the requested page, the total count, facet counts over every
     * match, and (on request) what the query's place and date filters could not judge.
     *
     * @param query the filter, order and page
     * @return the result
     * @throws UnknownReferenceException when the filter names an agency or place the dataset or gazetteer does not know
     * @throws IllegalArgumentException when the filter names an activity the dataset does not have
     */
    public QueryResult query(ActivityQuery query) {
        Objects.requireNonNull(query, "query");
        Planner planner = new Planner(this);
        int[] matches = planner.plan(query.filter()).materialize();
        return new QueryResult(query, dataset, byOrdinal, ordering.order(matches, query.sort()), regionsOf,
                () -> planner.leftOut(query.filter(), matches.length));
    }

    /** The words of titles and summaries, indexed on first use. */
    WordIndex words() {
        WordIndex w = words;
        if (w == null) {
            synchronized (this) {
                w = words;
                if (w == null) {
                    w = new WordIndex(byOrdinal);
                    words = w;
                }
            }
        }
        return w;
    }

    /** The ordinal of the activity with this id, or -1: found in the dataset, then by binary search in date order. */
    int ordinalOf(String id) {
        return dataset.activity(id).map(a -> Math.max(-1, Arrays.binarySearch(byOrdinal, a,
                ActivityQuery.Sort.DATE.comparator()))).orElse(-1);
    }

    LocalDate earliest(int ordinal) {
        return byOrdinal[ordinal].period().orElseThrow().earliest();
    }

    /** The epoch day, with the open ends at the extremes of int and every other day strictly between them. */
    static int day(LocalDate d) {
        if (d.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE;
        }
        if (d.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE - 1L, d.toEpochDay()));
    }

    /** The number of dated ordinals whose earliest day is before {@code day} (or not after it, if inclusive). */
    int countStartingBefore(LocalDate day, boolean inclusive) {
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
     * memory report of the benchmarks; the words are indexed first if no text query has done it yet.
     *
     * @return the estimate, in bytes
     */
    public long approximateBytes() {
        long bytes = 16 + 4L * n + 16 + 4L * latestDay.length + longSpans.bytes() + placeless.bytes()
                + globalOnly.bytes() + 4 * 16 + 4L * (2 * parts.length + firstPart.length + relatedBy.length)
                + 8L * relatedIds.length;
        for (Postings[] group : List.of(actionPoints, agencyRoles, placeRoles, precisions, statuses, kinds, themes,
                sources.values().toArray(Postings[]::new))) {
            bytes += 16 + 4L * group.length;
            for (Postings p : group) {
                bytes += p == Postings.EMPTY ? 0 : p.bytes();
            }
        }
        for (Postings p : regions.values()) {
            bytes += p == Postings.EMPTY ? 0 : p.bytes();
        }
        bytes += words().bytes();
        bytes += 64L * (agencyNumbers.size() + placeNumbers.size() + regions.size() + sources.size());
        return bytes;
    }

    @Override
    public String toString() {
        return "ActivityIndex{" + n + " activities (" + (n - datedCount) + " undated), " + places.length + " places, "
                + (words == null ? "words not indexed yet" : words.size() + " words") + "}";
    }
}
