package dev.gmg.model;

import dev.gmg.model.internal.Suggestions;
import dev.gmg.model.internal.ReferencesResolveValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A report turned into data: its metadata, the agencies it names and their activities, with look-ups by id,
 * name and alias.
 *
 * <p>Ids are unique (the builder refuses duplicates). That every reference resolves (participants and parents
 * name known agencies, {@code partOf} and {@code related} name known activities) is a Bean Validation
 * constraint, {@link ReferencesResolve}, so a reader can report every dangling reference at once.
 *
 * <p>The SDK's bundled dataset is loaded with {@code dev.gmg.io.Datasets.hld2014()}.
 */
@Value.Immutable
@Dataset.ReferencesResolve
public abstract class Dataset {

    /**
     * A new, empty builder.
     *
     * @return a builder whose {@link Builder#build() build()} checks the invariants of {@code Dataset}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Dataset}; obtained from {@link Dataset#builder()}. Not thread-safe. */
    public static final class Builder extends ImmutableDataset.Builder {
        Builder() {
        }
    }

    /** {@return what the dataset describes} */
    @Valid
    public abstract DatasetMetadata metadata();

    /** {@return the organisations, in the order of the source} */
    public abstract List<@Valid Agency> agencies();

    /** {@return the activities, in the order of the source} */
    public abstract List<@Valid Activity> activities();

    /**
     * The agency with exactly this id, if any.
     *
     * @param id an agency id, matched exactly
     * @return the agency, or empty
     */
    public Optional<Agency> agency(String id) {
        return Optional.ofNullable(agenciesById().get(id));
    }

    /**
     * The activity with exactly this id, if any.
     *
     * @param id an activity id, matched exactly
     * @return the activity, or empty
     */
    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activitiesById().get(id));
    }

    /**
     * Looks an agency up by id, name or alias, ignoring case, accents, spaces and punctuation: "UN Women",
     * "un-women" and "UNWomen" all find {@code UN-Women}.
     *
     * @param idOrName an id, name or alias
     * @return the agency, or empty
     */
    public Optional<Agency> findAgency(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        Agency exact = agenciesById().get(idOrName.strip());
        return exact != null ? Optional.of(exact) : Optional.ofNullable(agencyKeys().get(Suggestions.key(idOrName)));
    }

    /**
     * Like {@link #findAgency(String)} but throws when nothing matches.
     *
     * @param idOrName an id, name or alias
     * @return the agency
     * @throws UnknownReferenceException with the closest ids and names ("did you mean 'UNICEF'?")
     */
    public Agency requireAgency(String idOrName) {
        return findAgency(idOrName).orElseThrow(() -> new UnknownReferenceException("agency",
                String.valueOf(idOrName), suggestAgencies(String.valueOf(idOrName)),
                "see the agencies of the dataset for the known ids"));
    }

    /**
     * Agency ids close to {@code text}, best first, for "did you mean" messages.
     *
     * @param text what the user typed
     * @return the closest agency ids, best first; empty when none is close
     */
    public List<String> suggestAgencies(String text) {
        Map<String, String> nameToId = new LinkedHashMap<>();
        for (Agency a : agencies()) {
            nameToId.putIfAbsent(a.id(), a.id());
            a.aliases().forEach(alias -> nameToId.putIfAbsent(alias, a.id()));
        }
        List<String> ids = new ArrayList<>();
        for (String name : Suggestions.suggest(text, nameToId.keySet())) {
            String id = nameToId.get(name);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The id of the agency and of every sub-body below it, at any depth: for {@code UNESCO}, also {@code UIS}.
     * Empty when the id is unknown.
     *
     * @param id an agency id
     * @return the id and its sub-bodies' ids, or an empty set
     */
    public Set<String> agencyAndSubBodies(String id) {
        if (!agenciesById().containsKey(id)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) {
                todo.addAll(subBodies().getOrDefault(next, List.of()));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    @Value.Lazy
    Map<String, Agency> agenciesById() {
        Map<String, Agency> map = new HashMap<>();
        agencies().forEach(a -> map.put(a.id(), a));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<String, Activity> activitiesById() {
        Map<String, Activity> map = new HashMap<>();
        activities().forEach(a -> map.put(a.id(), a));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<String, Agency> agencyKeys() {
        Map<String, Agency> map = new HashMap<>();
        agencies().forEach(a -> map.putIfAbsent(Suggestions.key(a.id()), a));
        agencies().forEach(a -> map.putIfAbsent(Suggestions.key(a.name()), a));
        agencies().forEach(a -> a.aliases().forEach(alias -> map.putIfAbsent(Suggestions.key(alias), a)));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<String, List<String>> subBodies() {
        Map<String, List<String>> map = new HashMap<>();
        agencies().forEach(a -> a.parentId().ifPresent(
                p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(a.id())));
        return Collections.unmodifiableMap(map);
    }

    @Value.Check
    protected void check() {
        String agency = RepeatedIds.first(agencies(), Agency::id);
        if (agency != null) {
            throw new IllegalStateException("Dataset lists agency id '" + agency + "' twice");
        }
        String activity = RepeatedIds.first(activities(), Activity::id);
        if (activity != null) {
            throw new IllegalStateException("Dataset lists activity id '" + activity + "' twice");
        }
    }

    @Override
    public String toString() {
        return "Dataset{" + metadata().title() + ", version " + metadata().version() + ": "
                + agencies().size() + " agencies, " + activities().size() + " activities}";
    }

    /**
     * Every reference in a dataset resolves: each participant and each agency parent names an agency of the
     * dataset, each {@code partOf} and {@code related} names an activity of it, and no agency is its own
     * ancestor. Each dangling reference is reported at its own path, for example
     * {@code activities[12].participants[0].agencyId}.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Constraint(validatedBy = ReferencesResolveValidator.class)
    public @interface ReferencesResolve {

        /** {@return the message when a reference does not resolve} */
        String message() default "references must resolve";

        /** {@return validation groups} */
        Class<?>[] groups() default {};

        /** {@return payload} */
        Class<? extends Payload>[] payload() default {};
    }
}
