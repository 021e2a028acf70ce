package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Agency;
import dev.gmg.model.Coded;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.CrosswalkLink;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a filter tree into {@link Clause}s over one {@link ActivityIndex}'s posting lists: each leaf becomes the
 * union of the postings of its values; AND, OR and NOT become intersection (from the smallest part), union and
 * complement. It also reads a filter in three-valued logic to count what its date and place leaves could not judge.
 */
final class Planner {

    /** A kind of activity that a leaf cannot judge. */
    enum Gap { UNDATED, PLACELESS, GLOBAL_ONLY }

    private final ActivityIndex ix;

    Planner(ActivityIndex index) {
        this.ix = index;
    }

    /** The activities the filter keeps. */
    Clause plan(ActivityFilter f) {
        return plan(f, null, false);
    }

    /**
     * The clause of {@code f}; with {@code maybe}, the activities for which {@code f} is true or, for want of what
     * {@code gap} names, unknown (an upper bound); under NOT, the sure and the maybe readings swap.
     */
    private Clause plan(ActivityFilter f, Gap gap, boolean maybe) {
        if (f instanceof Nodes.And and) {
            List<Clause> yes = new ArrayList<>();
            List<Clause> no = new ArrayList<>();
            for (ActivityFilter child : and.children()) {
                if (child instanceof Nodes.Not not) {
                    no.add(plan(not.child(), gap, !maybe));
                } else {
                    yes.add(plan(child, gap, maybe));
                }
            }
            return new Clause.And(ix.n, yes, no);
        }
        if (f instanceof Nodes.Or or) {
            List<Clause> parts = new ArrayList<>();
            List<Postings> postings = new ArrayList<>();
            for (ActivityFilter child : or.children()) {
                Clause c = plan(child, gap, maybe);
                if (c instanceof Clause.Union u) {
                    postings.addAll(u.parts);
                } else {
                    parts.add(c);
                }
            }
            if (!postings.isEmpty()) {
                parts.add(new Clause.Union(ix.n, postings));
            }
            return parts.size() == 1 ? parts.get(0) : new Clause.Or(ix.n, parts);
        }
        if (f instanceof Nodes.Not not) {
            return new Clause.Not(ix.n, plan(not.child(), gap, !maybe));
        }
        Leaves.Leaf leaf = (Leaves.Leaf) f;
        Clause c = leaf(leaf);
        if (maybe && gap != null && gaps(leaf).contains(gap)) {
            Clause unknown = switch (gap) {
                case UNDATED -> new Clause.Range(ix.n, ix.datedCount, ix.n);
                case PLACELESS -> new Clause.Union(ix.n, List.of(ix.placeless));
                case GLOBAL_ONLY -> new Clause.Union(ix.n, List.of(ix.globalOnly));
            };
            return c instanceof Clause.Union u && unknown instanceof Clause.Union v
                    ? new Clause.Union(ix.n, concat(u.parts, v.parts)) : new Clause.Or(ix.n, List.of(c, unknown));
        }
        return c;
    }

