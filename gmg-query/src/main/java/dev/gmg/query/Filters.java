package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Framework;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The factories of {@link ActivityFilter}s: one per leaf, and {@link #and}, {@link #or}, {@link #not}. Each
 * comment gives the leaf as the query language writes it. Names (agencies, places, activity ids) are kept as given
 * and resolved when the filter runs, against the dataset and the gazetteer; vocabulary values are checked now.
 *
 * <pre>{@code
 * import static dev.gmg.query.Filters.*;
 * ActivityFilter f = and(or(actionPoint(ActionPoint.MIGRANT_CHILDREN), actionPoint(ActionPoint.PARTNERSHIPS)),
 *         agency("UNICEF", Role.LEAD), not(status(Status.COMPLETED)));
 * }</pre>
 */
public final class Filters {

    private static final ActivityFilter ALL = new Leaves.All();

    private Filters() {
    }

    /** @return {@code all}: every activity */
    public static ActivityFilter all() {
        return ALL;
    }

    /**
     * {@code a AND b AND ...}. An AND among the filters is flattened into this one.
     *
     * @param filters the filters that must all match
     * @return {@link #all()} for none, the filter itself for one, else an AND
     */
    public static ActivityFilter and(ActivityFilter... filters) {
        return and(Arrays.asList(filters));
    }

    /**
     * {@code a AND b AND ...}.
     *
     * @param filters the filters that must all match
     * @return {@link #all()} for none, the filter itself for one, else an AND
     */
    public static ActivityFilter and(Collection<? extends ActivityFilter> filters) {
        List<ActivityFilter> flat = Nodes.flatten(filters, Nodes.And.class);
        return flat.isEmpty() ? ALL : flat.size() == 1 ? flat.get(0) : new Nodes.And(flat);
    }

    /**
     * {@code a OR b OR ...}. An OR among the filters is flattened into this one.
     *
     * @param filters one or more filters, one of which must match
     * @return the filter itself for one, else an OR
     * @throws IllegalArgumentException for no filters
     */
    public static ActivityFilter or(ActivityFilter... filters) {
        return or(Arrays.asList(filters));
    }

    /**
     * {@code a OR b OR ...}.
     *
     * @param filters one or more filters, one of which must match
     * @return the filter itself for one, else an OR
     * @throws IllegalArgumentException for no filters
     */
    public static ActivityFilter or(Collection<? extends ActivityFilter> filters) {
        List<ActivityFilter> flat = Nodes.flatten(filters, Nodes.Or.class);
        if (flat.isEmpty()) {
            throw new IllegalArgumentException("OR needs at least one filter");
        }
        return flat.size() == 1 ? flat.get(0) : new Nodes.Or(flat);
    }

    /**
     * {@code NOT f}.
     *
     * @param filter the filter that must not match
     * @return the negation
     */
    public static ActivityFilter not(ActivityFilter filter) {
        return new Nodes.Not(filter);
    }

    /**
     * {@code point:7}: the activity serves this point of the agenda.
     *
     * @param point the action point
     * @return the leaf
     */
    public static ActivityFilter actionPoint(ActionPoint point) {
        return new Leaves.PointIs(point);
    }

    /**
     * {@code agency:UNICEF}, {@code agency:UNICEF/lead}: a participant is this agency or one of its sub-bodies (at
     * any depth), in one of the roles (any role when none is given).
     *
     * @param agency id, name or alias, resolved against the dataset when the filter runs
     * @param roles the participant's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter agency(String agency, Role... roles) {
        return new Leaves.AgencyIs(agency, true, Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code exact-agency:ILO/partner}: like {@link #agency(String, Role...)} but without sub-bodies.
     *
     * @param agency id, name or alias
     * @param roles the participant's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter exactAgency(String agency, Role... roles) {
        return new Leaves.AgencyIs(agency, false, Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code role:funder}: some participant, any agency, has one of these roles ("every funded activity").
     *
     * @param roles one or more roles
     * @return the leaf
     */
    public static ActivityFilter role(Role... roles) {
        return new Leaves.RoleIs(Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code agency-kind:regional-commission/lead}: a participant (in one of the roles) is an agency of this kind.
     *
     * @param kind the kind of agency
     * @param roles the participant's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter agencyKind(AgencyKind kind, Role... roles) {
        return new Leaves.AgencyKindIs(kind, Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code gmg-member}, {@code gmg-member/lead}: a participant (in one of the roles) is a member of the Global
     * Migration Group.
     *
     * @param roles the participant's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter gmgMember(Role... roles) {
        return new Leaves.GmgMember(Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code country:MDA}, {@code country:Morocco/venue}: the activity names this country among its places (in one
     * of the roles), not merely a region around it.
     *
     * @param country ISO code or name, resolved against the gazetteer when the filter runs
     * @param roles the place's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter country(String country, PlaceRole... roles) {
        return place(country, Leaves.PlaceMatch.NAMES, roles);
    }

    /**
     * {@code region:Africa}: a place of the activity (in one of the roles) shares a country with the region, which
     * may be an M49 region, a named area or a country. Worldwide activities match only {@code region:World}.
     *
     * @param region code or name
     * @param roles the place's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter region(String region, PlaceRole... roles) {
        return place(region, Leaves.PlaceMatch.INTERSECTS, roles);
    }

    /**
     * {@code region-within:Africa}: a place of the activity (in one of the roles) lies entirely within the region.
     *
     * @param region code or name
     * @param roles the place's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter regionWithin(String region, PlaceRole... roles) {
        return place(region, Leaves.PlaceMatch.WITHIN, roles);
    }

    private static ActivityFilter place(String place, Leaves.PlaceMatch match, PlaceRole... roles) {
        return new Leaves.PlaceIs(place, match, Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code global}, {@code global/scope}: the activity names the World (M49 001) among its places.
     *
     * @param roles the place's roles; none for any
     * @return the leaf
     */
    public static ActivityFilter global(PlaceRole... roles) {
        return new Leaves.Global(Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code place-role:venue}: the activity has a place, any place, in one of these roles.
     *
     * @param roles one or more roles
     * @return the leaf
     */
    public static ActivityFilter placeRole(PlaceRole... roles) {
        return new Leaves.PlaceRoleIs(Arrays.stream(roles).collect(java.util.stream.Collectors.toSet()));
    }

    /** @return {@code placeless}: the activity names no place at all */
    public static ActivityFilter placeless() {
        return new Leaves.Placeless();
    }

    /**
     * {@code overlaps:2014}, {@code overlaps:2014-01-10/2014-03}: the period shares at least a day with the range.
     *
     * @param from first day, or {@link LocalDate#MIN} for no bound
     * @param to last day, or {@link LocalDate#MAX} for no bound
     * @return the leaf; undated activities never match it
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static ActivityFilter overlaps(LocalDate from, LocalDate to) {
        return new Leaves.DateIs(Leaves.DateMatch.OVERLAPS, from, to);
    }

    /**
     * {@code overlaps:} the range of an EDTF period, from its earliest to its latest day.
     *
     * @param period a period such as {@code EdtfPeriod.parse("2014")}
     * @return the leaf
     */
    public static ActivityFilter overlaps(EdtfPeriod period) {
        return overlaps(period.earliest(), period.latest());
    }

    /**
     * {@code within:2014}: every day the period may include lies in the range.
     *
     * @param from first day, or {@link LocalDate#MIN}
     * @param to last day, or {@link LocalDate#MAX}
     * @return the leaf
     */
    public static ActivityFilter within(LocalDate from, LocalDate to) {
        return new Leaves.DateIs(Leaves.DateMatch.WITHIN, from, to);
    }

    /**
     * {@code starts:2014-06}: the period's earliest day lies in the range.
     *
     * @param from first day, or {@link LocalDate#MIN}
     * @param to last day, or {@link LocalDate#MAX}
     * @return the leaf
     */
    public static ActivityFilter startsWithin(LocalDate from, LocalDate to) {
        return new Leaves.DateIs(Leaves.DateMatch.STARTS_WITHIN, from, to);
    }

    /** @return {@code undated}: the activity has no period */
    public static ActivityFilter undated() {
        return new Leaves.Undated();
    }

    /**
     * {@code precision:day}: the period is dated this precisely ({@link DatePrecision#of}).
     *
     * @param precision the precision
     * @return the leaf; undated activities never match it
     */
    public static ActivityFilter precision(DatePrecision precision) {
        return new Leaves.PrecisionIs(precision);
    }

    /**
     * {@code status:planned}.
     *
     * @param status the status as of the report's date
     * @return the leaf
     */
    public static ActivityFilter status(Status status) {
        return new Leaves.StatusIs(status);
    }

    /**
     * {@code kind:meeting}.
     *
     * @param kind the kind of activity
     * @return the leaf
     */
    public static ActivityFilter kind(ActivityKind kind) {
        return new Leaves.KindIs(kind);
    }

    /**
     * {@code theme:trafficking}.
     *
     * @param theme the theme
     * @return the leaf
     */
    public static ActivityFilter theme(Theme theme) {
        return new Leaves.ThemeIs(theme);
    }

    /**
     * {@code sdg:10.7} or {@code gcm:6}: activities that reach an SDG target or GCM objective through their action
     * points and themes, by the crosswalk ({@link dev.gmg.model.Crosswalk}); {@code sdg:10.7/direct} only by a
     * direct link.
     *
     * @param ref the target or objective, for example {@code Crosswalk.standard().ref("sdg:10.c")}
     * @param minimum {@code RELATED} for any link, {@code DIRECT} for direct links only
     * @return the leaf
     */
    public static ActivityFilter framework(FrameworkRef ref, LinkStrength minimum) {
        return new Leaves.FrameworkIs(ref, minimum);
    }

    /**
     * {@code sdg:10.c}: activities that reach the SDG target by any link of the crosswalk.
     *
     * @param target the target's code, for example {@code "10.c"} or {@code "17.18"}
     * @return the leaf
     * @throws dev.gmg.model.UnknownReferenceException for a target the SDK does not know, with suggestions
     */
    public static ActivityFilter sdg(String target) {
        return framework(Crosswalk.standard().ref(Framework.SDG, target), LinkStrength.RELATED);
    }

    /**
     * {@code gcm:6}: activities that reach the GCM objective by any link of the crosswalk.
     *
     * @param objective the objective's number, 1 to 23
     * @return the leaf
     * @throws dev.gmg.model.UnknownReferenceException for a number outside 1 to 23
     */
    public static ActivityFilter gcm(int objective) {
        return framework(Crosswalk.standard().ref(Framework.GCM, String.valueOf(objective)), LinkStrength.RELATED);
    }

    /**
     * {@code outcome:declaration-reliable-data}: activities that serve an outcome of the 2013 HLD through their
     * action points and themes ({@link dev.gmg.model.Crosswalk#outcomes()}).
     *
     * @param id the outcome's id, for example {@code point-7} or {@code declaration-racism-xenophobia}
     * @return the leaf
     * @throws dev.gmg.model.UnknownReferenceException for an unknown id, with suggestions
     */
    public static ActivityFilter outcome(String id) {
        return new Leaves.OutcomeIs(Crosswalk.standard().outcome(id));
    }

    /**
     * {@code text:"labour migr"}: every word begins a word of the title or summary, ignoring case and accents.
     *
     * @param text one or more words
     * @return the leaf, holding the words in lower case without accents
     * @throws IllegalArgumentException for text without a letter or digit
     */
    public static ActivityFilter text(String text) {
        return new Leaves.TextHas(new ArrayList<>(Text.words(java.util.Objects.requireNonNull(text, "text"))));
    }

    /**
     * {@code source:3}: the activity cites this section of the report or one of its sub-sections.
     *
     * @param section a section number such as {@code 2.7} or {@code 3}
     * @return the leaf
     */
    public static ActivityFilter source(String section) {
        return new Leaves.SourceIs(section, 0);
    }

    /**
     * {@code source:2.7#11}: the activity cites this paragraph of this section.
     *
     * @param section a section number such as {@code 2.7}
     * @param paragraph the paragraph's number within the section, from 1
     * @return the leaf
     */
    public static ActivityFilter source(String section, int paragraph) {
        if (paragraph < 1) {
            throw new IllegalArgumentException("paragraph must be 1 or more, was " + paragraph);
        }
        return new Leaves.SourceIs(section, paragraph);
    }

    /**
     * {@code part-of:ID}: the activity is a part of that initiative, directly or through parts of parts.
     *
     * @param id the initiative's activity id, checked against the dataset when the filter runs
     * @return the leaf
     */
    public static ActivityFilter partOf(String id) {
        return new Leaves.PartOf(id);
    }

    /**
     * {@code related:ID}: the activity lists that activity as related, or is listed by it.
     *
     * @param id an activity id
     * @return the leaf
     */
    public static ActivityFilter relatedTo(String id) {
        return new Leaves.RelatedTo(id);
    }

    /**
     * {@code id:ID}: the activity with this id.
     *
     * @param id an activity id
     * @return the leaf
     */
    public static ActivityFilter id(String id) {
        return new Leaves.IdIs(id);
    }
}
