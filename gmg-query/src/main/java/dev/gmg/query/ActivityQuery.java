package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.model.UnknownReferenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A filter over the activities of a {@link Dataset}, with an order and a page: an immutable value that can be
 * built, printed, compared and reused, and run by {@link ActivityIndex#query(ActivityQuery)}.
 *
 * <pre>{@code
 * ActivityQuery q = ActivityQuery.builder()
 *     .actionPoints(ActionPoint.EVIDENCE_BASE)
 *     .agencies("UNESCO")
 *     .regions("Africa")
 *     .overlapping(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 6, 30))
 *     .build();
 * q.toString(); // actionPoint in (7) AND agency in (UNESCO incl. sub-bodies) AND place intersects (Africa)
 *               //   AND period overlaps 2014-01-01..2014-06-30
 * }</pre>
 *
 * <h2>Semantics</h2>
 * Facets combine with AND; the values given to one facet combine with OR. A facet left empty does not filter.
 * <ul>
 * <li><b>Action points</b>: the activity serves at least one of them. {@code excludeActionPoints}: it serves
 * none of those.</li>
 * <li><b>Agencies</b>: at least one participant is one of the agencies, or (by default) one of their sub-bodies at
 * any depth, so UNESCO finds the work of the UNESCO Institute for Statistics; {@link Builder#includeSubBodies(boolean)
 * includeSubBodies(false)} matches the named bodies only. {@link Builder#agencyRoles(Role...) agencyRoles}
 * restricts the participants considered to those roles (lead, partner, funder, host); given without agencies, it
 * finds activities with a participant, any agency, in one of those roles ("every funded activity"). Agencies are given by id,
 * name or alias and resolved against the dataset when the query runs; an unknown one fails with the model's
 * {@link UnknownReferenceException} and its suggestions. {@code excludeAgencies}: no participant, in any role,
 * is one of those agencies (or, by default, their sub-bodies).</li>
 * <li><b>Places</b> (countries, regions and the global option form one facet, so their values combine with OR):
 *   <ul>
 *   <li>a <em>country</em> matches activities that name that country, in any place role (venue, target,
 *   origin, scope). It does not match activities tagged only with a larger region around the country;</li>
 *   <li>a <em>region</em> (an M49 region, sub-region or intermediate region, a named area such as the Arab
 *   region, or a country passed as a region) matches activities with a place that
 *   {@linkplain PlaceMatch#INTERSECTS intersects} it (default: shares at least one country, so "Africa" finds an
 *   activity in Morocco and an activity in the Arab region is found by both "Western Asia" and "Northern
 *   Africa") or lies {@linkplain PlaceMatch#WITHIN within} it (every country of the place belongs to the
 *   region, so the Arab region is within neither);</li>
 *   <li><em>global</em> activities are those with the World (M49 {@code 001}) among their places. The World
 *   place matches a place filter only when {@link Builder#includeGlobal(boolean) includeGlobal(true)} is set (it
 *   then matches every country and region filter), or when the filter names the World itself. Off by default,
 *   so "Africa" does not return every worldwide activity. An activity that names the World and also Morocco is
 *   still found by "Africa" through Morocco;</li>
 *   <li>{@link Builder#placeRoles(PlaceRole...) placeRoles} restricts the places considered to those roles
 *   (venue only, target only ...). Given alone, it finds activities with at least one place in those
 *   roles.</li>
 *   </ul></li>
 * <li><b>Dates</b>: the range {@code from..to} (inclusive) is compared with the period's
 * {@link dev.gmg.model.EdtfPeriod#earliest() earliest} and {@link dev.gmg.model.EdtfPeriod#latest() latest} bounds:
 * {@linkplain DateMatch#OVERLAPS overlaps} (default: they share at least a day) or lies
 * {@linkplain DateMatch#WITHIN within} (every day the period may include lies in the range). An open end
 * ({@code 2014/..}) extends without bound, so it overlaps every later range and lies within none that ends.
 * A season, a half-year or a month counts as all of its days ("2013-23", autumn 2013, is 1 September to 30
 * November). Undated activities never match a date filter unless {@link Builder#includeUndated(boolean)
 * includeUndated(true)} is set.</li>
 * <li><b>Status</b>, <b>kind</b>: the activity's value is one of those given. <b>Themes</b>: the activity has
 * at least one of them; {@code excludeThemes}: none of them.</li>
 * <li><b>Text</b>: every word of the text is the beginning of a word of the title or the summary, ignoring
 * case and accents ("remit refug" finds "Remittances and refugees"; "réfugiés" and "REFUGIES" are the same).
 * Words are split at every character that is not a letter or digit.</li>
 * </ul>
 *
 * <h2>Order and page</h2>
 * Results come in the {@link Sort} order (by default the earliest date, then the id, undated activities last),
 * skipping {@link #offset()} and keeping at most {@link #limit()} activities. The total count and the facet
 * counts of a {@link QueryResult} cover every match, not just the page.
 */
public final class ActivityQuery {

    /** How a region filter compares an activity's place with the region. */
    public enum PlaceMatch {
        /** The place shares at least one country with the region (default). */
        INTERSECTS,
        /** Every country of the place belongs to the region. */
        WITHIN
    }

    /** How a date range is compared with an activity's period. */
    public enum DateMatch {
        /** The period and the range share at least one day (default). */
        OVERLAPS,
        /** Every day the period may include lies in the range. */
        WITHIN
    }

    /** The order of results. Every order is total, so results are deterministic. */
    public enum Sort {
        /** By earliest date, then id; undated activities last, by id. The default. */
        DATE(Comparator.comparing((Activity a) -> a.period().isEmpty())
                .thenComparing(a -> a.period().map(p -> p.earliest()).orElse(LocalDate.MAX))
                .thenComparing(Activity::id)),
        /** By earliest date, latest first, then id; undated activities last, by id. */
        DATE_DESCENDING(Comparator.comparing((Activity a) -> a.period().isEmpty())
                .thenComparing(a -> a.period().map(p -> p.earliest()).orElse(LocalDate.MIN),
                        Comparator.reverseOrder())
                .thenComparing(Activity::id)),
        /** By id. */
        ID(Comparator.comparing(Activity::id)),
        /** By title, ignoring case, then id. */
        TITLE(Comparator.comparing((Activity a) -> a.title().toLowerCase(Locale.ROOT)).thenComparing(Activity::id));

        private final Comparator<Activity> comparator;

        Sort(Comparator<Activity> comparator) {
            this.comparator = comparator;
        }

        /** {@return the order as a comparator, for sorting activities the same way outside an index} */
        public Comparator<Activity> comparator() {
            return comparator;
        }
    }

    private static final ActivityQuery ALL = builder().build();

    private final Set<ActionPoint> actionPoints;
    private final Set<ActionPoint> excludedActionPoints;
    private final Set<String> agencies;
    private final Set<String> excludedAgencies;
    private final Set<Role> agencyRoles;
    private final boolean includeSubBodies;
    private final Set<Place> countries;
    private final Set<Place> regions;
    private final PlaceMatch placeMatch;
    private final Set<PlaceRole> placeRoles;
    private final boolean includeGlobal;
    private final LocalDate from;
    private final LocalDate to;
    private final DateMatch dateMatch;
    private final boolean includeUndated;
    private final Set<Status> statuses;
    private final Set<ActivityKind> kinds;
    private final Set<Theme> themes;
    private final Set<Theme> excludedThemes;
    private final String text;
    private final List<String> words;
    private final Sort sort;
    private final int offset;
    private final int limit;

    private ActivityQuery(Builder b) {
        this.actionPoints = enums(b.actionPoints, ActionPoint.class);
        this.excludedActionPoints = enums(b.excludedActionPoints, ActionPoint.class);
        this.agencies = Collections.unmodifiableSet(new LinkedHashSet<>(b.agencies));
        this.excludedAgencies = Collections.unmodifiableSet(new LinkedHashSet<>(b.excludedAgencies));
        this.agencyRoles = enums(b.agencyRoles, Role.class);
        this.includeSubBodies = b.includeSubBodies;
        this.countries = Collections.unmodifiableSet(new LinkedHashSet<>(b.countries));
        this.regions = Collections.unmodifiableSet(new LinkedHashSet<>(b.regions));
        this.placeMatch = b.placeMatch;
        this.placeRoles = enums(b.placeRoles, PlaceRole.class);
        this.includeGlobal = b.includeGlobal;
        this.from = b.from;
        this.to = b.to;
        this.dateMatch = b.dateMatch;
        this.includeUndated = b.includeUndated;
        this.statuses = enums(b.statuses, Status.class);
        this.kinds = enums(b.kinds, ActivityKind.class);
        this.themes = enums(b.themes, Theme.class);
        this.excludedThemes = enums(b.excludedThemes, Theme.class);
        List<String> w = b.text == null ? List.of() : List.copyOf(Text.words(b.text));
        this.text = w.isEmpty() ? null : b.text.strip();
        this.words = w;
        this.sort = b.sort;
        this.offset = b.offset;
        this.limit = b.limit;
    }

    private static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }

    /** {@return a new builder for a query that, until facets are added, matches every activity} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the query that matches every activity, in the default order, without a limit} */
    public static ActivityQuery all() {
        return ALL;
    }

    /** {@return a builder holding this query's facets, order and page, to derive another query from it} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.actionPoints.addAll(actionPoints);
        b.excludedActionPoints.addAll(excludedActionPoints);
        b.agencies.addAll(agencies);
        b.excludedAgencies.addAll(excludedAgencies);
        b.agencyRoles.addAll(agencyRoles);
        b.includeSubBodies = includeSubBodies;
        b.countries.addAll(countries);
        b.regions.addAll(regions);
        b.placeMatch = placeMatch;
        b.placeRoles.addAll(placeRoles);
        b.includeGlobal = includeGlobal;
        b.from = from;
        b.to = to;
        b.dateMatch = dateMatch;
        b.includeUndated = includeUndated;
        b.statuses.addAll(statuses);
        b.kinds.addAll(kinds);
        b.themes.addAll(themes);
        b.excludedThemes.addAll(excludedThemes);
        b.text = text;
        b.sort = sort;
        b.offset = offset;
        b.limit = limit;
        return b;
    }

    /** {@return the action points, one of which an activity must serve; empty for any} */
    public Set<ActionPoint> actionPoints() {
        return actionPoints;
    }

    /** {@return action points an activity must not serve} */
    public Set<ActionPoint> excludedActionPoints() {
        return excludedActionPoints;
    }

    /** {@return the agencies as given (ids, names or aliases), one of which must take part; empty for any} */
    public Set<String> agencies() {
        return agencies;
    }

    /** {@return agencies (as given) that must not take part, in any role} */
    public Set<String> excludedAgencies() {
        return excludedAgencies;
    }

    /** {@return the roles a matching participant must have; empty for any role} */
    public Set<Role> agencyRoles() {
        return agencyRoles;
    }

    /** {@return true (the default) when an agency filter also matches the agency's sub-bodies} */
    public boolean includeSubBodies() {
        return includeSubBodies;
    }

    /** {@return countries an activity must name (or one of the regions must match)} */
    public Set<Place> countries() {
        return countries;
    }

    /** {@return regions an activity's places must intersect or lie within (or one of the countries must match)} */
    public Set<Place> regions() {
        return regions;
    }

    /** {@return how regions are compared with places} */
    public PlaceMatch placeMatch() {
        return placeMatch;
    }

    /** {@return the roles a matching place must have; empty for any role} */
    public Set<PlaceRole> placeRoles() {
        return placeRoles;
    }

    /** {@return true when activities whose places include the World match every place filter} Off by default. */
    public boolean includeGlobal() {
        return includeGlobal;
    }

    /** {@return the first day of the date range, if there is one} */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** {@return the last day of the date range, if there is one} */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** {@return how the date range is compared with periods} */
    public DateMatch dateMatch() {
        return dateMatch;
    }

    /** {@return true when undated activities match a date filter} Off by default. */
    public boolean includeUndated() {
        return includeUndated;
    }

    /** {@return the statuses an activity may have; empty for any} */
    public Set<Status> statuses() {
        return statuses;
    }

    /** {@return the kinds an activity may be; empty for any} */
    public Set<ActivityKind> kinds() {
        return kinds;
    }

    /** {@return the themes, one of which an activity must have; empty for any} */
    public Set<Theme> themes() {
        return themes;
    }

    /** {@return themes an activity must not have} */
    public Set<Theme> excludedThemes() {
        return excludedThemes;
    }

    /** {@return the free text, as given, if any} */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** {@return the normalised words of the free text (lower case, no accents), each of which must match} */
    public List<String> words() {
        return words;
    }

    /** {@return the order of results} */
    public Sort sort() {
        return sort;
    }

    /** {@return how many matches to skip before the page starts} */
    public int offset() {
        return offset;
    }

    /** {@return the most activities a page holds; {@link Integer#MAX_VALUE} for no limit (the default)} */
    public int limit() {
        return limit;
    }

    /** True when the query has a date filter. */
    boolean hasDateRange() {
        return from != null;
    }

    /** True when the query has a place filter (countries, regions or place roles). */
    boolean hasPlaceFilter() {
        return !countries.isEmpty() || !regions.isEmpty() || !placeRoles.isEmpty();
    }

    /**
     * This query's filter as a predicate over the activities of {@code dataset}: the reference semantics, used by
     * a linear scan. Agencies are resolved once, here.
     *
     * @param dataset the dataset the activities come from
     * @return the filter as a predicate
     * @throws UnknownReferenceException when an agency is not in the dataset
     */
    public Predicate<Activity> predicate(Dataset dataset) {
        return new Matcher(this, dataset)::matches;
    }

    /**
     * True when {@code activity} passes this query's filter, with agencies resolved against {@code dataset}.
     * For many activities, use {@link #predicate(Dataset)} or an {@link ActivityIndex}.
     *
     * @param activity the activity
     * @param dataset the dataset it comes from
     * @return whether it passes the filter
     * @throws UnknownReferenceException when an agency is not in the dataset
     */
    public boolean test(Activity activity, Dataset dataset) {
        return new Matcher(this, dataset).matches(activity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityQuery q && q.actionPoints.equals(actionPoints)
                && q.excludedActionPoints.equals(excludedActionPoints) && q.agencies.equals(agencies)
                && q.excludedAgencies.equals(excludedAgencies) && q.agencyRoles.equals(agencyRoles)
                && q.includeSubBodies == includeSubBodies && q.countries.equals(countries)
                && q.regions.equals(regions) && q.placeMatch == placeMatch && q.placeRoles.equals(placeRoles)
                && q.includeGlobal == includeGlobal && Objects.equals(q.from, from) && Objects.equals(q.to, to)
                && q.dateMatch == dateMatch && q.includeUndated == includeUndated && q.statuses.equals(statuses)
                && q.kinds.equals(kinds) && q.themes.equals(themes) && q.excludedThemes.equals(excludedThemes)
                && q.words.equals(words) && q.sort == sort && q.offset == offset && q.limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(actionPoints, excludedActionPoints, agencies, excludedAgencies, agencyRoles,
                includeSubBodies, countries, regions, placeMatch, placeRoles, includeGlobal, from, to, dateMatch,
                includeUndated, statuses, kinds, themes, excludedThemes, words, sort, offset, limit);
    }

    /**
     * The filter as it reads, for example {@code actionPoint in (7) AND agency in (UNESCO incl. sub-bodies) AND
     * place intersects (Africa) AND period overlaps 2014-01-01..2014-06-30}; {@code all} for no filter. A
     * non-default order or page follows ({@code ORDER BY title OFFSET 20 LIMIT 10}).
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!actionPoints.isEmpty()) {
            parts.add("actionPoint in " + list(actionPoints, p -> String.valueOf(p.number())));
        }
        if (!excludedActionPoints.isEmpty()) {
            parts.add("actionPoint not in " + list(excludedActionPoints, p -> String.valueOf(p.number())));
        }
        String roles = agencyRoles.isEmpty() ? "" : " as " + list(agencyRoles, Role::code);
        String sub = includeSubBodies ? " incl. sub-bodies" : "";
        if (!agencies.isEmpty()) {
            parts.add("agency in (" + String.join(", ", agencies) + sub + ")" + roles);
        } else if (!agencyRoles.isEmpty()) {
            parts.add("any agency" + roles);
        }
        if (!excludedAgencies.isEmpty()) {
            parts.add("agency not in (" + String.join(", ", excludedAgencies) + sub + ")");
        }
        if (hasPlaceFilter()) {
            parts.add(placeString());
        }
        if (from != null) {
            parts.add("period " + (dateMatch == DateMatch.OVERLAPS ? "overlaps " : "within ") + date(from) + ".."
                    + date(to) + (includeUndated ? " or undated" : ""));
        }
        if (!statuses.isEmpty()) {
            parts.add("status in " + list(statuses, Status::code));
        }
        if (!kinds.isEmpty()) {
            parts.add("kind in " + list(kinds, ActivityKind::code));
        }
        if (!themes.isEmpty()) {
            parts.add("theme in " + list(themes, Theme::code));
        }
        if (!excludedThemes.isEmpty()) {
            parts.add("theme not in " + list(excludedThemes, Theme::code));
        }
        if (!words.isEmpty()) {
            parts.add("text matches '" + String.join(" ", words) + "'");
        }
        StringBuilder s = new StringBuilder(parts.isEmpty() ? "all" : String.join(" AND ", parts));
        if (sort != Sort.DATE) {
            s.append(" ORDER BY ").append(sort.name().toLowerCase(Locale.ROOT).replace("_descending", " desc"));
        }
        if (offset > 0) {
            s.append(" OFFSET ").append(offset);
        }
        if (limit != Integer.MAX_VALUE) {
            s.append(" LIMIT ").append(limit);
        }
        return s.toString();
    }

    private String placeString() {
        List<String> alternatives = new ArrayList<>();
        if (!countries.isEmpty()) {
            alternatives.add("country in " + list(countries, Place::name));
        }
        if (!regions.isEmpty()) {
            alternatives.add("place " + placeMatch.name().toLowerCase(Locale.ROOT) + " " + list(regions, Place::name));
        }
        if (includeGlobal && !alternatives.isEmpty()) {
            alternatives.add("global");
        }
        String roles = placeRoles.isEmpty() ? "" : " as " + list(placeRoles, PlaceRole::code);
        if (alternatives.isEmpty()) {
            return "place role in " + list(placeRoles, PlaceRole::code);
        }
        String joined = String.join(" OR ", alternatives);
        return (alternatives.size() > 1 ? "(" + joined + ")" : joined) + roles;
    }

    private static String date(LocalDate d) {
        return d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX) ? "" : d.toString();
    }

    private static <T> String list(Collection<T> values, Function<T, String> f) {
        return values.stream().map(f).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Builds an {@link ActivityQuery}. Methods that take values add them to the facet (call twice, get both);
     * names are looked up at once (places, through the {@link Gazetteer#standard() standard gazetteer}) or when
     * the query runs (agencies, through the dataset). Not thread-safe; the query it builds is.
     */
    public static final class Builder {
        private final List<ActionPoint> actionPoints = new ArrayList<>();
        private final List<ActionPoint> excludedActionPoints = new ArrayList<>();
        private final Set<String> agencies = new LinkedHashSet<>();
        private final Set<String> excludedAgencies = new LinkedHashSet<>();
        private final List<Role> agencyRoles = new ArrayList<>();
        private boolean includeSubBodies = true;
        private final Set<Place> countries = new LinkedHashSet<>();
        private final Set<Place> regions = new LinkedHashSet<>();
        private PlaceMatch placeMatch = PlaceMatch.INTERSECTS;
        private final List<PlaceRole> placeRoles = new ArrayList<>();
        private boolean includeGlobal;
        private LocalDate from;
        private LocalDate to;
        private DateMatch dateMatch = DateMatch.OVERLAPS;
        private boolean includeUndated;
        private final List<Status> statuses = new ArrayList<>();
        private final List<ActivityKind> kinds = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private final List<Theme> excludedThemes = new ArrayList<>();
        private String text;
        private Sort sort = Sort.DATE;
        private int offset;
        private int limit = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * Adds action points, one of which an activity must serve.
         *
         * @param points the action points
         * @return this builder
         */
        public Builder actionPoints(ActionPoint... points) {
            return addAll(actionPoints, points);
        }

        /**
         * Adds action points by number ("7"), section ("2.7") or name ("evidence").
         *
         * @param points numbers, sections or names
         * @return this builder
         */
        public Builder actionPoints(String... points) {
            Arrays.stream(points).map(ActionPoint::parse).forEach(actionPoints::add);
            return this;
        }

        /**
         * Adds action points that an activity must not serve.
         *
         * @param points the action points to exclude
         * @return this builder
         */
        public Builder excludeActionPoints(ActionPoint... points) {
            return addAll(excludedActionPoints, points);
        }

        /**
         * Adds agencies by id, name or alias ("UN-Women", "UN Women"), one of which must take part. They are
         * resolved against the dataset when the query runs.
         *
         * @param agencies ids, names or aliases
         * @return this builder
         */
        public Builder agencies(String... agencies) {
            return addNames(this.agencies, agencies);
        }

        /**
         * Adds agencies by id, name or alias.
         *
         * @param agencies ids, names or aliases
         * @return this builder
         */
        public Builder agencies(Collection<String> agencies) {
            return agencies(agencies.toArray(String[]::new));
        }

        /**
         * Adds agencies (by id, name or alias) that must not take part in any role.
         *
         * @param agencies ids, names or aliases to exclude
         * @return this builder
         */
        public Builder excludeAgencies(String... agencies) {
            return addNames(this.excludedAgencies, agencies);
        }

        /**
         * Adds roles; an agency filter then matches participants in one of these roles only. Without agencies,
         * the query keeps activities with a participant of any agency in one of these roles.
         *
         * @param roles the roles
         * @return this builder
         */
        public Builder agencyRoles(Role... roles) {
            return addAll(agencyRoles, roles);
        }

        /**
         * Whether agency filters also match sub-bodies (true by default).
         *
         * @param include whether an agency also stands for its sub-bodies
         * @return this builder
         */
        public Builder includeSubBodies(boolean include) {
            this.includeSubBodies = include;
            return this;
        }

        /**
         * Adds countries by ISO code or name ("MAR", "Morocco"), one of which an activity must name.
         *
         * @param countries codes or names
         * @return this builder
         * @throws UnknownReferenceException for a name the gazetteer does not know
         * @throws IllegalArgumentException for a place that is not a country (use {@link #regions(String...)})
         */
        public Builder countries(String... countries) {
            for (String c : countries) {
                countries(Gazetteer.standard().place(c));
            }
            return this;
        }

        /**
         * Adds countries.
         *
         * @param countries the countries
         * @return this builder
         * @throws IllegalArgumentException for a place that is not a country (use {@link #regions(Place...)})
         */
        public Builder countries(Place... countries) {
            for (Place c : countries) {
                if (!c.isCountry()) {
                    throw new IllegalArgumentException("'" + c.name() + "' (" + c.code() + ") is a "
                            + c.kind().label() + ", not a country; filter on it with regions(\"" + c.code() + "\")");
                }
                this.countries.add(c);
            }
            return this;
        }

        /**
         * Adds regions by code or name ("Africa", "002", "Arab region", "Mekong"), one of which an activity's
         * places must intersect or lie within. A country given here is treated as a region: every activity with a
         * place overlapping it matches, including those tagged with larger regions around it.
         *
         * @param regions codes or names
         * @return this builder
         * @throws UnknownReferenceException for a name the gazetteer does not know
         */
        public Builder regions(String... regions) {
            for (String r : regions) {
                this.regions.add(Gazetteer.standard().place(r));
            }
            return this;
        }

        /**
         * Adds regions.
         *
         * @param regions the regions or named areas
         * @return this builder
         */
        public Builder regions(Place... regions) {
            for (Place r : regions) {
                this.regions.add(Objects.requireNonNull(r, "region"));
            }
            return this;
        }

        /**
         * How regions are compared with places ({@link PlaceMatch#INTERSECTS} by default).
         *
         * @param match how a place filter matches
         * @return this builder
         */
        public Builder placeMatch(PlaceMatch match) {
            this.placeMatch = Objects.requireNonNull(match, "match");
            return this;
        }

        /**
         * Adds place roles; place filters then consider places in these roles only.
         *
         * @param roles the place roles
         * @return this builder
         */
        public Builder placeRoles(PlaceRole... roles) {
            return addAll(placeRoles, roles);
        }

        /**
         * Whether activities whose places include the World match every place filter (false by default).
         *
         * @param include whether worldwide activities match a place filter
         * @return this builder
         */
        public Builder includeGlobal(boolean include) {
            this.includeGlobal = include;
            return this;
        }

        /**
         * Keeps activities whose period shares at least a day with {@code from..to} (inclusive). Replaces an
         * earlier date filter. Use {@link LocalDate#MIN} or {@link LocalDate#MAX} for an open end.
         *
         * @param from the first day
         * @param to the last day
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         */
        public Builder overlapping(LocalDate from, LocalDate to) {
            return dates(from, to, DateMatch.OVERLAPS);
        }

        /**
         * Keeps activities whose period shares at least a day with {@code period}.
         *
         * @param period the period
         * @return this builder
         */
        public Builder overlapping(dev.gmg.model.EdtfPeriod period) {
            return overlapping(period.earliest(), period.latest());
        }

        /**
         * Keeps activities whose period lies entirely within {@code from..to} (inclusive). Replaces an earlier date
         * filter.
         *
         * @param from the first day
         * @param to the last day
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         */
        public Builder within(LocalDate from, LocalDate to) {
            return dates(from, to, DateMatch.WITHIN);
        }

        /**
         * Whether undated activities match a date filter (false by default).
         *
         * @param include whether undated activities pass a date filter
         * @return this builder
         */
        public Builder includeUndated(boolean include) {
            this.includeUndated = include;
            return this;
        }

        private Builder dates(LocalDate from, LocalDate to, DateMatch match) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
            }
            this.from = from;
            this.to = to;
            this.dateMatch = match;
            return this;
        }

        /**
         * Adds statuses, one of which an activity must have.
         *
         * @param statuses the statuses
         * @return this builder
         */
        public Builder statuses(Status... statuses) {
            return addAll(this.statuses, statuses);
        }

        /**
         * Adds kinds, one of which an activity must be.
         *
         * @param kinds the kinds
         * @return this builder
         */
        public Builder kinds(ActivityKind... kinds) {
            return addAll(this.kinds, kinds);
        }

        /**
         * Adds themes, one of which an activity must have.
         *
         * @param themes the themes
         * @return this builder
         */
        public Builder themes(Theme... themes) {
            return addAll(this.themes, themes);
        }

        /**
         * Adds themes an activity must not have.
         *
         * @param themes the themes to exclude
         * @return this builder
         */
        public Builder excludeThemes(Theme... themes) {
            return addAll(excludedThemes, themes);
        }

        /**
         * Sets the free text: every word must begin a word of the title or summary, ignoring case and accents.
         * Replaces earlier text; blank text (or null) removes the text filter.
         *
         * @param text the words
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets the order ({@link Sort#DATE} by default).
         *
         * @param sort the order
         * @return this builder
         */
        public Builder sortBy(Sort sort) {
            this.sort = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /**
         * Sets how many matches to skip (0 by default).
         *
         * @param offset how many matches to skip, from 0
         * @return this builder
         */
        public Builder offset(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative, was " + offset);
            }
            this.offset = offset;
            return this;
        }

        /**
         * Sets the most activities a page holds (no limit by default).
         *
         * @param limit the most activities a page holds
         * @return this builder
         */
        public Builder limit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        /** {@return the query} */
        public ActivityQuery build() {
            return new ActivityQuery(this);
        }

        @SafeVarargs
        private <T> Builder addAll(Collection<T> target, T... values) {
            for (T v : values) {
                target.add(Objects.requireNonNull(v));
            }
            return this;
        }

        private Builder addNames(Set<String> target, String... names) {
            for (String n : names) {
                if (n == null || n.isBlank()) {
                    throw new IllegalArgumentException("agency name must not be blank");
                }
                target.add(n.strip());
            }
            return this;
        }
    }
}