    private static List<Postings> concat(List<Postings> a, List<Postings> b) {
        List<Postings> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** What the leaf cannot judge. */
    private Set<Gap> gaps(Leaves.Leaf leaf) {
        if (leaf instanceof Leaves.DateIs) {
            return EnumSet.of(Gap.UNDATED);
        }
        if (leaf instanceof Leaves.PlaceIs p) {
            return ix.gazetteer.place(p.place()).kind() == PlaceKind.WORLD ? EnumSet.of(Gap.PLACELESS)
                    : EnumSet.of(Gap.PLACELESS, Gap.GLOBAL_ONLY);
        }
        if (leaf instanceof Leaves.Global || leaf instanceof Leaves.PlaceRoleIs) {
            return EnumSet.of(Gap.PLACELESS);
        }
        return EnumSet.noneOf(Gap.class);
    }

    /** The counts of {@link LeftOut}, given the number of activities the filter keeps. */
    LeftOut leftOut(ActivityFilter f, int total) {
        int[] counts = new int[Gap.values().length];
        Set<Gap> present = EnumSet.noneOf(Gap.class);
        collectGaps(f, present);
        for (Gap gap : present) {
            counts[gap.ordinal()] = plan(f, gap, true).materialize().length - total;
        }
        return new LeftOut(counts[0], counts[1], counts[2]);
    }

    private void collectGaps(ActivityFilter f, Set<Gap> out) {
        if (f instanceof Nodes.And and) {
            and.children().forEach(c -> collectGaps(c, out));
        } else if (f instanceof Nodes.Or or) {
            or.children().forEach(c -> collectGaps(c, out));
        } else if (f instanceof Nodes.Not not) {
            collectGaps(not.child(), out);
        } else {
            out.addAll(gaps((Leaves.Leaf) f));
        }
    }

    private Clause leaf(Leaves.Leaf f) {
        if (f instanceof Leaves.All) {
            return new Clause.Range(ix.n, 0, ix.n);
        } else if (f instanceof Leaves.PointIs p) {
            return union(ix.actionPoints[p.point().ordinal()]);
        } else if (f instanceof Leaves.AgencyIs g) {
            return agencies(Scan.agencyIds(g.agency(), g.subBodies(), ix.dataset), g.roles());
        } else if (f instanceof Leaves.RoleIs r) {
            return agencies(ix.agencyNumbers.keySet(), r.roles());
        } else if (f instanceof Leaves.AgencyKindIs k) {
            return agencies(agencyIds(a -> a.kind() == k.kind()), k.roles());
        } else if (f instanceof Leaves.GmgMember m) {
            return agencies(agencyIds(Agency::gmgMember), m.roles());
        } else if (f instanceof Leaves.PlaceIs p) {
            return place(p);
        } else if (f instanceof Leaves.Global g) {
            List<Postings> out = new ArrayList<>();
            addPlace(out, ix.gazetteer.place("001"), g.roles());
            return new Clause.Union(ix.n, out);
        } else if (f instanceof Leaves.PlaceRoleIs r) {
            List<Postings> out = new ArrayList<>();
            for (Place p : ix.places) {
                addPlace(out, p, r.roles());
            }
            return new Clause.Union(ix.n, out);
        } else if (f instanceof Leaves.Placeless) {
            return union(ix.placeless);
        } else if (f instanceof Leaves.DateIs d) {
            return new DateClause(ix, d);
        } else if (f instanceof Leaves.Undated) {
            return new Clause.Range(ix.n, ix.datedCount, ix.n);
        } else if (f instanceof Leaves.PrecisionIs p) {
            return union(ix.precisions[p.precision().ordinal()]);
        } else if (f instanceof Leaves.StatusIs s) {
            return union(ix.statuses[s.status().ordinal()]);
        } else if (f instanceof Leaves.KindIs k) {
            return union(ix.kinds[k.kind().ordinal()]);
        } else if (f instanceof Leaves.ThemeIs t) {
            return union(ix.themes[t.theme().ordinal()]);
        } else if (f instanceof Leaves.TextHas t) {
            List<Clause> words = t.words().stream().map(w -> (Clause) new Clause.Union(ix.n, terms(w))).toList();
            return words.size() == 1 ? words.get(0) : new Clause.And(ix.n, words, List.of());
        } else if (f instanceof Leaves.SourceIs s) {
            List<Postings> out = new ArrayList<>();
            for (Map.Entry<String, Postings> e : ix.sources.entrySet()) {
                String k = e.getKey();
                if (s.paragraph() > 0 ? k.equals(ActivityIndex.sourceKey(s.section(), s.paragraph()))
                        : k.equals(s.section()) || (k.startsWith(s.section() + ".") && k.indexOf('#') < 0)) {
                    out.add(e.getValue());
                }
            }
            return new Clause.Union(ix.n, out);
        } else if (f instanceof Leaves.PartOf p) {
            return listed(partsOf(Scan.requireActivity(ix.dataset, p.id())));
        } else if (f instanceof Leaves.RelatedTo r) {
            String id = Scan.requireActivity(ix.dataset, r.id());
            int self = ordinalOf(id);
            IntList out = new IntList();
            for (int i = firstRelated(id); i < ix.relatedIds.length && ix.relatedIds[i].equals(id); i++) {
                out.add(ix.relatedBy[i]);
            }
            for (String other : ix.byOrdinal[self].related()) {
                int o = ordinalOf(other);
                if (o >= 0) {
                    out.add(o);
                }
            }
            int[] all = Clause.sortedDistinct(out.toArray(), out.size());
            return listed(Arrays.stream(all).filter(o -> o != self).toArray());
        } else if (f instanceof Leaves.IdIs i) {
            return listed(new int[] {ordinalOf(Scan.requireActivity(ix.dataset, i.id()))});
        } else if (f instanceof Leaves.FrameworkIs x) {
            // The activities of every point and theme that links to the target strongly enough.
            List<Postings> out = new ArrayList<>();
            for (CrosswalkLink l : Crosswalk.standard().links()) {
                if (l.to().equals(x.ref()) && l.strength().atLeast(x.minimum())) {
                    out.add(postingsOf(l.from()));
                }
            }
            return new Clause.Union(ix.n, out);
        } else if (f instanceof Leaves.OutcomeIs o) {
            List<Postings> out = new ArrayList<>();
            o.outcome().actionPoints().forEach(p -> out.add(postingsOf(p)));
            o.outcome().themes().forEach(t -> out.add(postingsOf(t)));
            return new Clause.Union(ix.n, out);
        }
        throw new IllegalStateException("no plan for " + f);
    }

    private Postings postingsOf(Coded pointOrTheme) {
        return pointOrTheme instanceof ActionPoint p ? ix.actionPoints[p.ordinal()]
                : ix.themes[((Theme) pointOrTheme).ordinal()];
    }

    private Clause union(Postings p) {
        return new Clause.Union(ix.n, List.of(p));
    }

    private Clause listed(int[] sorted) {
        return new Clause.Listed(ix.n, sorted);
    }

    private Clause agencies(Collection<String> ids, Set<Role> roles) {
        List<Postings> out = new ArrayList<>();
        for (String id : ids) {
            Integer agency = ix.agencyNumbers.get(id);
            for (Role role : Role.values()) {
                if (agency != null && (roles.isEmpty() || roles.contains(role))) {
                    out.add(ix.agencyRoles[agency * ActivityIndex.ROLES + role.ordinal()]);
                }
            }
        }
        return new Clause.Union(ix.n, out);
    }

    private List<String> agencyIds(Predicate<Agency> test) {
        return ix.dataset.agencies().stream().filter(test).map(Agency::id).toList();
    }

    private Clause place(Leaves.PlaceIs leaf) {
        Predicate<Place> test = Scan.placeTest(leaf, ix.gazetteer);
        List<Postings> out = new ArrayList<>();
        Place target = ix.gazetteer.place(leaf.place());
        if (leaf.match() == Leaves.PlaceMatch.INTERSECTS && leaf.roles().isEmpty() && ix.regions.containsKey(target)) {
            out.add(ix.regions.get(target));
        } else if (leaf.match() == Leaves.PlaceMatch.NAMES) {
            for (Place p : ix.places) {
                if (p.country().filter(target::equals).isPresent()) { // a city counts as its country
                    addPlace(out, p, leaf.roles());
                }
            }
        } else {
            for (Place p : ix.places) {
                if (test.test(p)) {
                    addPlace(out, p, leaf.roles());
                }
            }
        }
        return new Clause.Union(ix.n, out);
    }

    private void addPlace(List<Postings> out, Place place, Set<PlaceRole> roles) {
        Integer number = ix.placeNumbers.get(place);
        if (number == null) {
            return;
        }
        for (PlaceRole role : PlaceRole.values()) {
            if (roles.isEmpty() || roles.contains(role)) {
                out.add(ix.placeRoles[number * ActivityIndex.PLACE_ROLES + role.ordinal()]);
            }
        }
    }

    private List<Postings> terms(String word) {
        return ix.words().startingWith(word);
    }

    private int ordinalOf(String id) {
        return ix.ordinalOf(id);
    }

    private int firstRelated(String id) {
        int lo = 0;
        int hi = ix.relatedIds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ix.relatedIds[mid].compareTo(id) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The ordinals of the parts of the activity, at any depth, sorted; the activity itself excluded. */
    private int[] partsOf(String id) {
        int root = ordinalOf(id);
        BitSet found = new BitSet(ix.n);
        IntList todo = new IntList();
        todo.add(root);
        for (int t = 0; t < todo.size(); t++) {
            int parent = todo.get(t);
            int i = parent < 0 ? -1 : ix.firstPart[parent];
            for (; i >= 0 && i < ix.parts.length && ix.partParents[i] == parent; i++) {
                int child = ix.parts[i];
                if (child != root && !found.get(child)) {
                    found.set(child);
                    todo.add(child);
                }
            }
        }
        return found.stream().toArray();
    }
}
