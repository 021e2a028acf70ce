package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.HldOutcome;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random filter trees (AND, OR, NOT at several depths over every kind of leaf), with values drawn mostly from a
 * dataset so that they match something. Uses only the public API of gmg-query.
 */
public final class RandomFilters {

    private static final List<Place> REGIONS =
            Gazetteer.standard().places().stream().filter(p -> !p.isCountry()).toList();
    private static final List<Place> COUNTRIES = Gazetteer.standard().countries();

    private final SplittableRandom r;
    private final Dataset d;

    public RandomFilters(SplittableRandom random, Dataset dataset) {
        this.r = random;
        this.d = dataset;
    }

    /** A tree of at most {@code depth} levels of AND, OR and NOT above the leaves. */
    public ActivityFilter tree(int depth) {
        int pick = r.nextInt(100);
        if (depth == 0 || pick < 30) {
            return leaf();
        }
        if (pick < 45) {
            return Filters.not(tree(depth - 1));
        }
        List<ActivityFilter> children = new ArrayList<>();
        for (int i = 0, k = 2 + r.nextInt(3); i < k; i++) {
            children.add(tree(depth - 1));
        }
        return pick < 75 ? Filters.and(children) : Filters.or(children);
    }

    public ActivityFilter leaf() {
        List<Activity> acts = d.activities();
        Activity a = acts.isEmpty() ? null : acts.get(r.nextInt(acts.size()));
        switch (r.nextInt(29)) {
            case 0:
                return Filters.all();
            case 1:
            case 2:
                return Filters.actionPoint(pick(ActionPoint.values()));
            case 3:
            case 4: {
                Agency g = d.agencies().get(r.nextInt(d.agencies().size()));
                String name = r.nextInt(4) == 0 && !g.aliases().isEmpty() ? g.aliases().get(0) : g.id();
                return r.nextBoolean() ? Filters.agency(name, roles()) : Filters.exactAgency(name, roles());
            }
            case 5:
                return Filters.role(pick(Role.values()));
            case 6:
                return Filters.agencyKind(pick(AgencyKind.values()), roles());
            case 7:
                return Filters.gmgMember(roles());
            case 8:
                return Filters.country(name(country(a)), placeRoles());
            case 9:
            case 10:
                return Filters.region(name(r.nextInt(8) == 0 ? country(a) : REGIONS.get(r.nextInt(REGIONS.size()))),
                        placeRoles());
            case 11:
                return Filters.regionWithin(name(REGIONS.get(r.nextInt(REGIONS.size()))), placeRoles());
            case 12:
                return Filters.global(placeRoles());
            case 13:
                return r.nextBoolean() ? Filters.placeRole(pick(PlaceRole.values())) : Filters.placeless();
            case 14:
            case 15: {
                LocalDate from = LocalDate.of(2009, 1, 1).plusDays(r.nextInt(365 * 10));
                LocalDate to = from.plusDays(r.nextInt(r.nextBoolean() ? 40 : 900));
                int open = r.nextInt(100);
                if (open < 10) {
                    from = LocalDate.MIN;
                } else if (open < 20) {
                    to = LocalDate.MAX;
                }
                int m = r.nextInt(3);
                return m == 0 ? Filters.overlaps(from, to) : m == 1 ? Filters.within(from, to)
                        : Filters.startsWithin(from, to);
            }
            case 16:
                return r.nextBoolean() ? Filters.undated() : Filters.precision(pick(DatePrecision.values()));
            case 17:
                return Filters.status(pick(Status.values()));
            case 18:
                return Filters.kind(pick(ActivityKind.values()));
            case 19:
                return Filters.theme(pick(Theme.values()));
            case 20: {
                if (a == null) {
                    return Filters.text("migration");
                }
                String[] words = (a.title() + " " + a.summary()).split("[^\\p{L}\\p{N}]+");
                String w = words[r.nextInt(words.length)];
                w = w.isEmpty() ? "x" : w;
                String prefix = r.nextBoolean() ? w.substring(0, 1 + r.nextInt(w.length())) : w.toUpperCase();
                return Filters.text(r.nextInt(4) == 0 ? prefix + " " + words[r.nextInt(words.length)] + "x" : prefix);
            }
            case 21:
            case 22: {
                SourceRef s = a == null || a.sources().isEmpty() ? SourceRef.of("2.7", 3)
                        : a.sources().get(r.nextInt(a.sources().size()));
                int k = r.nextInt(3);
                return k == 0 ? Filters.source(s.section(), s.paragraph())
                        : k == 1 ? Filters.source(s.section()) : Filters.source(s.section().substring(0, 1));
            }
            case 23:
                return a == null ? Filters.all() : Filters.partOf(a.partOf().orElse(a.id()));
            case 24:
                return a == null ? Filters.all()
                        : Filters.relatedTo(a.related().isEmpty() ? a.id() : a.related().get(0));
            case 25:
            case 26: {
                List<FrameworkRef> refs = Crosswalk.standard().refs();
                return Filters.framework(refs.get(r.nextInt(refs.size())), pick(LinkStrength.values()));
            }
            case 27: {
                List<HldOutcome> outcomes = Crosswalk.standard().outcomes();
                return Filters.outcome(outcomes.get(r.nextInt(outcomes.size())).id());
            }
            default:
                return a == null ? Filters.all() : Filters.id(a.id());
        }
    }

    private Place country(Activity a) {
        if (a != null && r.nextBoolean()) {
            for (ActivityPlace p : a.places()) {
                if (p.place().isCountry()) {
                    return p.place();
                }
            }
        }
        return COUNTRIES.get(r.nextInt(COUNTRIES.size()));
    }

    /** The place by code or, when that finds it again, by name. */
    private String name(Place p) {
        return r.nextBoolean() && Gazetteer.standard().find(p.name()).filter(p::equals).isPresent() ? p.name() : p.code();
    }

    private Role[] roles() {
        return r.nextInt(3) == 0 ? new Role[] {pick(Role.values()), pick(Role.values())} : new Role[0];
    }

    private PlaceRole[] placeRoles() {
        return r.nextInt(3) == 0 ? new PlaceRole[] {pick(PlaceRole.values())} : new PlaceRole[0];
    }

    public <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    /**
     * The dataset with initiatives and links added: some activities become parts of an earlier one (so parts of
     * parts exist) and some list others as related, which the synthetic generator does not do.
     */
    public static Dataset withLinks(Dataset d, SplittableRandom r) {
        List<Activity> acts = new ArrayList<>(d.activities());
        for (int i = 1; i < acts.size(); i++) {
            var b = Activity.builder().from(acts.get(i));
            boolean changed = false;
            if (r.nextInt(100) < 15) {
                b.partOf(acts.get(r.nextInt(Math.max(1, i / 4 + 1))).id());
                changed = true;
            }
            int other = r.nextInt(acts.size());
            if (r.nextInt(100) < 10 && other != i) {
                b.addRelated(acts.get(other).id());
                changed = true;
            }
            if (changed) {
                acts.set(i, b.build());
            }
        }
        return Dataset.builder().from(d).activities(acts).build();
    }

    static List<String> names(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
