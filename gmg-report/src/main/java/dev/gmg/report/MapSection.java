package dev.gmg.report;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world map: each country the activities name, shaded by how many name it (the number is in its tooltip
 * and in the table beside the map), with the regions, named areas and worldwide activities listed beside it.
 * Shapes are keyed by M49 code, and Kosovo, which has none, by the gazetteer's {@code XKX}.
 */
final class MapSection {

    private MapSection() {
    }

    static void write(Html h, Selection s) {
        Map<Place, Integer> countries = new HashMap<>();
        Map<Place, Integer> areas = new HashMap<>();
        for (Activity a : s.activities()) {
            Set<Place> seen = new HashSet<>();
            for (ActivityPlace ap : a.places()) {
                if (seen.add(ap.place())) {
                    (ap.place().isCountry() ? countries : areas).merge(ap.place(), 1, Integer::sum);
                }
            }
        }
        Map<String, Place> byShapeKey = shapeKeys();
        WorldShapes world = WorldShapes.standard();
        Set<String> drawn = new HashSet<>();
        h.open("section", "id", "map", "aria-labelledby", "map-h")
                .element("h2", "Where", "id", "map-h")
                .element("p", countries.size() + " countries named by the activities, shaded by how many name "
                        + "them; regions, named areas and worldwide activities are listed beside the map. Tiny "
                        + "countries are drawn as dots.", "class", "note")
                .open("div", "class", "mapwrap").open("div", "class", "mapbox")
                .open("svg", "viewBox", world.viewBox(), "width", "100%", "role", "img", "aria-labelledby",
                        "map-title", "id", "map-svg", "class", "world")
                .element("title", "World map of the " + countries.size() + " countries named", "id", "map-title");
        for (WorldShapes.Shape shape : world.shapes()) {
            Place place = byShapeKey.get(shape.key());
            Integer n = place == null ? null : countries.get(place);
            if (n == null) {
                if (!shape.dot()) {
                    h.open("path", "d", shape.path(), "class", "land").close("path");
                }
                continue;
            }
            drawn.add(place.code());
            h.open("path", "d", shape.path(), "class", "m" + Math.min(n, 4) + (shape.dot() ? " dot" : ""),
                            "data-country", place.code(), "data-count", String.valueOf(n))
                    .element("title", place.name() + ": " + n + (n == 1 ? " activity" : " activities"))
                    .close("path");
        }
        h.close("svg");
        legend(h);
        h.close("div").open("div", "class", "places");
        table(h, "Countries", "map-countries", countries, drawn);
        table(h, "Regions, named areas and the world", "map-areas", areas, null);
        h.close("div").close("div").close("section").newline();
    }

    private static void legend(Html h) {
        h.open("ul", "class", "legend", "aria-label", "Map legend");
        String[] labels = {"not named", "1 activity", "2 activities", "3 activities", "4 or more"};
        for (int i = 0; i < labels.length; i++) {
            h.open("li").element("span", "", "class", "swatch " + (i == 0 ? "land" : "m" + i), "aria-hidden",
                    "true").text(" " + labels[i]).close("li");
        }
        h.close("ul");
    }

    private static void table(Html h, String caption, String id, Map<Place, Integer> counts, Set<String> drawn) {
        h.open("div", "class", "placebox").element("h3", caption, "id", id + "-h");
        if (counts.isEmpty()) {
            h.element("p", "None.", "id", id).close("div");
            return;
        }
        h.open("ul", "class", "placelist", "id", id, "aria-labelledby", id + "-h");
        counts.entrySet().stream()
                .sorted(Map.Entry.<Place, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Place place = e.getKey();
                    h.open("li", "data-place", place.code()).text(place.name());
                    if (!place.isCountry() && place.kind() != PlaceKind.WORLD) {
                        h.element("span", " (" + place.kind().label() + ")",
                                "class", "kind");
                    } else if (drawn != null && !drawn.contains(place.code())) {
                        h.element("span", " (not on the map)", "class", "kind");
                    }
                    h.text(": ").element("b", String.valueOf(e.getValue())).close("li");
                });
        h.close("ul").close("div");
    }

    /** Each gazetteer country by the key of its shape: its M49 code, or its own code where it has none. */
    private static Map<String, Place> shapeKeys() {
        Map<String, Place> keys = new HashMap<>();
        List<Place> all = Gazetteer.standard().countries();
        all.stream().sorted(Comparator.naturalOrder())
                .forEach(p -> keys.putIfAbsent(p.m49().orElse(p.code()), p));
        return keys;
    }
}
