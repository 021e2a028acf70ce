package dev.gmg.report;

import dev.gmg.model.EdtfPeriod;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Says how precise a period is in words ("day", "month", "autumn", "open end"), read from its EDTF form: the
 * model keeps the precision of each end to itself, and the page must show it honestly.
 */
final class PeriodLabels {

    private PeriodLabels() {
    }

    /** The period in words, for example "the autumn of 2013", "June 2014", "from March 2014, open end". */
    static String describe(EdtfPeriod period) {
        String text = period.toString();
        int slash = text.indexOf('/');
        if (slash < 0) {
            return bound(text);
        }
        String from = text.substring(0, slash);
        String to = text.substring(slash + 1);
        if (from.equals("..") || from.isEmpty()) {
            return "until " + bound(to) + (from.isEmpty() ? ", start unknown" : ", open start");
        }
        if (to.equals("..") || to.isEmpty()) {
            return "from " + bound(from) + (to.isEmpty() ? ", end unknown" : ", open end");
        }
        return bound(from) + " to " + bound(to);
    }

    /** True when the period is one day: a point on the timeline. */
    static boolean isDay(EdtfPeriod period) {
        return !period.isInterval() && period.earliest().equals(period.latest());
    }

    private static String bound(String edtf) {
        int year = Integer.parseInt(edtf.substring(0, 4));
        if (edtf.length() == 4) {
            return String.valueOf(year);
        }
        int group = Integer.parseInt(edtf.substring(5, 7));
        if (edtf.length() == 10) {
            return Integer.parseInt(edtf.substring(8, 10)) + " " + month(group) + " " + year;
        }
        if (group <= 12) {
            return month(group) + " " + year;
        }
        if (group <= 24) {
            return new String[] {"spring", "summer", "autumn", "winter"}[group - 21] + " " + year;
        }
        if (group <= 36) {
            return new String[] {"first", "second", "third", "fourth"}[group - 33] + " quarter of " + year;
        }
        return (group == 40 ? "first" : "second") + " half of " + year;
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
