package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Coded;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.Framework;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of a result's activities by facet value: how many matches each action point, agency, region, year,
 * status, kind and theme has. Each activity counts once per value. Immutable.
 *
 * <ul>
 * <li>{@link #agencies()}: per participating agency id, in any role; a sub-body counts under its own id.</li>
 * <li>{@link #regions()}: per M49 region (world, regions, sub-regions, intermediate regions) and named area, the
 * matches that a default region filter for it (intersects, any role, no global option) would keep: an activity
 * in Morocco counts under Africa, Northern Africa, the Arab region and the Mediterranean; an activity naming only
 * the World counts under the World alone.</li>
 * <li>{@link #years()}: per calendar year from the year of the period's start to the year of its end, so a
 * programme of 2013/2016 counts in four years; an open end adds no years beyond the known one, so {@code 2014/..}
 * counts in 2014 only. Undated matches are counted by {@link #undated()}.</li>
 * </ul>
 * Every map leaves out values with no match, except {@link #actionPoints()}, which lists all eight points in
 * agenda order. The others are ordered by count, largest first, then by code or name.
 */
public final class Facets {

    private final Map<ActionPoint, Integer> actionPoints;
    private final Map<String, Integer> agencies;
    private final Map<Place, Integer> regions;
    private final SortedMap<Integer, Integer> years;
    private final int undated;
    private final Map<Status, Integer> statuses;
    private final Map<ActivityKind, Integer> kinds;
    private final Map<Theme, Integer> themes;
    private final Map<FrameworkRef, Integer> frameworks;

    private Facets(Map<ActionPoint, Integer> actionPoints, Map<String, Integer> agencies, Map<Place, Integer> regions,
            SortedMap<Integer, Integer> years, int undated, Map<Status, Integer> statuses,
            Map<ActivityKind, Integer> kinds, Map<Theme, Integer> themes, Map<FrameworkRef, Integer> frameworks) {
        this.actionPoints = Collections.unmodifiableMap(actionPoints);
        this.agencies = agencies;
        this.regions = regions;
        this.years = Collections.unmodifiableSortedMap(years);
        this.undated = undated;
        this.statuses = statuses;
        this.kinds = kinds;
        this.themes = themes;
        this.frameworks = frameworks;
    }

    static Facets of(List<Activity> activities, Dataset dataset, Regions regionsOf) {
        Map<ActionPoint, Integer> aps = new EnumMap<>(ActionPoint.class);
        for (ActionPoint p : ActionPoint.values()) {
            aps.put(p, 0);
        }
        Map<String, Integer> agencies = new HashMap<>();
        Map<Place, Integer> regions = new HashMap<>();
        TreeMap<Integer, Integer> years = new TreeMap<>();
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
        int undated = 0;
        Set<Place> seen = new HashSet<>();
        List<FrameworkRef> refs = Crosswalk.standard().refs();
        int[] reached = new int[refs.size()];
        Map<Coded, BitSet> refsFrom = new HashMap<>();
        BitSet mine = new BitSet(refs.size());
        for (Activity a : activities) {
            a.actionPoints().forEach(p -> aps.merge(p, 1, Integer::sum));
            for (String id : a.agencyIds()) {
                agencies.merge(id, 1, Integer::sum);
            }
            seen.clear();
            for (ActivityPlace ap : a.places()) {
                seen.addAll(regionsOf.of(ap.place()));
            }
            seen.forEach(r -> regions.merge(r, 1, Integer::sum));
            if (a.period().isEmpty()) {
                undated++;
            } else {
                EdtfPeriod p = a.period().get();
                int first = p.hasOpenStart() ? p.latest().getYear() : p.earliest().getYear();
                int last = p.hasOpenEnd() ? p.earliest().getYear() : p.latest().getYear();
                for (int y = first; y <= last; y++) {
                    years.merge(y, 1, Integer::sum);
                }
            }
            statuses.merge(a.status(), 1, Integer::sum);
            kinds.merge(a.kind(), 1, Integer::sum);
            a.themes().forEach(t -> themes.merge(t, 1, Integer::sum));
            mine.clear();
            a.actionPoints().forEach(p -> mine.or(refsFrom.computeIfAbsent(p, k -> linked(k, refs))));
            a.themes().forEach(t -> mine.or(refsFrom.computeIfAbsent(t, k -> linked(k, refs))));
            mine.stream().forEach(i -> reached[i]++);
        }
        Map<FrameworkRef, Integer> frameworks = new HashMap<>();
        for (int i = 0; i < reached.length; i++) {
            if (reached[i] > 0) {
                frameworks.put(refs.get(i), reached[i]);
            }
        }
        return new Facets(aps, byCount(agencies, Comparator.naturalOrder()),
                byCount(regions, Comparator.comparing(Place::code)), years, undated,
                byCount(statuses, Comparator.naturalOrder()), byCount(kinds, Comparator.naturalOrder()),
                byCount(themes, Comparator.naturalOrder()), byCount(frameworks, Comparator.naturalOrder()));
    }

    /** The positions in {@code refs} of the targets and objectives one point or theme links to. */
    private static BitSet linked(Coded pointOrTheme, List<FrameworkRef> refs) {
        BitSet out = new BitSet(refs.size());
        Crosswalk.standard().linksFrom(pointOrTheme).forEach(l -> out.set(refs.indexOf(l.to())));
        return out;
    }

    private static <K> Map<K, Integer> byCount(Map<K, Integer> counts, Comparator<K> ties) {
        Map<K, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(ties)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** {@return matches per action point, all eight in agenda order} */
    public Map<ActionPoint, Integer> actionPoints() {
        return actionPoints;
    }

    /** {@return matches per agency id (each participant, any role; sub-bodies under their own id)} */
    public Map<String, Integer> agencies() {
        return agencies;
    }

    /** {@return matches per M49 region and named area, as a default region filter finds them} */
    public Map<Place, Integer> regions() {
        return regions;
    }

    /** {@return matches per calendar year the period touches, by year} */
    public SortedMap<Integer, Integer> years() {
        return years;
    }

    /** {@return matches without a period} */
    public int undated() {
        return undated;
    }

    /** {@return matches per status} */
    public Map<Status, Integer> statuses() {
        return statuses;
    }

    /** {@return matches per kind} */
    public Map<ActivityKind, Integer> kinds() {
        return kinds;
    }

    /** {@return matches per theme} */
    public Map<Theme, Integer> themes() {
        return themes;
    }

    /**
     * Matches per SDG target or GCM objective they reach, by any link of the crosswalk (derived from their action
     * points and themes); targets and objectives no match reaches are left out.
     *
     * @param framework SDG or GCM
     * @return counts, largest first
     */
    public Map<FrameworkRef, Integer> frameworks(Framework framework) {
        Map<FrameworkRef, Integer> out = new LinkedHashMap<>();
        frameworks.forEach((r, c) -> {
            if (r.framework() == framework) {
                out.put(r, c);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facets f && f.actionPoints.equals(actionPoints) && f.agencies.equals(agencies)
                && f.regions.equals(regions) && f.years.equals(years) && f.undated == undated
                && f.statuses.equals(statuses) && f.kinds.equals(kinds) && f.themes.equals(themes)
                && f.frameworks.equals(frameworks);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(actionPoints, agencies, regions, years, undated, statuses, kinds, themes,
                frameworks);
    }

    @Override
    public String toString() {
        Map<String, Integer> regionNames = new LinkedHashMap<>();
        regions.forEach((p, c) -> regionNames.put(p.name(), c));
        Map<Integer, Integer> apNumbers = new LinkedHashMap<>();
        actionPoints.forEach((p, c) -> apNumbers.put(p.number(), c));
        return "Facets{actionPoints=" + apNumbers + ", agencies=" + agencies + ", regions=" + regionNames
                + ", years=" + years + ", undated=" + undated + ", statuses=" + statuses + ", kinds=" + kinds
                + ", themes=" + themes + ", frameworks=" + frameworks + "}";
    }
}
