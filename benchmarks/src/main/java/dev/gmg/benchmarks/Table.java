package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.SourceRef;
import dev.gmg.query.ActivityQuery;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The activities of a dataset as {@link Row}s in the default order, with their values computed once: what the scan
 * and CQEngine work on. Building it is part of building those engines.
 */
final class Table {

    /** Periods longer than this, or open, are "long spans" (the same bound the index uses). */
    static final int LONG_SPAN_DAYS = 400;

    private static final List<Place> REGIONS =
            Gazetteer.standard().places().stream().filter(p -> !p.isCountry()).toList();

    final Dataset dataset;
    /** The rows in the default order: {@code rows[i].rank == i}. */
    final Row[] rows;
    /** The activities by id. */
    final Map<String, Activity> activities;

    Table(Dataset dataset) {
        this.dataset = dataset;
        Activity[] ordered = dataset.activities().toArray(Activity[]::new);
        Arrays.parallelSort(ordered, ActivityQuery.Sort.DATE.comparator());
        this.activities = new HashMap<>();
        for (Activity a : ordered) {
            activities.put(a.id(), a);
        }
        Map<Place, List<String>> regionsOfPlace = new HashMap<>();
        Map<String, String> oneCopy = new HashMap<>(); // one String per distinct word, as the index keeps one term
        this.rows = new Row[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            Activity a = ordered[i];
            Set<String> regions = new LinkedHashSet<>();
            for (ActivityPlace ap : a.places()) {
                regions.addAll(regionsOfPlace.computeIfAbsent(ap.place(), Table::regionsOf));
            }
            int earliest = Integer.MAX_VALUE;
            int latest = Integer.MIN_VALUE;
            boolean longSpan = false;
            if (a.period().isPresent()) {
                EdtfPeriod p = a.period().get();
                earliest = day(p.earliest());
                latest = day(p.latest());
                longSpan = p.hasOpenStart() || p.hasOpenEnd()
                        || p.latest().toEpochDay() - p.earliest().toEpochDay() > LONG_SPAN_DAYS;
            }
            Set<String> sections = new LinkedHashSet<>();
            for (SourceRef s : a.sources()) {
                sections.add(s.section());
            }
            List<String> ancestors = new ArrayList<>();
            for (Activity at = a; at != null && at.partOf().isPresent() && ancestors.size() <= ordered.length; ) {
                ancestors.add(at.partOf().get());
                at = activities.get(at.partOf().get());
            }
            String[] words = words(a.title() + " " + a.summary());
            for (int w = 0; w < words.length; w++) {
                String first = oneCopy.putIfAbsent(words[w], words[w]);
                words[w] = first == null ? words[w] : first;
            }
            rows[i] = new Row(a, i, words, List.copyOf(regions), earliest, latest,
                    longSpan, List.copyOf(sections), List.copyOf(ancestors));
        }
    }

    /** The activities of the rows whose ranks are set, in the default order: a counting sort. */
    List<Activity> inDefaultOrder(BitSet ranks) {
        List<Activity> out = new ArrayList<>(ranks.cardinality());
        for (int i = ranks.nextSetBit(0); i >= 0; i = ranks.nextSetBit(i + 1)) {
            out.add(rows[i].activity);
        }
        return out;
    }

    /** The activities of {@code rows}, sorted in place by {@code ORDER BY title}. */
    static List<Activity> byTitle(List<Row> rows) {
        rows.sort(Row::compareByTitle);
        List<Activity> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.activity);
        }
        return out;
    }

    /**
     * The regions a default region filter (intersects, any role, no global option) finds {@code place} by: for the
     * World, only the World; for any other place, every region it shares a country with.
     */
    private static List<String> regionsOf(Place place) {
        return place.kind() == PlaceKind.WORLD ? List.of(place.code())
                : REGIONS.stream().filter(place::overlaps).map(Place::code).toList();
    }

    static int day(LocalDate d) {
        if (d.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE + 1;
        }
        if (d.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE - 1;
        }
        return (int) d.toEpochDay();
    }

    /**
     * The distinct words of {@code text}, sorted: split at every character that is not a letter or digit, lower
     * case, accents removed (the rules of the index's free-text search).
     */
    static String[] words(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String s = (ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""))
                .toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out.toArray(String[]::new);
    }
}
