package dev.gmg.model;

import org.immutables.value.Value;

/** A place tied to an {@link Activity}, and what it is to the activity: venue, target, scope or origin. */
@Value.Immutable
public abstract class ActivityPlace {

    /**
     * The given place in the given role.
     *
     * @param place the place
     * @param role what the place is to the activity
     * @return the place in that role
     */
    public static ActivityPlace of(Place place, PlaceRole role) {
        return ImmutableActivityPlace.of(place, role);
    }

    /**
     * The place with the given code or name in the given role; see {@link Place#of(String)}.
     *
     * @param place a code, name or alias of a place
     * @param role what the place is to the activity
     * @return the place in that role
     */
    public static ActivityPlace of(String place, PlaceRole role) {
        return of(Place.of(place), role);
    }

    /** {@return the place} */
    @Value.Parameter
    public abstract Place place();

    /** {@return what the place is to the activity} */
    @Value.Parameter
    public abstract PlaceRole role();

    @Override
    public String toString() {
        return place().code() + " (" + role().code() + ")";
    }
}
