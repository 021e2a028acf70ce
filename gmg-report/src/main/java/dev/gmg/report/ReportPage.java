package dev.gmg.report;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.QueryResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The whole page: head, header, navigation and the sections, in reading order. */
final class ReportPage {

    private final Selection selection;
    private final String queryText;
    private final ReportOptions options;
    private final boolean unfiltered;

    ReportPage(Dataset dataset, QueryResult result, ReportOptions options) {
        this.selection = Selection.of(dataset, result);
        this.queryText = options.queryText().orElseGet(() -> result.query().toString());
        this.options = options;
        this.unfiltered = options.queryText().isEmpty() && result.query().equals(ActivityQuery.all());
    }

    String render() {
        DatasetMetadata meta = selection.dataset().metadata();
        Html h = new Html(300_000);
        h.raw("<!DOCTYPE html>").newline().open("html", "lang", "en").newline().open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                // Nothing may leave the page: no fetches, no images or fonts from elsewhere.
                .empty("meta", "http-equiv", "Content-Security-Policy", "content",
                        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")
                .element("title", "Who does what: " + meta.title())
                .open("style").raw(resource("report.css")).close("style").close("head").newline()
                .open("body");
        header(h, meta);
        h.open("nav", "aria-label", "Sections").open("ul");
        for (String[] link : new String[][] {{"matrix", "Agencies × action points"}, {"timeline", "Timeline"},
                {"map", "Map"}, {"facets", "Status, kind, theme"}, {"list", "Activities"}}) {
            h.open("li").element("a", link[1], "href", "#" + link[0]).close("li");
        }
        h.close("ul").close("nav").newline().open("main");
        MatrixSection.write(h, selection);
        TimelineSection.write(h, selection);
        MapSection.write(h, selection);
        FacetCharts.write(h, selection);
        ActivityList.write(h, selection);
        h.close("main").newline().open("footer")
                .element("p", "Data: GMG SDK dataset " + meta.version() + ", encoded from " + meta.publisher()
                        + ", " + meta.title() + " (" + meta.published() + "). Summaries are the SDK's own words. "
                        + "Map: Natural Earth (public domain), 110m, through world-atlas.")
                .close("footer").newline()
                .open("script").raw(resource("report.js")).close("script").newline()
                .close("body").close("html").newline();
        return h.toString();
    }

    private void header(Html h, DatasetMetadata meta) {
        int activities = selection.activities().size();
        Set<String> agencies = new LinkedHashSet<>();
        selection.activities().forEach(a -> agencies.addAll(a.agencyIds()));
        long undated = selection.activities().stream().filter(a -> a.period().isEmpty()).count();
        long placeless = selection.activities().stream().filter(a -> a.places().isEmpty()).count();
        h.open("header").element("p", "GMG SDK report", "class", "kicker")
                .element("h1", meta.title())
                .open("p", "class", "meta").text(meta.publisher() + " · published " + meta.published()
                        + " · status as of " + meta.asOf() + " · dataset version " + meta.version()).close("p")
                .open("p", "class", "query").element("span", "Query", "class", "label").text(" ")
                .element("code", queryText, "id", "query")
                .text(unfiltered ? " (no filter: every activity of the dataset)" : "").close("p")
                .open("ul", "class", "counts", "aria-label", "Counts");
        count(h, activities, activities == 1 ? "activity" : "activities", "n-activities");
        count(h, agencies.size(), agencies.size() == 1 ? "organisation" : "organisations", "n-agencies");
        count(h, (int) undated, "of them undated", "n-undated");
        count(h, (int) placeless, "without a place", "n-placeless");
        h.close("ul");
        options.leftOut().ifPresent(left -> {
            h.open("p", "class", "left-out", "id", "left-out")
                    .element("strong", "Left out by the filter, which could not judge them:").text(" "
                            + left.undated() + " undated, " + left.placeless() + " without a place, "
                            + left.globalOnly() + " of worldwide scope only.")
                    .close("p");
        });
        h.close("header").newline();
    }

    private static void count(Html h, int n, String what, String id) {
        h.open("li").element("strong", String.valueOf(n), "id", id).text(" " + what).close("li");
    }

    static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the gmg-report jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The id of an activity's entry in the list. */
    static String anchor(Activity a) {
        return "a-" + a.id();
    }
}
