package dev.gmg.cli;

import dev.gmg.model.EdtfPeriod;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Human labels for values that data files hold as codes. */
final class Labels {

    private Labels() {
    }

    /**
     * A period as a person would write it: "10–14 Nov 2014", "Jun 2014", "Autumn 2013", "H1 2014",
     * "2014–2017", "from 2014".
     */
    static String period(EdtfPeriod period) {
        String text = period.toString();
        int slash = text.indexOf('/');
        if (slash < 0) {
            return single(text);
        }
        String from = text.substring(0, slash);
        String to = text.substring(slash + 1);
        if (from.isEmpty() || from.equals("..")) {
            return "until " + single(to);
        }
        if (to.isEmpty() || to.equals("..")) {
            return "from " + single(from);
        }
        if (from.length() == 10 && to.length() == 10) {
            LocalDate a = LocalDate.parse(from);
            LocalDate b = LocalDate.parse(to);
            if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
                return a.getDayOfMonth() + "–" + b.getDayOfMonth() + " " + month(a) + " " + a.getYear();
            }
            if (a.getYear() == b.getYear()) {
                return a.getDayOfMonth() + " " + month(a) + "–" + b.getDayOfMonth() + " " + month(b) + " "
                        + a.getYear();
            }
        }
        return single(from) + "–" + single(to);
    }

    private static String single(String text) {
        if (text.length() == 4) {
            return text;
        }
        if (text.length() == 10) {
            LocalDate d = LocalDate.parse(text);
            return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
        }
        String year = text.substring(0, 4);
        int group = Integer.parseInt(text.substring(5, 7));
        if (group <= 12) {
            return month(LocalDate.of(Integer.parseInt(year), group, 1)) + " " + year;
        }
        if (group >= 21 && group <= 24) {
            return new String[] {"Spring", "Summer", "Autumn", "Winter"}[group - 21] + " " + year;
        }
        if (group >= 33 && group <= 36) {
            return "Q" + (group - 32) + " " + year;
        }
        return "H" + (group - 39) + " " + year;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
