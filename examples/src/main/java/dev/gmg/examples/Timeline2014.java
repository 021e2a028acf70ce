package dev.gmg.examples;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 2014 timeline: every activity dated to the day (a day or a range of at most a month) that falls in 2014,
 * in date order, with its venue.
 *
 * <pre>
 * java -cp examples/target/gmg.jar dev.gmg.examples.Timeline2014
 * </pre>
 */
public final class Timeline2014 {

    private Timeline2014() {
    }

    /** Prints the timeline of 2014. */
    public static void main(String[] args) {
        print(Datasets.hld2014(), System.out);
    }

    static void print(Dataset dataset, PrintStream out) {
        LocalDate start = LocalDate.of(2014, 1, 1);
        LocalDate end = LocalDate.of(2014, 12, 31);
        List<Activity> events = ActivityIndex.of(dataset)
                .query(ActivityQuery.builder().within(start, end).build())
                .activities().stream()
                .filter(a -> a.period().map(Timeline2014::isEvent).orElse(false))
                .toList();
        out.println("2014 events dated to the day (" + events.size() + "):");
        for (Activity a : events) {
            EdtfPeriod p = a.period().orElseThrow();
            String where = a.places().stream().filter(pl -> pl.role().code().equals("venue"))
                    .map(pl -> pl.place().name()).collect(Collectors.joining(", "));
            out.printf("%-23s %s%s%n", p, a.title(), where.isEmpty() ? "" : " — " + where);
        }
    }

    /** A day, or a range of days no longer than a month: something that happens, not a programme. */
    static boolean isEvent(EdtfPeriod p) {
        String s = p.toString();
        boolean dayPrecision = s.length() == 10 || (s.length() == 21 && s.charAt(10) == '/');
        return dayPrecision && ChronoUnit.DAYS.between(p.earliest(), p.latest()) <= 31;
    }
}
