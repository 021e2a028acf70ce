package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.FrameworkRef;
import dev.gmg.model.HldOutcome;
import dev.gmg.model.LinkStrength;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The leaves of a filter tree: immutable values, each printing itself in the query language. What they mean is in
 * {@link Scan} (one activity at a time) and {@link Planner} (the index); the user makes them through {@link Filters}.
 */
final class Leaves {

    private Leaves() {
    }

    /** A leaf: what {@link Scan} and {@link Planner} know how to judge. */
    sealed interface Leaf extends ActivityFilter permits All, PointIs, AgencyIs, RoleIs, AgencyKindIs, GmgMember,
            PlaceIs, Global, PlaceRoleIs, Placeless, DateIs, Undated, PrecisionIs, StatusIs, KindIs, ThemeIs, TextHas,
            SourceIs, PartOf, RelatedTo, IdIs, FrameworkIs, OutcomeIs {
    }

    /** How a place leaf compares an activity's place with the place it names. */
    enum PlaceMatch { NAMES, INTERSECTS, WITHIN }

    static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }

    static String name(String text, String what) {
        Objects.requireNonNull(text, what);
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }

    record All() implements Leaf {
        @Override
        public String toString() {
            return "all";
        }
    }

    record PointIs(ActionPoint point) implements Leaf {
        PointIs {
            Objects.requireNonNull(point, "point");
        }

        @Override
        public String toString() {
            return "point:" + point.number();
        }
    }

    record AgencyIs(String agency, boolean subBodies, Set<Role> roles) implements Leaf {
        AgencyIs {
            agency = name(agency, "agency");
            roles = enums(roles, Role.class);
        }

        @Override
        public String toString() {
            return (subBodies ? "agency:" : "exact-agency:") + Syntax.value(agency) + Syntax.roles(roles);
        }
    }

    record RoleIs(Set<Role> roles) implements Leaf {
        RoleIs {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("role: needs at least one role");
            }
            roles = enums(roles, Role.class);
        }

        @Override
        public String toString() {
            return "role:" + Syntax.roles(roles).substring(1);
        }
    }

    record AgencyKindIs(AgencyKind kind, Set<Role> roles) implements Leaf {
        AgencyKindIs {
            Objects.requireNonNull(kind, "kind");
            roles = enums(roles, Role.class);
        }

        @Override
        public String toString() {
            return "agency-kind:" + kind.code() + Syntax.roles(roles);
        }
    }

    record GmgMember(Set<Role> roles) implements Leaf {
        GmgMember {
            roles = enums(roles, Role.class);
        }

        @Override
        public String toString() {
            return "gmg-member" + Syntax.roles(roles);
        }
    }

    record PlaceIs(String place, PlaceMatch match, Set<PlaceRole> roles) implements Leaf {
        PlaceIs {
            place = name(place, "place");
            Objects.requireNonNull(match, "match");
            roles = enums(roles, PlaceRole.class);
        }

        @Override
        public String toString() {
            String name = switch (match) {
                case NAMES -> "country:";
                case INTERSECTS -> "region:";
                case WITHIN -> "region-within:";
            };
            return name + Syntax.value(place) + Syntax.roles(roles);
        }
    }

    record Global(Set<PlaceRole> roles) implements Leaf {
        Global {
            roles = enums(roles, PlaceRole.class);
        }

        @Override
        public String toString() {
            return "global" + Syntax.roles(roles);
        }
    }

    record PlaceRoleIs(Set<PlaceRole> roles) implements Leaf {
        PlaceRoleIs {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("place-role: needs at least one role");
            }
            roles = enums(roles, PlaceRole.class);
        }

        @Override
        public String toString() {
            return "place-role:" + Syntax.roles(roles).substring(1);
        }
    }

    record Placeless() implements Leaf {
        @Override
        public String toString() {
            return "placeless";
        }
    }

    /** How a date leaf compares a period with its range. */
    enum DateMatch { OVERLAPS, WITHIN, STARTS_WITHIN }

    record DateIs(DateMatch match, LocalDate from, LocalDate to) implements Leaf {
        DateIs {
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
            }
            for (LocalDate d : List.of(from, to)) {
                if (!d.equals(LocalDate.MIN) && !d.equals(LocalDate.MAX) && (d.getYear() < 0 || d.getYear() > 9999)) {
                    throw new IllegalArgumentException("date " + d + " is outside the years 0000 to 9999; use"
                            + " LocalDate.MIN or LocalDate.MAX for an open end");
                }
            }
        }

        @Override
        public String toString() {
            String name = switch (match) {
                case OVERLAPS -> "overlaps:";
                case WITHIN -> "within:";
                case STARTS_WITHIN -> "starts:";
            };
            return name + Syntax.range(from, to);
        }
    }

    record Undated() implements Leaf {
        @Override
        public String toString() {
            return "undated";
        }
    }

    record PrecisionIs(DatePrecision precision) implements Leaf {
        PrecisionIs {
            Objects.requireNonNull(precision, "precision");
        }

        @Override
        public String toString() {
            return "precision:" + precision.code();
        }
    }

    record StatusIs(Status status) implements Leaf {
        StatusIs {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String toString() {
            return "status:" + status.code();
        }
    }

    record KindIs(ActivityKind kind) implements Leaf {
        KindIs {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String toString() {
            return "kind:" + kind.code();
        }
    }

    record ThemeIs(Theme theme) implements Leaf {
        ThemeIs {
            Objects.requireNonNull(theme, "theme");
        }

        @Override
        public String toString() {
            return "theme:" + theme.code();
        }
    }

    /** Every word must begin a word of the title or summary; words are kept folded (lower case, no accents). */
    record TextHas(List<String> words) implements Leaf {
        TextHas {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("text: needs at least one word (letters or digits)");
            }
        }

        @Override
        public String toString() {
            return "text:" + Syntax.value(String.join(" ", words));
        }
    }

    /** A section ("2.7", "3"; a section also covers its sub-sections) and, if not 0, a paragraph in it. */
    record SourceIs(String section, int paragraph) implements Leaf {
        SourceIs {
            Objects.requireNonNull(section, "section");
            if (!section.matches("[1-9](\\.[1-9])?")) {
                throw new IllegalArgumentException("'" + section + "' is not a section number like 2.7 or 3");
            }
            if (paragraph < 0) {
                throw new IllegalArgumentException("paragraph must be 1 or more, was " + paragraph);
            }
        }

        @Override
        public String toString() {
            return "source:" + section + (paragraph > 0 ? "#" + paragraph : "");
        }
    }

    record PartOf(String id) implements Leaf {
        PartOf {
            id = name(id, "activity id");
        }

        @Override
        public String toString() {
            return "part-of:" + Syntax.value(id);
        }
    }

    record RelatedTo(String id) implements Leaf {
        RelatedTo {
            id = name(id, "activity id");
        }

        @Override
        public String toString() {
            return "related:" + Syntax.value(id);
        }
    }

    record IdIs(String id) implements Leaf {
        IdIs {
            id = name(id, "activity id");
        }

        @Override
        public String toString() {
            return "id:" + Syntax.value(id);
        }
    }

    /**
     * An SDG target or GCM objective the activity reaches through its points and themes (the crosswalk), with at
     * least the given strength: {@code sdg:10.7}, {@code gcm:6/direct}.
     */
    record FrameworkIs(FrameworkRef ref, LinkStrength minimum) implements Leaf {
        FrameworkIs {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(minimum, "minimum");
        }

        @Override
        public String toString() {
            return ref.id() + (minimum == LinkStrength.DIRECT ? "/direct" : "");
        }
    }

    /** An outcome of the 2013 HLD the activity serves through its points and themes: {@code outcome:point-7}. */
    record OutcomeIs(HldOutcome outcome) implements Leaf {
        OutcomeIs {
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String toString() {
            return "outcome:" + outcome.id();
        }
    }
}
