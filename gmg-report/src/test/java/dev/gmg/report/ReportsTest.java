package dev.gmg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.Place;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import dev.gmg.query.AgencyMatrix;
import dev.gmg.query.QueryResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final Dataset HLD = Datasets.hld2014();
    private static final QueryResult ALL = ActivityIndex.of(HLD).query(ActivityQuery.all());

    @Test
    void writesOneSelfContainedPageOfAtMost300KbForTheBundledData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hld.html");
        Reports.html(HLD, ALL, file);
        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(300 * 1024);
        assertThat(page).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//")
                .doesNotContainPattern("(?i)url\\((?!#)")
                .doesNotContain("<link").doesNotContain("@import");
        assertThat(page).contains("<h1>" + HLD.metadata().title() + "</h1>")
                .contains("<strong id=\"n-activities\">" + HLD.activities().size() + "</strong>");
        for (String id : List.of("matrix", "timeline", "map", "facets", "list")) {
            assertThat(page).contains("<section id=\"" + id + "\"");
        }
    }

    @Test
    void aTitleWithMarkupShowsAsTextNeverAsMarkup() {
        Activity first = HLD.activities().get(0);
        Activity evil = Activity.builder().from(first).title("<script>alert('x')</script> & \"friends\"").build();
        List<Activity> activities = new ArrayList<>(HLD.activities());
        activities.set(0, evil);
        Dataset dataset = Dataset.builder().metadata(HLD.metadata()).agencies(HLD.agencies())
                .activities(activities).build();
        String page = Reports.html(dataset, ActivityIndex.of(dataset).query(ActivityQuery.all()),
                ReportOptions.defaults().queryText("title = \"<b>bold</b>\""));
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>bold")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;")
                .contains("title = &quot;&lt;b&gt;bold&lt;/b&gt;&quot;");
        assertThat(Pattern.compile("<script>").matcher(page).results().count())
                .as("only the page's own script").isEqualTo(1);
    }

    @Test
    void theMatrixShowsTheLibrarysCountsWithSubBodiesUnderTheirParent() {
        String page = Reports.html(HLD, ALL, ReportOptions.defaults());
        AgencyMatrix matrix = ALL.matrix();
        for (String agency : List.of("ILO", "UNICEF", "IOM")) {
            List<Integer> shown = cellCounts(page, agency);
            List<Integer> expected = new ArrayList<>();
            for (ActionPoint p : ActionPoint.values()) {
                expected.add(matrix.count(agency, p));
            }
            assertThat(shown).as(agency).isEqualTo(expected);
        }
        List<String> rows = rowOrder(page);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(matrix.agencies());
        HLD.agencies().stream().filter(a -> a.parentId().isPresent() && rows.contains(a.id())
                        && rows.contains(a.parentId().get()))
                .forEach(sub -> assertThat(rows.indexOf(sub.id())).as(sub.id() + " below its parent")
                        .isGreaterThan(rows.indexOf(sub.parentId().get())));
        assertThat(page).contains("<a href=\"#filter?agency=ILO&amp;point=");
    }

    @Test
    void theRowsOfTopLevelAgenciesAreSortedByTheirNumberOfActivities() {
        String page = Reports.html(HLD, ALL, ReportOptions.defaults());
        List<Integer> totals = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-agency=\"([^\"]+)\">.*?<td class=\"total\">(\\d+)</td>").matcher(page);
        while (m.find()) {
            totals.add(Integer.parseInt(m.group(2)));
        }
        assertThat(totals).hasSizeGreaterThan(10).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void everyCountryTheActivitiesNameHasAShapeOnTheMap() {
        String page = Reports.html(HLD, ALL, ReportOptions.defaults());
        Set<String> named = namedCountries(HLD.activities());
        assertThat(named).contains("XKX", "MDA", "TUN");
        Set<String> drawn = new TreeSet<>();
        Pattern.compile("<path d=\"[^\"]+\" class=\"m\\d[^\"]*\" data-country=\"([A-Z]{3})\"").matcher(page)
                .results().forEach(r -> drawn.add(r.group(1)));
        assertThat(drawn).isEqualTo(named);
        assertThat(page).doesNotContain("(not on the map)");
    }

    @Test
    void aQuerysSelectionIsWhatThePageShows() {
        QueryResult unicef = ActivityIndex.of(HLD).query(ActivityQuery.builder().agencies("UNICEF").build());
        String page = Reports.html(HLD, unicef, ReportOptions.defaults());
        assertThat(listedIds(page)).containsExactlyInAnyOrderElementsOf(unicef.ids());
        assertThat(page).contains("<code id=\"query\">" + Html.escape(unicef.query().toString()) + "</code>")
                .contains("<strong id=\"n-activities\">" + unicef.total() + "</strong>");
    }

    @Test
    void theTimelineHasOneMarkPerDatedActivityAsPreciseAsItsPeriod() {
        String page = Reports.html(HLD, ALL, ReportOptions.defaults());
        Map<String, String> marks = new HashMap<>();
        Pattern.compile("<a href=\"#a-[^\"]+\" data-id=\"([^\"]+)\" class=\"mark\"><title>[^<]*</title><(circle|rect)"
                + "[^>]*?(?:class=\"(open-end|open-start)\")?>").matcher(page).results()
                .forEach(r -> marks.put(r.group(1), r.group(2) + (r.group(3) == null ? "" : " " + r.group(3))));
        List<Activity> dated = HLD.activities().stream().filter(a -> a.period().isPresent()).toList();
        assertThat(marks).hasSize(dated.size());
        for (Activity a : dated) {
            dev.gmg.model.EdtfPeriod p = a.period().get();
            String expected = !p.isInterval() && p.earliest().equals(p.latest()) ? "circle"
                    : p.hasOpenEnd() ? "rect open-end" : p.hasOpenStart() ? "rect open-start" : "rect";
            assertThat(marks.get(a.id())).as(a.id() + " " + p).isEqualTo(expected);
        }
        assertThat(marks.values()).contains("circle", "rect", "rect open-end", "rect open-start");
    }

    @Test
    void anEmptySelectionStillMakesAPage() {
        QueryResult none = ActivityIndex.of(HLD).query(ActivityQuery.builder().text("zzzqqq").build());
        String page = Reports.html(HLD, none, ReportOptions.defaults());
        assertThat(none.total()).isZero();
        assertThat(page).contains("<strong id=\"n-activities\">0</strong>").contains("0 of 0 activities shown")
                .endsWith("</html>\n");
        assertThat(listedIds(page)).isEmpty();
    }

    @Test
    void leftOutCountsShowOnlyWhenGiven() {
        assertThat(Reports.html(HLD, ALL, ReportOptions.defaults())).doesNotContain("id=\"left-out\"");
        String page = Reports.html(HLD, ALL, ReportOptions.defaults().leftOut(ReportOptions.LeftOut.of(7, 5, 3)));
        assertThat(page).contains("id=\"left-out\"").contains("7 undated, 5 without a place, 3 of worldwide scope only");
        assertThatThrownBy(() -> ReportOptions.LeftOut.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 or more");
    }

    @Test
    void periodsAreDescribedAsPreciselyAsTheDataGivesThem() {
        assertThat(PeriodLabels.describe(dev.gmg.model.EdtfPeriod.parse("2013-23"))).isEqualTo("autumn 2013");
        assertThat(PeriodLabels.describe(dev.gmg.model.EdtfPeriod.parse("2014-03/.."))).isEqualTo("from March 2014, open end");
        assertThat(PeriodLabels.describe(dev.gmg.model.EdtfPeriod.parse("2014-04-23/2014-04-24")))
                .isEqualTo("23 April 2014 to 24 April 2014");
        assertThat(PeriodLabels.describe(dev.gmg.model.EdtfPeriod.parse("2014-40"))).isEqualTo("first half of 2014");
        assertThat(PeriodLabels.isDay(dev.gmg.model.EdtfPeriod.parse("2013-12-18"))).isTrue();
        assertThat(PeriodLabels.isDay(dev.gmg.model.EdtfPeriod.parse("2013-12"))).isFalse();
    }

    static Set<String> namedCountries(List<Activity> activities) {
        return activities.stream().flatMap(a -> a.places().stream()).map(p -> p.place())
                .filter(Place::isCountry).map(Place::code).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<String> listedIds(String page) {
        return Pattern.compile("<li id=\"a-([^\"]+)\"").matcher(page).results()
                .map(r -> r.group(1)).toList();
    }

    private static List<Integer> cellCounts(String page, String agency) {
        Matcher row = Pattern.compile("<tr data-agency=\"" + Pattern.quote(agency) + "\"[^>]*>(.*?)</tr>").matcher(page);
        assertThat(row.find()).as("row of " + agency).isTrue();
        return Pattern.compile("<td class=\"h\\d\">(?:<a [^>]*>)?(\\d+|·)<").matcher(row.group(1)).results()
                .map(r -> r.group(1).equals("·") ? 0 : Integer.parseInt(r.group(1))).toList();
    }

    private static List<String> rowOrder(String page) {
        return Pattern.compile("<tr data-agency=\"([^\"]+)\"").matcher(page).results().map(r -> r.group(1)).toList();
    }
}
