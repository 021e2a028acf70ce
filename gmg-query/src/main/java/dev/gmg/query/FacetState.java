package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an {@link ActivityQuery.Builder} has been given: facets kept as sorted sets (so the order of calls does not
 * matter), the order and the page; and the filter tree they make.
 */
final class FacetState {

    final Set<ActionPoint> actionPoints = EnumSet.noneOf(ActionPoint.class);
    final Set<ActionPoint> excludedActionPoints = EnumSet.noneOf(ActionPoint.class);
    final Set<String> agencies = new TreeSet<>();
    final Set<String> excludedAgencies = new TreeSet<>();
    final Set<Role> agencyRoles = EnumSet.noneOf(Role.class);
    boolean includeSubBodies = true;
    /** A class, not {@code Comparator.comparing}, whose lambda the JVM would spin on each start of the command line. */
    private static final Comparator<Place> BY_CODE = new Comparator<>() {
        @Override
        public int compare(Place a, Place b) {
            return a.code().compareTo(b.code());
        }
    };

    final Set<Place> countries = new TreeSet<>(BY_CODE);
    final Set<Place> regions = new TreeSet<>(BY_CODE);
    ActivityQuery.PlaceMatch placeMatch = ActivityQuery.PlaceMatch.INTERSECTS;
    final Set<PlaceRole> placeRoles = EnumSet.noneOf(PlaceRole.class);
    boolean includeGlobal;
    LocalDate from;
    LocalDate to;
    ActivityQuery.DateMatch dateMatch = ActivityQuery.DateMatch.OVERLAPS;
    boolean includeUndated;
    final Set<Status> statuses = EnumSet.noneOf(Status.class);
    final Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
    final Set<Theme> themes = EnumSet.noneOf(Theme.class);
    final Set<Theme> excludedThemes = EnumSet.noneOf(Theme.class);
    String text;
    final List<ActivityFilter> where = new ArrayList<>();
    ActivityQuery.Sort sort = ActivityQuery.Sort.DATE;
    int offset;
    int limit = Integer.MAX_VALUE;

    /** Adds everything {@code o} holds (scalars are replaced). */
    void addAll(FacetState o) {
        actionPoints.addAll(o.actionPoints);
        excludedActionPoints.addAll(o.excludedActionPoints);
        agencies.addAll(o.agencies);
        excludedAgencies.addAll(o.excludedAgencies);
        agencyRoles.addAll(o.agencyRoles);
        includeSubBodies = o.includeSubBodies;
        countries.addAll(o.countries);
        regions.addAll(o.regions);
        placeMatch = o.placeMatch;
        placeRoles.addAll(o.placeRoles);
        includeGlobal = o.includeGlobal;
        from = o.from;
        to = o.to;
        dateMatch = o.dateMatch;
        includeUndated = o.includeUndated;
        statuses.addAll(o.statuses);
        kinds.addAll(o.kinds);
        themes.addAll(o.themes);
        excludedThemes.addAll(o.excludedThemes);
        text = o.text;
        where.addAll(o.where);
        sort = o.sort;
        offset = o.offset;
        limit = o.limit;
    }

    /** The tree: each facet an OR of its values (or a NOT of that OR for exclusions), the facets ANDed. */
    ActivityFilter toFilter() {
        List<ActivityFilter> and = new ArrayList<>();
        anyOf(and, actionPoints, Filters::actionPoint);
        noneOf(and, excludedActionPoints, Filters::actionPoint);
        Role[] roles = agencyRoles.toArray(Role[]::new);
        if (!agencies.isEmpty()) {
            anyOf(and, agencies, a -> includeSubBodies ? Filters.agency(a, roles) : Filters.exactAgency(a, roles));
        } else if (roles.length > 0) {
            and.add(Filters.role(roles));
        }
        noneOf(and, excludedAgencies, a -> includeSubBodies ? Filters.agency(a) : Filters.exactAgency(a));
        PlaceRole[] pr = placeRoles.toArray(PlaceRole[]::new);
        List<ActivityFilter> places = new ArrayList<>();
        countries.forEach(c -> places.add(Filters.country(nameOf(c), pr)));
        regions.forEach(r -> places.add(placeMatch == ActivityQuery.PlaceMatch.WITHIN
                ? Filters.regionWithin(nameOf(r), pr) : Filters.region(nameOf(r), pr)));
        if (includeGlobal && !places.isEmpty()) {
            places.add(Filters.global(pr));
        }
        if (!places.isEmpty()) {
            and.add(Filters.or(places));
        } else if (pr.length > 0) {
            and.add(Filters.placeRole(pr));
        }
        if (from != null) {
            ActivityFilter range = switch (dateMatch) {
                case OVERLAPS -> Filters.overlaps(from, to);
                case WITHIN -> Filters.within(from, to);
                case STARTS_WITHIN -> Filters.startsWithin(from, to);
            };
            and.add(includeUndated ? Filters.or(range, Filters.undated()) : range);
        }
        anyOf(and, statuses, Filters::status);
        anyOf(and, kinds, Filters::kind);
        anyOf(and, themes, Filters::theme);
        noneOf(and, excludedThemes, Filters::theme);
        if (text != null) {
            and.add(Filters.text(text));
        }
        and.addAll(where);
        return Filters.and(and);
    }

    private static <T> void anyOf(List<ActivityFilter> and, Collection<T> values, Function<T, ActivityFilter> leaf) {
        if (!values.isEmpty()) {
            and.add(Filters.or(values.stream().map(leaf).toList()));
        }
    }

    private static <T> void noneOf(List<ActivityFilter> and, Collection<T> values, Function<T, ActivityFilter> leaf) {
        if (!values.isEmpty()) {
            and.add(Filters.not(Filters.or(values.stream().map(leaf).toList())));
        }
    }

    /** A place as a leaf writes it: a country by its ISO code, another place by its name when that finds it again. */
    private static String nameOf(Place place) {
        if (place.isCountry()) {
            return place.code();
        }
        return Gazetteer.standard().find(place.name()).filter(place::equals).isPresent() ? place.name() : place.code();
    }

}
