package dev.gmg.report;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Participant;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The list of activities, each with its period, status, participants and roles, places and source, and the
 * filter controls above it. Without script every activity shows; with it, the text box (titles and summaries),
 * the point, agency and status choices narrow the list, and the matrix's links set them.
 */
final class ActivityList {

    private ActivityList() {
    }

    static void write(Html h, Selection s) {
        List<Activity> activities = s.activities();
        h.open("section", "id", "list", "aria-labelledby", "list-h")
                .element("h2", "The activities", "id", "list-h")
                .open("form", "class", "filters", "id", "filters", "role", "search", "aria-label",
                        "Filter the activities")
                .open("div").element("label", "Words in title or summary", "for", "q")
                .empty("input", "type", "search", "id", "q", "name", "q", "autocomplete", "off").close("div");
        h.open("div").element("label", "Action point", "for", "fp").open("select", "id", "fp", "name", "point")
                .element("option", "any", "value", "");
        for (ActionPoint p : ActionPoint.values()) {
            h.element("option", p.number() + " " + p.shortName(), "value", String.valueOf(p.number()));
        }
        h.close("select").close("div");
        h.open("div").element("label", "Organisation", "for", "fa").open("select", "id", "fa", "name", "agency")
                .element("option", "any", "value", "");
        Map<String, String> agencies = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        activities.forEach(a -> a.agencyIds().forEach(id -> agencies.put(id, s.agencyName(id))));
        agencies.forEach((id, name) -> h.element("option", id.equals(name) ? id : id + " — " + shorten(name),
                "value", id));
        h.close("select").close("div");
        h.open("div").element("label", "Status", "for", "fs").open("select", "id", "fs", "name", "status")
                .element("option", "any", "value", "");
        for (Status st : Status.values()) {
            h.element("option", st.label(), "value", st.code());
        }
        h.close("select").close("div")
                .open("div").element("button", "Show all", "type", "reset", "id", "reset").close("div")
                .close("form")
                .element("p", activities.size() + " of " + activities.size() + " activities shown", "id",
                        "shown", "role", "status", "aria-live", "polite")
                .open("ol", "class", "acts", "id", "acts");
        for (Activity a : activities) {
            item(h, a, s);
        }
        h.close("ol").close("section").newline();
    }

    private static void item(Html h, Activity a, Selection s) {
        h.open("li", "id", ReportPage.anchor(a),
                "data-points", a.actionPoints().stream().map(p -> String.valueOf(p.number()))
                        .collect(Collectors.joining(" ")),
                "data-agencies", String.join(" ", a.agencyIds()),
                "data-status", a.status().code());
        h.element("h3", a.title()).element("p", a.summary(), "class", "sum").open("dl");
        term(h, "When", a.period().map(p -> PeriodLabels.describe(p) + " (" + p + ")").orElse("undated"));
        h.open("dt").text("Status").close("dt").open("dd")
                .element("span", a.status().label(), "class", "st st-" + a.status().code())
                .text(" · " + a.kind().label()).close("dd");
        term(h, "Points", a.actionPoints().stream().map(p -> p.number() + " " + p.shortName())
                .collect(Collectors.joining("; ")));
        h.open("dt").text("Who").close("dt").open("dd");
        boolean first = true;
        for (Participant p : a.participants()) {
            if (!first) {
                h.text("; ");
            }
            first = false;
            h.text(p.agencyId() + " (" + p.role().label() + ")");
        }
        h.close("dd");
        if (!a.places().isEmpty()) {
            term(h, "Where", a.places().stream().map(ActivityPlace::place).distinct()
                    .map(pl -> pl.name() + " (" + a.places().stream().filter(x -> x.place().equals(pl))
                            .map(x -> x.role().label()).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; ")));
        }
        if (!a.themes().isEmpty()) {
            term(h, "Themes", a.themes().stream().map(Theme::label).collect(Collectors.joining(", ")));
        }
        term(h, "Source", (a.sources().isEmpty() ? "not given"
                : a.sources().stream().map(SourceRef::toString).collect(Collectors.joining("; "))) + " · id " + a.id());
        h.close("dl").close("li").newline();
    }

    private static void term(Html h, String term, String value) {
        h.element("dt", term).element("dd", value);
    }

    private static String shorten(String name) {
        return name.length() <= 48 ? name : name.substring(0, 47) + "…";
    }
}
