package dev.gmg.query;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.internal.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reference meaning of every filter: a predicate that judges one activity at a time, with names resolved once
 * against a dataset and a gazetteer. The index must agree with it (the property tests check that it does).
 */
final class Scan {

    private final Dataset dataset;
    private final Gazetteer gazetteer;
    private Map<String, List<String>> parts;

    Scan(Dataset dataset, Gazetteer gazetteer) {
        this.dataset = java.util.Objects.requireNonNull(dataset, "dataset");
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    }

    Predicate<Activity> compile(ActivityFilter f) {
        if (f instanceof Nodes.And and) {
            List<Predicate<Activity>> all = and.children().stream().map(this::compile).toList();
            return a -> {
                for (Predicate<Activity> p : all) {
                    if (!p.test(a)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (f instanceof Nodes.Or or) {
            List<Predicate<Activity>> any = or.children().stream().map(this::compile).toList();
            return a -> {
                for (Predicate<Activity> p : any) {
                    if (p.test(a)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (f instanceof Nodes.Not not) {
            return compile(not.child()).negate();
        }
        return leaf((Leaves.Leaf) f);
    }

    private Predicate<Activity> leaf(Leaves.Leaf f) {
        if (f instanceof Leaves.All) {
            return a -> true;
        } else if (f instanceof Leaves.PointIs p) {
            return a -> a.actionPoints().contains(p.point());
        } else if (f instanceof Leaves.AgencyIs g) {
            return participant(agencyIds(g.agency(), g.subBodies(), dataset), g.roles());
        } else if (f instanceof Leaves.RoleIs r) {
            return participant(null, r.roles());
        } else if (f instanceof Leaves.AgencyKindIs k) {
            return participant(agencies(x -> x.kind() == k.kind()), k.roles());
        } else if (f instanceof Leaves.GmgMember m) {
            return participant(agencies(Agency::gmgMember), m.roles());
        } else if (f instanceof Leaves.PlaceIs p) {
            Predicate<Place> test = placeTest(p, gazetteer);
            return hasPlace(p.roles(), test);
        } else if (f instanceof Leaves.Global g) {
            return hasPlace(g.roles(), x -> x.kind() == PlaceKind.WORLD);
        } else if (f instanceof Leaves.PlaceRoleIs r) {
            return hasPlace(r.roles(), x -> true);
        } else if (f instanceof Leaves.Placeless) {
            return a -> a.places().isEmpty();
        } else if (f instanceof Leaves.DateIs d) {
            return a -> a.period().map(p -> switch (d.match()) {
                case OVERLAPS -> p.overlaps(d.from(), d.to());
                case WITHIN -> p.isWithin(d.from(), d.to());
                case STARTS_WITHIN -> !p.earliest().isBefore(d.from()) && !p.earliest().isAfter(d.to());
            }).orElse(false);
        } else if (f instanceof Leaves.Undated) {
            return a -> a.period().isEmpty();
        } else if (f instanceof Leaves.PrecisionIs p) {
            return a -> a.period().map(DatePrecision::of).filter(p.precision()::equals).isPresent();
        } else if (f instanceof Leaves.StatusIs s) {
            return a -> a.status() == s.status();
        } else if (f instanceof Leaves.KindIs k) {
            return a -> a.kind() == k.kind();
        } else if (f instanceof Leaves.ThemeIs t) {
            return a -> a.themes().contains(t.theme());
        } else if (f instanceof Leaves.TextHas t) {
            return a -> textMatches(a, t.words());
        } else if (f instanceof Leaves.SourceIs s) {
            return a -> a.sources().stream().anyMatch(r -> sourceMatches(r, s));
        } else if (f instanceof Leaves.PartOf p) {
            Set<String> ids = new HashSet<>(partsOf(requireActivity(p.id())));
            return a -> ids.contains(a.id());
        } else if (f instanceof Leaves.RelatedTo r) {
            Activity target = dataset.activity(requireActivity(r.id())).orElseThrow();
            return a -> !a.id().equals(target.id())
                    && (a.related().contains(target.id()) || target.related().contains(a.id()));
        } else if (f instanceof Leaves.IdIs i) {
            String id = requireActivity(i.id());
            return a -> a.id().equals(id);
        } else if (f instanceof Leaves.FrameworkIs x) {
            return a -> Crosswalk.standard().reaches(a, x.ref(), x.minimum());
        } else if (f instanceof Leaves.OutcomeIs o) {
            return a -> Crosswalk.standard().serves(a, o.outcome());
        }
        throw new IllegalStateException("no meaning for " + f);
    }

    /** Activities with a participant whose agency is in {@code ids} (any agency for null) and role in {@code roles}. */
    private static Predicate<Activity> participant(Set<String> ids, Set<Role> roles) {
        return a -> {
            for (Participant p : a.participants()) {
                if ((ids == null || ids.contains(p.agencyId())) && (roles.isEmpty() || roles.contains(p.role()))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<Activity> hasPlace(Set<PlaceRole> roles, Predicate<Place> test) {
        return a -> {
            for (ActivityPlace ap : a.places()) {
                if ((roles.isEmpty() || roles.contains(ap.role())) && test.test(ap.place())) {
                    return true;
                }
            }
            return false;
        };
    }

    private Set<String> agencies(Predicate<Agency> test) {
        Set<String> ids = new HashSet<>();
        for (Agency a : dataset.agencies()) {
            if (test.test(a)) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** The ids of the named agency and, if asked, of its sub-bodies. */
    static Set<String> agencyIds(String name, boolean subBodies, Dataset dataset) {
        String id = dataset.requireAgency(name).id();
        return subBodies ? dataset.agencyAndSubBodies(id) : Set.of(id);
    }

    /**
     * Which places a place leaf accepts. A worldwide place (the World) is accepted only by a leaf naming the World
     * itself, so that "Africa" does not find every worldwide activity.
     */
    static Predicate<Place> placeTest(Leaves.PlaceIs leaf, Gazetteer gazetteer) {
        Place target = gazetteer.place(leaf.place());
        return switch (leaf.match()) {
            case NAMES -> {
                if (!target.isCountry()) {
                    throw new IllegalArgumentException("'" + leaf.place() + "' is " + target.name() + ", a "
                            + target.kind().label() + ", not a country; use region:" + Syntax.value(leaf.place()));
                }
                yield p -> p.country().filter(target::equals).isPresent(); // a city counts as its country
            }
            case INTERSECTS -> p -> p.kind() == PlaceKind.WORLD ? p.equals(target) : p.overlaps(target);
            case WITHIN -> p -> p.kind() == PlaceKind.WORLD ? p.equals(target) : p.isWithin(target);
        };
    }

    static boolean sourceMatches(SourceRef r, Leaves.SourceIs s) {
        if (s.paragraph() > 0) {
            return r.section().equals(s.section()) && r.paragraph() == s.paragraph();
        }
        return r.section().equals(s.section()) || r.section().startsWith(s.section() + ".");
    }

    private static boolean textMatches(Activity a, List<String> words) {
        Set<String> own = Text.words(a.title() + " " + a.summary());
        for (String w : words) {
            boolean found = false;
            for (String candidate : own) {
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

    private String requireActivity(String id) {
        return requireActivity(dataset, id);
    }

    /**
     * The id itself when the dataset has that activity.
     *
     * @throws IllegalArgumentException "unknown activity 'x', did you mean ...?"
     */
    static String requireActivity(Dataset dataset, String id) {
        if (dataset.activity(id).isPresent()) {
            return id;
        }
        Collection<String> ids = dataset.activities().stream().map(Activity::id).toList();
        String hint = Suggestions.didYouMean(Suggestions.suggest(id, ids));
        throw new IllegalArgumentException("unknown activity '" + id + "'" + (hint.isEmpty() ? "" : ", " + hint));
    }

    /** The ids of the parts of the initiative, at any depth, the initiative itself excluded. */
    private Set<String> partsOf(String id) {
        if (parts == null) {
            parts = new HashMap<>();
            for (Activity a : dataset.activities()) {
                a.partOf().ifPresent(parent -> parts.computeIfAbsent(parent, k -> new ArrayList<>()).add(a.id()));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(parts.getOrDefault(id, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!next.equals(id) && out.add(next)) {
                todo.addAll(parts.getOrDefault(next, List.of()));
            }
        }
        return out;
    }
}
