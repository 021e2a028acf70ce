package dev.gmg.query;

import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region hierarchy of one gazetteer flattened: for each place, the regions (M49 world, regions, sub-regions,
 * intermediate regions and named areas) that a {@code region:} leaf finds it by. Shared by the index (one posting
 * list per region) and the facet counts, so both agree with {@link Scan}.
 */
final class Regions {

    private static final Regions STANDARD = new Regions(Gazetteer.standard());

    private final List<Place> facetRegions;
    private final Map<Place, List<Place>> of = new ConcurrentHashMap<>();

    private Regions(Gazetteer gazetteer) {
        this.facetRegions = gazetteer.places().stream().filter(p -> !p.isCountry()).toList();
    }

    /** The flattened regions of {@code gazetteer}; the standard one's are shared. */
    static Regions of(Gazetteer gazetteer) {
        return gazetteer == Gazetteer.standard() ? STANDARD : new Regions(gazetteer);
    }

    static Regions standard() {
        return STANDARD;
    }

    /** Every place of the gazetteer that is not a country, in gazetteer order. */
    List<Place> facetRegions() {
        return facetRegions;
    }

    /**
     * The regions a {@code region:} leaf (any role) finds {@code place} by: for the World, only the World; for any
     * other place, every region it shares a country with.
     */
    List<Place> of(Place place) {
        return of.computeIfAbsent(place, p -> p.kind() == PlaceKind.WORLD
                ? List.of(p)
                : facetRegions.stream().filter(p::overlaps).toList());
    }
}
