package dev.gmg.model;

import java.util.Objects;

/**
 * One row of the {@link Crosswalk}: a point of the 2013 agenda or a theme, linked to an SDG target or GCM
 * objective, with a strength and a one-line rationale in this project's words.
 *
 * @param from an {@link ActionPoint} or a {@link Theme}
 * @param to the SDG target or GCM objective
 * @param strength how closely they match
 * @param rationale why they are linked
 */
public record CrosswalkLink(Coded from, FrameworkRef to, LinkStrength strength, String rationale) {

    /**
     * Checks the link.
     *
     * @param from the point or theme
     * @param to the target or objective
     * @param strength the strength
     * @param rationale the reason
     */
    public CrosswalkLink {
        if (!(from instanceof ActionPoint) && !(from instanceof Theme)) {
            throw new IllegalArgumentException("a crosswalk link starts at an action point or a theme, not " + from);
        }
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(strength, "strength");
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("the link " + Crosswalk.key(from) + " -> " + to + " needs a rationale");
        }
    }

    @Override
    public String toString() {
        return Crosswalk.key(from) + " -> " + to + " (" + strength + "): " + rationale;
    }
}
