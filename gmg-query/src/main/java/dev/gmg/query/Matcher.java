package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.Theme;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The reference semantics of an {@link ActivityQuery}'s filter, with its agency names resolved against one
 * dataset: what a linear scan tests and what the index must agree with. See {@link ActivityQuery} for the rules.
 */
final class Matcher {

    private final ActivityQuery q;
    private final Set<String> agencyIds;
    private final Set<String> excludedAgencyIds;

    Matcher(ActivityQuery q, Dataset dataset) {
        this.q = q;
        this.agencyIds = resolveAgencies(q.agencies(), q.includeSubBodies(), dataset);
        this.excludedAgencyIds = resolveAgencies(q.excludedAgencies(), q.includeSubBodies(), dataset);
    }

    /** The ids of the named agencies and, if asked, of their sub-bodies. */
    static Set<String> resolveAgencies(Collection<String> names, boolean subBodies, Dataset dataset) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : names) {
            String id = dataset.requireAgency(name).id();
            if (subBodies) {
                ids.addAll(dataset.agencyAndSubBodies(id));
            } else {
                ids.add(id);
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    Set<String> agencyIds() {
        return agencyIds;
    }

    Set<String> excludedAgencyIds() {
        return excludedAgencyIds;
    }

    boolean matches(Activity a) {
        if (!q.actionPoints().isEmpty() && !intersects(a.actionPoints(), q.actionPoints())) {
            return false;
        }
        if (!q.excludedActionPoints().isEmpty() && intersects(a.actionPoints(), q.excludedActionPoints())) {
            return false;
        }
        if (!q.statuses().isEmpty() && !q.statuses().contains(a.status())) {
            return false;
        }
        if (!q.kinds().isEmpty() && !q.kinds().contains(a.kind())) {
            return false;
        }
        if (!q.themes().isEmpty() && !intersects(a.themes(), q.themes())) {
            return false;
        }
        if (!q.excludedThemes().isEmpty() && intersects(a.themes(), q.excludedThemes())) {
            return false;
        }
        if ((!q.agencies().isEmpty() || !q.agencyRoles().isEmpty()) && !hasAgency(a)) {
            return false;
        }
        if (!excludedAgencyIds.isEmpty()) {
            for (Participant p : a.participants()) {
                if (excludedAgencyIds.contains(p.agencyId())) {
                    return false;
                }
            }
        }
        if (q.hasDateRange() && !dateMatches(a)) {
            return false;
        }
        if (q.hasPlaceFilter() && !placeMatches(a)) {
            return false;
        }
        return q.words().isEmpty() || textMatches(a);
    }

    private static boolean intersects(Set<ActionPoint> a, Set<ActionPoint> b) {
        for (ActionPoint p : b) {
            if (a.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<Theme> a, Collection<Theme> b) {
        for (Theme t : b) {
            if (a.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAgency(Activity a) {
        for (Participant p : a.participants()) {
            boolean agency = q.agencies().isEmpty() || agencyIds.contains(p.agencyId());
            if (agency && (q.agencyRoles().isEmpty() || q.agencyRoles().contains(p.role()))) {
                return true;
            }
        }
        return false;
    }

    private boolean dateMatches(Activity a) {
        if (a.period().isEmpty()) {
            return q.includeUndated();
        }
        EdtfPeriod p = a.period().get();
        return switch (q.dateMatch()) {
            case OVERLAPS -> p.overlaps(q.from().orElseThrow(), q.to().orElseThrow());
            case WITHIN -> p.isWithin(q.from().orElseThrow(), q.to().orElseThrow());
        };
    }

    private boolean placeMatches(Activity a) {
        for (ActivityPlace ap : a.places()) {
            if ((q.placeRoles().isEmpty() || q.placeRoles().contains(ap.role())) && placeMatches(ap.place(), q)) {
                return true;
            }
        }
        return false;
    }

    /** True when a place (in an accepted role) satisfies the query's countries, regions and global option. */
    static boolean placeMatches(Place p, ActivityQuery q) {
        if (q.countries().isEmpty() && q.regions().isEmpty()) {
            return true; // a place-role filter alone
        }
        if (p.kind() == PlaceKind.WORLD) {
            return q.includeGlobal() || q.regions().contains(p);
        }
        if (p.country().filter(q.countries()::contains).isPresent()) { // a city counts as its country
            return true;
        }
        for (Place r : q.regions()) {
            if (q.placeMatch() == ActivityQuery.PlaceMatch.WITHIN ? p.isWithin(r) : p.overlaps(r)) {
                return true;
            }
        }
        return false;
    }

    private boolean textMatches(Activity a) {
        Set<String> words = Text.words(a.title() + " " + a.summary());
        for (String w : q.words()) {
            boolean found = false;
            for (String candidate : words) {
                if (candidate.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
