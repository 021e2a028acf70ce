package dev.gmg.report;

import dev.gmg.model.Coded;
import java.util.Map;

/** Small bar charts of the selection's status, kind and theme counts, drawn as tables with bars in them. */
final class FacetCharts {

    private FacetCharts() {
    }

    static void write(Html h, Selection s) {
        h.open("section", "id", "facets", "aria-labelledby", "facets-h")
                .element("h2", "What kind of work", "id", "facets-h")
                .element("p", "Themes overlap: an activity can touch several.", "class", "note")
                .open("div", "class", "facets");
        chart(h, "Status (as of the report)", "facet-status", s.facets().statuses());
        chart(h, "Kind", "facet-kind", s.facets().kinds());
        chart(h, "Theme", "facet-theme", s.facets().themes());
        h.close("div").close("section").newline();
    }

    private static <T extends Coded> void chart(Html h, String caption, String id, Map<T, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        h.open("table", "class", "bars", "id", id).element("caption", caption).open("tbody");
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<T, Integer>comparingByValue().reversed())
                .forEach(e -> h.open("tr", "data-code", e.getKey().code())
                        .element("th", e.getKey().label(), "scope", "row")
                        .open("td").element("span", "", "class", "bar", "style",
                                "width:" + Math.max(1, Math.round(100.0 * e.getValue() / max)) + "%",
                                "aria-hidden", "true")
                        .close("td").element("td", String.valueOf(e.getValue()), "class", "num").close("tr"));
        h.close("tbody").close("table");
    }
}
