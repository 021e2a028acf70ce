package dev.gmg.report;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.EdtfPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline 2012–2017 of the dated activities, one mark per activity in the band of its first action point,
 * as precise as the data: a day is a dot, anything longer (a range of days, a month, a season, a year) a bar
 * over its whole span, and an open end fades out towards the edge.
 */
final class TimelineSection {

    private TimelineSection() {
    }

    static final LocalDate START = LocalDate.of(2012, 1, 1);
    static final LocalDate END = LocalDate.of(2018, 1, 1);
    private static final int LEFT = 170;
    private static final int WIDTH = 960;
    private static final int LANE = 13;
    private static final int BAND_GAP = 10;
    private static final int TOP = 24;

    static void write(Html h, Selection s) {
        Map<ActionPoint, List<Activity>> bands = new EnumMap<>(ActionPoint.class);
        int undated = 0;
        int outside = 0;
        for (Activity a : s.activities()) {
            if (a.period().isEmpty()) {
                undated++;
            } else if (!a.period().get().overlaps(START, END.minusDays(1))) {
                outside++;
            } else {
                bands.computeIfAbsent(a.actionPoints().iterator().next(), k -> new ArrayList<>()).add(a);
            }
        }
        h.open("section", "id", "timeline", "aria-labelledby", "timeline-h")
                .element("h2", "When", "id", "timeline-h")
                .element("p", "Dated activities from 2012 to 2017, in the band of their first action point. A dot "
                        + "is a single day; a bar spans a range of days, a month, a season or a year; a bar that "
                        + "fades has an open end. " + undated + " undated "
                        + (undated == 1 ? "activity is" : "activities are") + " not drawn"
                        + (outside > 0 ? ", nor " + outside + " outside these years" : "") + ".", "class", "note");
        int y = TOP;
        Html marks = new Html(20_000);
        Html labels = new Html(2_000);
        int drawn = 0;
        for (Map.Entry<ActionPoint, List<Activity>> band : bands.entrySet()) {
            List<Activity> acts = new ArrayList<>(band.getValue());
            acts.sort((x, z) -> x.period().get().compareTo(z.period().get()));
            List<Integer> laneEnds = new ArrayList<>();
            int bandTop = y;
            for (Activity a : acts) {
                EdtfPeriod p = a.period().get();
                double x0 = p.hasOpenStart() ? LEFT : x(max(p.earliest(), START));
                double x1 = p.hasOpenEnd() ? WIDTH : x(min(p.latest().plusDays(1), END));
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > x0 - 3) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(0);
                }
                laneEnds.set(lane, (int) Math.ceil(Math.max(x1, x0 + 8)));
                mark(marks, a, p, x0, x1, bandTop + lane * LANE + LANE / 2.0);
                drawn++;
            }
            int height = Math.max(1, laneEnds.size()) * LANE;
            labels.open("rect", "x", "0", "y", num(bandTop - 3), "width", String.valueOf(WIDTH), "height",
                    num(height + 6), "class", band.getKey().number() % 2 == 0 ? "band even" : "band").close("rect")
                    .element("text", band.getKey().number() + " " + band.getKey().shortName(), "x", "4", "y",
                            num(bandTop + 10), "class", "bandlabel");
            y = bandTop + height + BAND_GAP;
        }
        int height = y + 4;
        h.open("div", "class", "scroll").open("svg", "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%",
                        "role", "img", "aria-labelledby", "timeline-title", "id", "timeline-svg",
                        "class", "timeline")
                .element("title", "Timeline of " + drawn + " dated activities, 2012 to 2017", "id",
                        "timeline-title")
                .raw("<defs><linearGradient id=\"fade-r\"><stop offset=\"0\" stop-color=\"#3a6ea5\"/>"
                        + "<stop offset=\"1\" stop-color=\"#3a6ea5\" stop-opacity=\"0\"/></linearGradient>"
                        + "<linearGradient id=\"fade-l\"><stop offset=\"0\" stop-color=\"#3a6ea5\" stop-opacity=\"0\"/>"
                        + "<stop offset=\"1\" stop-color=\"#3a6ea5\"/></linearGradient></defs>")
                .raw(labels.toString());
        for (int year = START.getYear(); year <= END.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            h.open("line", "x1", num(x), "x2", num(x), "y1", "14", "y2", num(height), "class", "grid").close("line");
            if (year < END.getYear()) {
                h.element("text", String.valueOf(year), "x", num(x + 3), "y", "12", "class", "year");
            }
        }
        LocalDate asOf = s.dataset().metadata().asOf();
        if (!asOf.isBefore(START) && asOf.isBefore(END)) {
            double x = x(asOf);
            h.open("line", "x1", num(x), "x2", num(x), "y1", "14", "y2", num(height), "class", "asof").close("line")
                    .element("text", "report", "x", num(x + 3), "y", num(height - 2), "class", "asoflabel");
        }
        h.raw(marks.toString()).close("svg").close("div").close("section").newline();
    }

    private static void mark(Html h, Activity a, EdtfPeriod p, double x0, double x1, double cy) {
        String label = a.title() + " — " + PeriodLabels.describe(p) + " (" + p + ")";
        h.open("a", "href", "#" + ReportPage.anchor(a), "data-id", a.id(), "class", "mark")
                .element("title", label);
        if (PeriodLabels.isDay(p)) {
            h.open("circle", "cx", num(x0), "cy", num(cy), "r", "4").close("circle");
        } else {
            String open = p.hasOpenEnd() ? "open-end" : p.hasOpenStart() ? "open-start" : null;
            h.open("rect", "x", num(x0), "y", num(cy - 4), "width", num(Math.max(3, x1 - x0)), "height", "8",
                    "rx", "2", "class", open).close("rect");
        }
        h.close("a");
    }

    private static double x(LocalDate d) {
        double days = ChronoUnit.DAYS.between(START, END);
        return LEFT + (WIDTH - LEFT) * ChronoUnit.DAYS.between(START, d) / days;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }
}
