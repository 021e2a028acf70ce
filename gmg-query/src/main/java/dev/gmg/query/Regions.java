package dev.gmg.query;

import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region hierarchy flattened: for each place, the regions (M49 world, regions, sub-regions, intermediate
 * regions and named areas) that a default region filter finds it by. Shared by the index (to build one posting
 * list per region) and by the facet counts, so both agree with {@link Matcher#placeMatches}.
 */
final class Regions {

    /** Every place of the standard gazetteer that is not a country, in gazetteer order. */
    static final List<Place> FACET_REGIONS =
            Gazetteer.standard().places().stream().filter(p -> !p.isCountry()).toList();

    private static final Map<Place, List<Place>> OF = new ConcurrentHashMap<>();

    private Regions() {
    }

    /**
     * The regions a default region filter (intersects, any role, no global option) finds {@code place} by: for the
     * World, only the World; for any other place, every region it shares a country with.
     */
    static List<Place> of(Place place) {
        return OF.computeIfAbsent(place, p -> p.kind() == PlaceKind.WORLD
                ? List.of(p)
                : FACET_REGIONS.stream().filter(p::overlaps).toList());
    }
}
