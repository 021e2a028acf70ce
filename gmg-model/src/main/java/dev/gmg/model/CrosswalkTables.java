package dev.gmg.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the crosswalk's four tables (SDG targets, GCM objectives, HLD outcomes, links) from the model's
 * resources and checks them strictly: a wrong code, a duplicate, an empty rationale or a point or theme with
 * neither a link nor a stated reason stops the load with the file and line.
 */
final class CrosswalkTables {

    private CrosswalkTables() {
    }

    private record Row(String resource, int line, String[] cells) {
        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(resource + " line " + line + ": " + message);
        }
    }

    static Crosswalk load() {
        List<FrameworkRef> refs = new ArrayList<>();
        for (Row r : rows("sdg-targets.tsv", 4)) {
            if (!r.cell(0).matches("[1-9][0-9]?\\.([1-9][0-9]?|[a-z])")) {
                throw r.error("'" + r.cell(0) + "' is not an SDG target code such as 10.7 or 10.c");
            }
            refs.add(new FrameworkRef(Framework.SDG, r.cell(0), r.cell(1), r.cell(3) + " (basis: " + r.cell(2) + ")"));
        }
        for (Row r : rows("gcm-objectives.tsv", 2)) {
            int n = number(r, r.cell(0), 23);
            refs.add(new FrameworkRef(Framework.GCM, String.valueOf(n), r.cell(1), ""));
        }
        Map<String, FrameworkRef> byId = new HashMap<>();
        for (FrameworkRef ref : refs) {
            if (byId.put(ref.id(), ref) != null) {
                throw new IllegalStateException("the crosswalk lists " + ref + " twice");
            }
        }
        if (refs.stream().filter(r -> r.framework() == Framework.GCM).count() != 23) {
            throw new IllegalStateException("gcm-objectives.tsv must list the 23 objectives of the Compact");
        }

        List<CrosswalkLink> links = new ArrayList<>();
        Map<Coded, String> noLinks = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Row r : rows("crosswalk.tsv", 4)) {
            Coded from = from(r, r.cell(0));
            if (r.cell(1).equals("none")) {
                if (r.cell(3).isEmpty()) {
                    throw r.error("a 'none' row needs the reason why " + r.cell(0) + " has no link");
                }
                noLinks.put(from, r.cell(3));
                continue;
            }
            FrameworkRef to = byId.get(r.cell(1));
            if (to == null) {
                throw r.error("unknown target or objective '" + r.cell(1) + "'");
            }
            if (!seen.add(r.cell(0) + " " + r.cell(1))) {
                throw r.error("the link " + r.cell(0) + " -> " + r.cell(1) + " is listed twice");
            }
            try {
                links.add(new CrosswalkLink(from, to, LinkStrength.parse(r.cell(2)), r.cell(3)));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        List<Coded> everything = new ArrayList<>(List.of(ActionPoint.values()));
        everything.addAll(List.of(Theme.values()));
        for (Coded c : everything) {
            boolean linked = links.stream().anyMatch(l -> l.from() == c);
            if (linked == noLinks.containsKey(c)) {
                throw new IllegalStateException("crosswalk.tsv: " + Crosswalk.key(c) + (linked
                        ? " has links and also a 'none' row" : " needs a link or a 'none' row with the reason"));
            }
        }
        return new Crosswalk(refs, links, noLinks, outcomes());
    }

    private static List<HldOutcome> outcomes() {
        List<HldOutcome> outcomes = new ArrayList<>();
        for (ActionPoint p : ActionPoint.values()) {
            outcomes.add(new HldOutcome("point-" + p.number(), HldOutcome.Kind.ACTION_POINT, p.title(),
                    List.of(SourceRef.of("1", 2)), EnumSet.of(p), Set.of()));
        }
        for (Row r : rows("hld-outcomes.tsv", 6)) {
            List<SourceRef> sources = new ArrayList<>();
            for (String s : r.cell(3).split("\\s+")) {
                String[] sp = s.split("#");
                if (sp.length != 2 || !sp[0].matches("[1-9](\\.[1-9])?")) {
                    throw r.error("'" + s + "' is not a paragraph reference such as 2.7#6");
                }
                sources.add(SourceRef.of(sp[0], number(r, sp[1], 99)));
            }
            Set<ActionPoint> points = EnumSet.noneOf(ActionPoint.class);
            for (String p : words(r.cell(4))) {
                points.add(ActionPoint.of(number(r, p, 8)));
            }
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            try {
                words(r.cell(5)).forEach(t -> themes.add(Theme.parse(t)));
                outcomes.add(new HldOutcome(r.cell(0), HldOutcome.Kind.parse(r.cell(1)), r.cell(2), sources, points,
                        themes));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return outcomes;
    }

    private static List<String> words(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\s+"));
    }

    private static Coded from(Row r, String cell) {
        try {
            if (cell.startsWith("point:")) {
                return ActionPoint.of(number(r, cell.substring(6), 8));
            }
            if (cell.startsWith("theme:")) {
                return Theme.parse(cell.substring(6));
            }
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        throw r.error("'" + cell + "' must be point:N or theme:CODE");
    }

    private static int number(Row r, String text, int max) {
        if (!text.matches("[1-9][0-9]?") || Integer.parseInt(text) > max) {
            throw r.error("'" + text + "' is not a number from 1 to " + max);
        }
        return Integer.parseInt(text);
    }

    private static List<Row> rows(String resource, int columns) {
        try (InputStream in = CrosswalkTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + CrosswalkTables.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            for (int n = 1; (line = reader.readLine()) != null; n++) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(resource, n, line.split("\t", -1));
                if (row.cells().length != columns) {
                    throw row.error("expected " + columns + " tab-separated columns, found " + row.cells().length);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
