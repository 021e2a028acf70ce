package dev.gmg.model;

import java.util.List;
import java.util.Objects;

/**
 * A link of one activity to an SDG target or GCM objective, derived from the activity's action points and
 * themes through the {@link Crosswalk}; never set by hand. When several of the activity's points and themes
 * lead to the same target, the strongest link counts and {@link #via()} lists them all.
 *
 * @param to the SDG target or GCM objective
 * @param strength the strongest of the crosswalk links that lead there
 * @param via the activity's action points and themes that lead there, points first
 */
public record ActivityLink(FrameworkRef to, LinkStrength strength, List<Coded> via) {

    /**
     * Checks the link.
     *
     * @param to the target or objective
     * @param strength the strength
     * @param via the points and themes
     */
    public ActivityLink {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(strength, "strength");
        via = List.copyOf(via);
        if (via.isEmpty()) {
            throw new IllegalArgumentException("a derived link to " + to + " must say which point or theme leads there");
        }
    }

    @Override
    public String toString() {
        return to + " (" + strength + ", via " + via.stream().map(Crosswalk::key).toList() + ")";
    }
}
