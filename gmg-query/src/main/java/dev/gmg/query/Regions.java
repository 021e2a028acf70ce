package dev.gmg.query;

import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import java.util.ArrayList;
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
        List<Place> regions = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (!p.isCountry()) {
                regions.add(p);
            }
        }
        this.facetRegions = List.copyOf(regions);
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
        List<Place> regions = of.get(place);
        if (regions == null) {
            regions = place.kind() == PlaceKind.WORLD ? List.of(place) : overlapping(place);
            List<Place> raced = of.putIfAbsent(place, regions);
            regions = raced == null ? regions : raced;
        }
        return regions;
    }

    /** (A loop, not a stream: this runs while the command line starts.) */
    private List<Place> overlapping(Place place) {
        List<Place> regions = new ArrayList<>();
        for (Place r : facetRegions) {
            if (place.overlaps(r)) {
                regions.add(r);
            }
        }
        return List.copyOf(regions);
    }
}
