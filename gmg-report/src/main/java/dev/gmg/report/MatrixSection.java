package dev.gmg.report;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Agency;
import dev.gmg.query.AgencyMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency × action-point heat map: counts in the cells (the colour only repeats them), rows sorted by the
 * agency's number of activities, each sub-body right under its parent, GMG members marked, and each non-empty
 * cell a link to the list filtered to that agency and point.
 */
final class MatrixSection {

    private MatrixSection() {
    }

    static void write(Html h, Selection s) {
        AgencyMatrix matrix = s.matrix();
        int max = 1;
        for (String id : matrix.agencies()) {
            for (int c : matrix.row(id).values()) {
                max = Math.max(max, c);
            }
        }
        h.open("section", "id", "matrix", "aria-labelledby", "matrix-h")
                .element("h2", "Who works on which point of the agenda", "id", "matrix-h")
                .element("p", "Each cell counts the activities an organisation takes part in (in any role) under "
                        + "one action point; an activity serving two points counts under both. Darker means "
                        + "more. Select a count to see those activities in the list. ★ marks the members of "
                        + "the Global Migration Group; sub-bodies are indented under their parent.",
                        "class", "note")
                .open("div", "class", "scroll").open("table", "class", "heat", "id", "matrix-table")
                .element("caption", "Activities per organisation and action point, " + matrix.agencies().size()
                        + " organisations")
                .open("thead").open("tr").element("th", "Organisation", "scope", "col");
        for (ActionPoint p : ActionPoint.values()) {
            h.open("th", "scope", "col", "class", "ap").open("abbr", "title", p.title())
                    .text(String.valueOf(p.number())).close("abbr")
                    .element("span", p.shortName(), "class", "apname").close("th");
        }
        h.element("th", "All", "scope", "col").close("tr").close("thead").open("tbody");
        for (Row row : rows(s)) {
            Agency agency = s.dataset().agency(row.id).orElse(null);
            boolean member = agency != null && agency.gmgMember();
            h.open("tr", "data-agency", row.id, "class", row.depth > 0 ? "sub" : null)
                    .open("th", "scope", "row", "style", row.depth > 0 ? "padding-left:" + (0.4 + row.depth) + "em"
                            : null)
                    .open("abbr", "title", s.agencyName(row.id)).text(row.id).close("abbr");
            if (member) {
                h.element("span", "★", "class", "star", "title", "GMG member", "aria-hidden", "true")
                        .element("span", " GMG member", "class", "vh");
            }
            h.close("th");
            for (ActionPoint p : ActionPoint.values()) {
                int c = matrix.count(row.id, p);
                if (c == 0) {
                    h.element("td", "·", "class", "h0");
                } else {
                    // The column and row headers name the cell for a screen reader; the link text is the count.
                    h.open("td", "class", "h" + level(c, max))
                            .element("a", String.valueOf(c), "href", "#filter?agency=" + row.id + "&point="
                                    + p.number())
                            .close("td");
                }
            }
            h.element("td", String.valueOf(s.agencyTotal(row.id)), "class", "total").close("tr").newline();
        }
        h.close("tbody").close("table").close("div").close("section").newline();
    }

    /** 1 to 5, in proportion to the largest count. */
    private static int level(int count, int max) {
        return Math.max(1, (int) Math.ceil(5.0 * count / max));
    }

    private record Row(String id, int depth) {
    }

    /**
     * The agencies of the matrix, most active first, each followed by its own sub-bodies (most active first);
     * a sub-body whose parent has no activity here stands on its own.
     */
    private static List<Row> rows(Selection s) {
        Set<String> present = new HashSet<>(s.matrix().agencies());
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (String id : s.matrix().agencies()) {
            String parent = s.dataset().agency(id).flatMap(Agency::parentId).filter(present::contains)
                    .orElse(null);
            if (parent == null) {
                roots.add(id);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        Comparator<String> byTotal = Comparator.comparingInt((String id) -> -s.agencyTotal(id))
                .thenComparing(Comparator.naturalOrder());
        List<Row> rows = new ArrayList<>();
        roots.stream().sorted(byTotal).forEach(id -> add(id, 0, children, byTotal, rows));
        return rows;
    }

    private static void add(String id, int depth, Map<String, List<String>> children, Comparator<String> order,
            List<Row> rows) {
        rows.add(new Row(id, depth));
        children.getOrDefault(id, List.of()).stream().sorted(order)
                .forEach(child -> add(child, depth + 1, children, order, rows));
    }
}
