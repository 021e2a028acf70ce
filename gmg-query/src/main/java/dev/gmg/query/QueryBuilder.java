package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The state and methods of {@link ActivityQuery.Builder}: facets kept as sets (so the order of calls does not
 * matter) and turned into a filter tree by {@link #build()}.
 */
abstract class QueryBuilder {

    final FacetState f = new FacetState();

    private ActivityQuery.Builder self() {
        return (ActivityQuery.Builder) this;
    }

    /** A copy holding the same facets, order and page. */
    ActivityQuery.Builder copy() {
        ActivityQuery.Builder b = new ActivityQuery.Builder();
        b.f.addAll(f);
        return b;
    }

    /**
     * Adds action points, one of which an activity must serve.
     *
     * @param points the points
     * @return this builder
     */
    public ActivityQuery.Builder actionPoints(ActionPoint... points) {
        return addAll(f.actionPoints, points);
    }

    /**
     * Adds action points by number ("7"), section ("2.7") or name ("evidence").
     *
     * @param points the points
     * @return this builder
     * @throws UnknownReferenceException for text that names no point
     */
    public ActivityQuery.Builder actionPoints(String... points) {
        Arrays.stream(points).map(ActionPoint::parse).forEach(f.actionPoints::add);
        return self();
    }

    /**
     * Adds action points that an activity must not serve.
     *
     * @param points the points
     * @return this builder
     */
    public ActivityQuery.Builder excludeActionPoints(ActionPoint... points) {
        return addAll(f.excludedActionPoints, points);
    }

    /**
     * Adds agencies by id, name or alias ("UN-Women", "UN Women"), one of which must take part; resolved against
     * the dataset when the query runs.
     *
     * @param agencies the agencies
     * @return this builder
     */
    public ActivityQuery.Builder agencies(String... agencies) {
        return addNames(f.agencies, agencies);
    }

    /**
     * Adds agencies by id, name or alias.
     *
     * @param agencies the agencies
     * @return this builder
     */
    public ActivityQuery.Builder agencies(Collection<String> agencies) {
        return agencies(agencies.toArray(String[]::new));
    }

    /**
     * Adds agencies (by id, name or alias) that must not take part in any role.
     *
     * @param agencies the agencies
     * @return this builder
     */
    public ActivityQuery.Builder excludeAgencies(String... agencies) {
        return addNames(f.excludedAgencies, agencies);
    }

    /**
     * Adds roles: an agency facet then matches participants in these roles only; without agencies, the query keeps
     * activities with a participant of any agency in one of these roles.
     *
     * @param roles the roles
     * @return this builder
     */
    public ActivityQuery.Builder agencyRoles(Role... roles) {
        return addAll(f.agencyRoles, roles);
    }

    /**
     * Whether agency facets also match sub-bodies (true by default).
     *
     * @param include false for the named bodies only
     * @return this builder
     */
    public ActivityQuery.Builder includeSubBodies(boolean include) {
        f.includeSubBodies = include;
        return self();
    }

    /**
     * Adds countries by ISO code or name ("MAR", "Morocco"), one of which an activity must name.
     *
     * @param countries the countries
     * @return this builder
     * @throws UnknownReferenceException for a name the standard gazetteer does not know
     * @throws IllegalArgumentException for a place that is not a country
     */
    public ActivityQuery.Builder countries(String... countries) {
        for (String c : countries) {
            countries(Gazetteer.standard().place(c));
        }
        return self();
    }

    /**
     * Adds countries.
     *
     * @param countries the countries
     * @return this builder
     * @throws IllegalArgumentException for a place that is not a country
     */
    public ActivityQuery.Builder countries(Place... countries) {
        for (Place c : countries) {
            if (!c.isCountry()) {
                throw new IllegalArgumentException("'" + c.name() + "' (" + c.code() + ") is a " + c.kind().label()
                        + ", not a country; filter on it with regions(\"" + c.code() + "\")");
            }
            f.countries.add(c);
        }
        return self();
    }

    /**
     * Adds regions by code or name ("Africa", "002", "Arab region"), one of which an activity's places must
     * intersect or lie within. A country given here is treated as a region.
     *
     * @param regions the regions
     * @return this builder
     * @throws UnknownReferenceException for a name the standard gazetteer does not know
     */
    public ActivityQuery.Builder regions(String... regions) {
        for (String r : regions) {
            f.regions.add(Gazetteer.standard().place(r));
        }
        return self();
    }

    /**
     * Adds regions.
     *
     * @param regions the regions
     * @return this builder
     */
    public ActivityQuery.Builder regions(Place... regions) {
        return addAll(f.regions, regions);
    }

    /**
     * How regions are compared with places ({@link ActivityQuery.PlaceMatch#INTERSECTS} by default).
     *
     * @param match the comparison
     * @return this builder
     */
    public ActivityQuery.Builder placeMatch(ActivityQuery.PlaceMatch match) {
        f.placeMatch = Objects.requireNonNull(match, "match");
        return self();
    }

    /**
     * Adds place roles: place facets then consider places in these roles only; alone, the query keeps activities
     * with a place in one of these roles.
     *
     * @param roles the roles
     * @return this builder
     */
    public ActivityQuery.Builder placeRoles(PlaceRole... roles) {
        return addAll(f.placeRoles, roles);
    }

    /**
     * Whether activities naming the World match every country and region facet (false by default).
     *
     * @param include true to add {@code OR global} to the place facet
     * @return this builder
     */
    public ActivityQuery.Builder includeGlobal(boolean include) {
        f.includeGlobal = include;
        return self();
    }

    /**
     * Keeps activities whose period shares a day with {@code from..to} (inclusive); replaces an earlier range.
     *
     * @param from first day, or {@link LocalDate#MIN}
     * @param to last day, or {@link LocalDate#MAX}
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public ActivityQuery.Builder overlapping(LocalDate from, LocalDate to) {
        return dates(from, to, ActivityQuery.DateMatch.OVERLAPS);
    }

    /**
     * Keeps activities whose period shares a day with {@code period}.
     *
     * @param period the period
     * @return this builder
     */
    public ActivityQuery.Builder overlapping(EdtfPeriod period) {
        return overlapping(period.earliest(), period.latest());
    }

    /**
     * Keeps activities whose period lies entirely within {@code from..to} (inclusive); replaces an earlier range.
     *
     * @param from first day, or {@link LocalDate#MIN}
     * @param to last day, or {@link LocalDate#MAX}
     * @return this builder
     */
    public ActivityQuery.Builder within(LocalDate from, LocalDate to) {
        return dates(from, to, ActivityQuery.DateMatch.WITHIN);
    }

    /**
     * Keeps activities whose period starts within {@code from..to} (inclusive); replaces an earlier range.
     *
     * @param from first day, or {@link LocalDate#MIN}
     * @param to last day, or {@link LocalDate#MAX}
     * @return this builder
     */
    public ActivityQuery.Builder startingWithin(LocalDate from, LocalDate to) {
        return dates(from, to, ActivityQuery.DateMatch.STARTS_WITHIN);
    }

    /**
     * Whether undated activities pass the date facet (false by default).
     *
     * @param include true to add {@code OR undated} to the date facet
     * @return this builder
     */
    public ActivityQuery.Builder includeUndated(boolean include) {
        f.includeUndated = include;
        return self();
    }

    private ActivityQuery.Builder dates(LocalDate from, LocalDate to, ActivityQuery.DateMatch match) {
        new Leaves.DateIs(Leaves.DateMatch.OVERLAPS, from, to); // checks the range
        f.from = from;
        f.to = to;
        f.dateMatch = match;
        return self();
    }

    /**
     * Adds statuses, one of which an activity must have.
     *
     * @param statuses the statuses
     * @return this builder
     */
    public ActivityQuery.Builder statuses(Status... statuses) {
        return addAll(f.statuses, statuses);
    }

    /**
     * Adds kinds, one of which an activity must be.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public ActivityQuery.Builder kinds(ActivityKind... kinds) {
        return addAll(f.kinds, kinds);
    }

    /**
     * Adds themes, one of which an activity must have.
     *
     * @param themes the themes
     * @return this builder
     */
    public ActivityQuery.Builder themes(Theme... themes) {
        return addAll(f.themes, themes);
    }

    /**
     * Adds themes an activity must not have.
     *
     * @param themes the themes
     * @return this builder
     */
    public ActivityQuery.Builder excludeThemes(Theme... themes) {
        return addAll(f.excludedThemes, themes);
    }

    /**
     * Sets the free text (every word must begin a word of the title or summary, ignoring case and accents);
     * replaces earlier text; blank text or null removes it.
     *
     * @param text the words
     * @return this builder
     */
    public ActivityQuery.Builder text(String text) {
        f.text = text == null || Text.words(text).isEmpty() ? null : text.strip();
        return self();
    }

    /**
     * ANDs a filter of any shape to the facets: {@code where(Filters.not(Filters.status(Status.COMPLETED)))}.
     *
     * @param filter the filter
     * @return this builder
     */
    public ActivityQuery.Builder where(ActivityFilter filter) {
        f.where.add(Objects.requireNonNull(filter, "filter"));
        return self();
    }

    /**
     * Sets the order ({@link ActivityQuery.Sort#DATE} by default).
     *
     * @param sort the order
     * @return this builder
     */
    public ActivityQuery.Builder sortBy(ActivityQuery.Sort sort) {
        f.sort = Objects.requireNonNull(sort, "sort");
        return self();
    }

    /**
     * Sets how many matches to skip (0 by default).
     *
     * @param offset 0 or more
     * @return this builder
     */
    public ActivityQuery.Builder offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        f.offset = offset;
        return self();
    }

    /**
     * Sets the most activities a page holds (no limit by default).
     *
     * @param limit 0 or more
     * @return this builder
     */
    public ActivityQuery.Builder limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        f.limit = limit;
        return self();
    }

    /**
     * The query: the facets as a filter tree, the order and the page.
     *
     * @return the query
     */
    public ActivityQuery build() {
        return new ActivityQuery(f.toFilter(), f.sort, f.offset, f.limit, copy());
    }

    @SafeVarargs
    private <T> ActivityQuery.Builder addAll(Collection<T> target, T... values) {
        for (T v : values) {
            target.add(Objects.requireNonNull(v));
        }
        return self();
    }

    private ActivityQuery.Builder addNames(Set<String> target, String... names) {
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("agency name must not be blank");
            }
            target.add(n.strip());
        }
        return self();
    }
}
