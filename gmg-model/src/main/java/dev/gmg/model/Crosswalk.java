package dev.gmg.model;

import dev.gmg.model.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 2013 HLD outcomes and their links to what came later: the migration-related SDG targets (2015), the 23
 * objectives of the Global Compact for Migration (2018), and a reviewed table of links from each action point
 * and each theme to them. An activity's links are derived from its points and themes
 * ({@link #linksOf(Activity)}), so the table stays one small reviewed file. The links are this project's
 * interpretation; DATASET.md gives the rule for each strength.
 *
 * <pre>{@code
 * Crosswalk cw = Crosswalk.standard();
 * cw.ref("sdg:10.c").label();            // "Remittances sent for under 3 per cent, ..."
 * cw.linksOf(activity);                   // [sdg:10.c (direct, via [theme:remittances]), gcm:20 (...)]
 * cw.outcome("declaration-reliable-data") // the HLD Declaration's call for reliable data
 * }</pre>
 *
 * <p>The standard crosswalk is loaded once, lazily, on first use, and is safe to share between threads.
 */
public final class Crosswalk {

    private final Map<String, FrameworkRef> refs;
    private final List<CrosswalkLink> links;
    private final Map<Coded, String> noLinks;
    private final Map<String, HldOutcome> outcomes;
    private final Map<Coded, List<CrosswalkLink>> linksFrom;

    Crosswalk(List<FrameworkRef> refs, List<CrosswalkLink> links, Map<Coded, String> noLinks,
            List<HldOutcome> outcomes) {
        Map<String, FrameworkRef> byId = new LinkedHashMap<>();
        refs.stream().sorted().forEach(r -> byId.put(r.id(), r));
        this.refs = Collections.unmodifiableMap(byId);
        this.links = List.copyOf(links);
        this.noLinks = Map.copyOf(noLinks);
        Map<String, HldOutcome> o = new LinkedHashMap<>();
        outcomes.forEach(x -> o.put(x.id(), x));
        this.outcomes = Collections.unmodifiableMap(o);
        Map<Coded, List<CrosswalkLink>> from = new LinkedHashMap<>();
        links.forEach(l -> from.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
        from.replaceAll((k, v) -> List.copyOf(v));
        this.linksFrom = Collections.unmodifiableMap(from);
    }

    private static final class Holder {
        static final Crosswalk STANDARD = CrosswalkTables.load();
    }

    /**
     * The crosswalk shipped with the SDK.
     *
     * @return the standard crosswalk
     */
    public static Crosswalk standard() {
        return Holder.STANDARD;
    }

    /**
     * Every SDG target and GCM objective the SDK knows: targets first, in goal order, then objectives 1 to 23.
     *
     * @return the references
     */
    public List<FrameworkRef> refs() {
        return List.copyOf(refs.values());
    }

    /**
     * The references of one framework.
     *
     * @param framework SDG or GCM
     * @return its targets or objectives, in order
     */
    public List<FrameworkRef> refs(Framework framework) {
        return refs.values().stream().filter(r -> r.framework() == framework).toList();
    }

    /**
     * Looks a reference up by id: {@code "sdg:10.7"}, {@code "SDG 10.7"}, {@code "gcm:6"}, {@code "GCM 6"}.
     *
     * @param id the reference
     * @return the target or objective, if the SDK knows it
     */
    public Optional<FrameworkRef> find(String id) {
        String t = id.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(sdg|gcm)\\s*[: ]\\s*", "$1:");
        return Optional.ofNullable(refs.get(t));
    }

    /**
     * Looks a reference up by id, like {@link #find(String)}.
     *
     * @param id the reference
     * @return the target or objective
     * @throws UnknownReferenceException naming the input and the closest known references
     */
    public FrameworkRef ref(String id) {
        return find(id).orElseThrow(() -> new UnknownReferenceException("SDG target or GCM objective", id,
                Suggestions.suggest(id, refs.keySet()), "known: sdg:1.5 ... sdg:17.18, gcm:1 ... gcm:23"));
    }

    /**
     * Looks a reference of one framework up by its code alone: {@code ref(Framework.SDG, "10.c")}.
     *
     * @param framework SDG or GCM
     * @param code the target's code or the objective's number
     * @return the target or objective
     * @throws UnknownReferenceException naming the input and the closest known codes
     */
    public FrameworkRef ref(Framework framework, String code) {
        return ref(framework.code() + ":" + code.strip());
    }

    /**
     * Every link of the table, in table order.
     *
     * @return the links
     */
    public List<CrosswalkLink> links() {
        return links;
    }

    /**
     * The links that start at one action point or theme.
     *
     * @param from an action point or a theme
     * @return its links, possibly none
     */
    public List<CrosswalkLink> linksFrom(Coded from) {
        return linksFrom.getOrDefault(from, List.of());
    }

    /**
     * The points and themes that deliberately have no link, each with the reason.
     *
     * @return the reasons, by point or theme
     */
    public Map<Coded, String> noLinks() {
        return noLinks;
    }

    /**
     * The SDG targets and GCM objectives an activity reaches through its action points and themes, in the
     * order of {@link #refs()}. Derived, never stored in the data.
     *
     * @param activity any activity
     * @return its links
     */
    public List<ActivityLink> linksOf(Activity activity) {
        Map<FrameworkRef, LinkStrength> strength = new TreeMap<>();
        Map<FrameworkRef, List<Coded>> via = new TreeMap<>();
        List<Coded> sources = new ArrayList<>(activity.actionPoints());
        sources.addAll(activity.themes());
        for (Coded from : sources) {
            for (CrosswalkLink l : linksFrom(from)) {
                strength.merge(l.to(), l.strength(), (a, b) -> a.atLeast(b) ? a : b);
                via.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(from);
            }
        }
        List<ActivityLink> out = new ArrayList<>();
        strength.forEach((ref, s) -> out.add(new ActivityLink(ref, s, via.get(ref))));
        return List.copyOf(out);
    }

    /**
     * Whether an activity reaches a target or objective with at least the given strength.
     *
     * @param activity any activity
     * @param ref the target or objective
     * @param minimum the weakest link accepted ({@code RELATED} accepts both)
     * @return true when one of the activity's points or themes links to {@code ref} strongly enough
     */
    public boolean reaches(Activity activity, FrameworkRef ref, LinkStrength minimum) {
        for (ActionPoint p : activity.actionPoints()) {
            if (linksTo(p, ref, minimum)) {
                return true;
            }
        }
        for (Theme t : activity.themes()) {
            if (linksTo(t, ref, minimum)) {
                return true;
            }
        }
        return false;
    }

    private boolean linksTo(Coded from, FrameworkRef ref, LinkStrength minimum) {
        for (CrosswalkLink l : linksFrom(from)) {
            if (l.to().equals(ref) && l.strength().atLeast(minimum)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outcomes of the 2013 HLD: the eight points of the agenda, then the Declaration points and initiatives
     * the report invokes.
     *
     * @return the outcomes
     */
    public List<HldOutcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    /**
     * Looks an outcome up by id, ignoring case and punctuation.
     *
     * @param id for example {@code declaration-reliable-data} or {@code point-7}
     * @return the outcome
     * @throws UnknownReferenceException naming the input and the closest ids
     */
    public HldOutcome outcome(String id) {
        String key = Suggestions.key(id);
        for (HldOutcome o : outcomes.values()) {
            if (Suggestions.key(o.id()).equals(key)) {
                return o;
            }
        }
        throw new UnknownReferenceException("HLD outcome", id, Suggestions.suggest(id, outcomes.keySet()),
                "run 'gmg outcomes' for the list");
    }

    /**
     * Whether an activity serves an outcome: it has one of the outcome's action points or one of its themes.
     *
     * @param activity any activity
     * @param outcome an outcome
     * @return true when the activity serves it
     */
    public boolean serves(Activity activity, HldOutcome outcome) {
        return activity.actionPoints().stream().anyMatch(outcome.actionPoints()::contains)
                || activity.themes().stream().anyMatch(outcome.themes()::contains);
    }

    /**
     * The outcomes an activity serves, in the order of {@link #outcomes()}.
     *
     * @param activity any activity
     * @return its outcomes
     */
    public List<HldOutcome> outcomesOf(Activity activity) {
        return outcomes.values().stream().filter(o -> serves(activity, o)).toList();
    }

    /**
     * The matrix of one framework's items against the eight action points: for each target or objective, how
     * many of the given activities reach it, by point.
     *
     * @param activities the activities to count
     * @param framework SDG or GCM
     * @return counts by reference (in {@link #refs()} order) and point (agenda order); zero counts left out
     */
    public Map<FrameworkRef, Map<ActionPoint, Integer>> matrix(Iterable<Activity> activities, Framework framework) {
        Map<FrameworkRef, Map<ActionPoint, Integer>> m = new TreeMap<>();
        for (Activity a : activities) {
            for (ActivityLink l : linksOf(a)) {
                if (l.to().framework() == framework) {
                    Map<ActionPoint, Integer> row = m.computeIfAbsent(l.to(), k -> new EnumMap<>(ActionPoint.class));
                    a.actionPoints().forEach(p -> row.merge(p, 1, Integer::sum));
                }
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * How the crosswalk table and its exports write a point or theme.
     *
     * @param from an action point or a theme
     * @return {@code point:7} or {@code theme:remittances}
     */
    public static String key(Coded from) {
        return from instanceof ActionPoint p ? "point:" + p.number() : "theme:" + from.code();
    }

    @Override
    public String toString() {
        return "Crosswalk[" + refs(Framework.SDG).size() + " SDG targets, " + refs(Framework.GCM).size()
                + " GCM objectives, " + links.size() + " links, " + outcomes.size() + " HLD outcomes]";
    }
}
