package dev.gmg.testing;

import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityFilter;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Smaller datasets cut from a larger one that are still whole: they keep the agencies their activities name
 * (with those agencies' parents), and they either drop or follow the {@code partOf} and {@code related}
 * references that leave the subset. So a subset always passes validation and reads back through
 * {@code GmgJson}, which a list of activities filtered by hand does not.
 *
 * <pre>{@code
 * Dataset ilo = Subsets.of(Datasets.hld2014(), ActivityQuery.builder().agencies("ILO").build());
 * Dataset evidence = Subsets.of(hld, a -> a.actionPoints().contains(ActionPoint.EVIDENCE_BASE),
 *         Subsets.OutsideReferences.FOLLOW);
 * }</pre>
 *
 * <p>Activities and agencies keep their order in the source dataset; the metadata is the source's.
 */
public final class Subsets {

    /** What to do with a {@code partOf} or {@code related} reference to an activity that the filter left out. */
    public enum OutsideReferences {
        /** Remove the reference: the subset holds exactly the activities the filter kept. */
        PRUNE,
        /** Keep the reference and add the activity it names (and, in turn, those that one names). */
        FOLLOW
    }

    private Subsets() {
    }

    /**
     * The activities that {@code keep} accepts, their agencies, and no reference that leaves them.
     *
     * @param dataset the source
     * @param keep which activities to keep
     * @return the subset, with outside references {@linkplain OutsideReferences#PRUNE pruned}
     */
    public static Dataset of(Dataset dataset, Predicate<? super Activity> keep) {
        return of(dataset, keep, OutsideReferences.PRUNE);
    }

    /**
     * The activities that {@code keep} accepts and their agencies, with outside references pruned or followed.
     *
     * @param dataset the source
     * @param keep which activities to keep
     * @param outside what to do with references to activities left out
     * @return the subset
     */
    public static Dataset of(Dataset dataset, Predicate<? super Activity> keep, OutsideReferences outside) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(outside, "outside");
        Set<String> kept = new HashSet<>();
        for (Activity a : dataset.activities()) {
            if (keep.test(a)) {
                kept.add(a.id());
            }
        }
        if (outside == OutsideReferences.FOLLOW) {
            follow(dataset, kept);
        }
        List<Activity> activities = dataset.activities().stream().filter(a -> kept.contains(a.id()))
                .map(a -> outside == OutsideReferences.PRUNE ? prune(a, kept) : a).toList();
        Set<String> agencyIds = new HashSet<>();
        for (Activity a : activities) {
            for (String id : a.agencyIds()) {
                for (Optional<Agency> next = dataset.agency(id); next.isPresent() && agencyIds.add(next.get().id());
                        next = next.get().parentId().flatMap(dataset::agency)) {
                    // adds the agency and each of its parents, stopping at one already there
                }
            }
        }
        return Dataset.builder()
                .metadata(dataset.metadata())
                .addAllAgencies(dataset.agencies().stream().filter(a -> agencyIds.contains(a.id())).toList())
                .addAllActivities(activities)
                .build();
    }

    /**
     * The activities that {@code query}'s filter matches (its sort and page are ignored), as {@link ActivityIndex}
     * runs it, with their agencies and outside references pruned.
     *
     * @param dataset the source
     * @param query the filter
     * @return the subset
     */
    public static Dataset of(Dataset dataset, ActivityQuery query) {
        return of(dataset, query, OutsideReferences.PRUNE);
    }

    /**
     * The activities that {@code query}'s filter matches, with their agencies, and outside references pruned or
     * followed.
     *
     * @param dataset the source
     * @param query the filter; its sort and page are ignored
     * @param outside what to do with references to activities left out
     * @return the subset
     */
    public static Dataset of(Dataset dataset, ActivityQuery query, OutsideReferences outside) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(query, "query");
        Set<String> matched = new HashSet<>();
        ActivityIndex.of(dataset).query(query).all()
                .forEach(a -> matched.add(a.id()));
        return of(dataset, a -> matched.contains(a.id()), outside);
    }

    /**
     * The activities {@code filter} matches, for example {@code ActivityFilter.parse("source:2.7")}, with their
     * agencies, and outside references pruned or followed.
     *
     * @param dataset the source
     * @param filter the filter
     * @param outside what to do with references to activities left out
     * @return the subset
     */
    public static Dataset of(Dataset dataset, ActivityFilter filter, OutsideReferences outside) {
        Objects.requireNonNull(filter, "filter");
        return of(dataset, ActivityQuery.of(filter), outside);
    }

    /**
     * The activities {@code filter} matches, with their agencies, and outside references pruned.
     *
     * @param dataset the source
     * @param filter the filter
     * @return the subset
     */
    public static Dataset of(Dataset dataset, ActivityFilter filter) {
        return of(dataset, filter, OutsideReferences.PRUNE);
    }

    private static void follow(Dataset dataset, Set<String> kept) {
        Deque<String> todo = new ArrayDeque<>(kept);
        while (!todo.isEmpty()) {
            dataset.activity(todo.pop()).ifPresent(a -> {
                a.partOf().ifPresent(id -> add(dataset, kept, todo, id));
                a.related().forEach(id -> add(dataset, kept, todo, id));
            });
        }
    }

    private static void add(Dataset dataset, Set<String> kept, Deque<String> todo, String id) {
        // a reference that dangles already in the source stays dangling; validation reports it
        if (dataset.activity(id).isPresent() && kept.add(id)) {
            todo.push(id);
        }
    }

    private static Activity prune(Activity a, Set<String> kept) {
        boolean partOfLeaves = a.partOf().filter(id -> !kept.contains(id)).isPresent();
        boolean relatedLeaves = a.related().stream().anyMatch(id -> !kept.contains(id));
        if (!partOfLeaves && !relatedLeaves) {
            return a;
        }
        return Activity.builder().from(a)
                .partOf(partOfLeaves ? Optional.empty() : a.partOf())
                .related(a.related().stream().filter(kept::contains).toList())
                .build();
    }
}
