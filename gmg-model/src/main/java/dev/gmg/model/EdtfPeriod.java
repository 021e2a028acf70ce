package dev.gmg.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date as the report gives it, in the EDTF notation of ISO 8601-2: exactly as precise as the source, with
 * {@link #earliest()} and {@link #latest()} bounds for reasoning about overlap and containment.
 *
 * <p>Supported forms (the subset the report needs):
 * <table>
 * <caption>EDTF forms</caption>
 * <tr><th>form</th><th>example</th><th>meaning</th></tr>
 * <tr><td>day</td><td>{@code 2014-11-10}</td><td>one day</td></tr>
 * <tr><td>month</td><td>{@code 2014-06}</td><td>a calendar month</td></tr>
 * <tr><td>year</td><td>{@code 2014}</td><td>a calendar year</td></tr>
 * <tr><td>season (level 1)</td><td>{@code 2013-23}</td><td>21 spring, 22 summer, 23 autumn, 24 winter</td></tr>
 * <tr><td>quarter (level 2)</td><td>{@code 2014-33}</td><td>33 to 36: first to fourth quarter</td></tr>
 * <tr><td>semester (level 2)</td><td>{@code 2014-40}</td><td>40 first half, 41 second half</td></tr>
 * <tr><td>interval</td><td>{@code 2014-11-10/2014-11-14}, {@code 2014/2017}</td><td>from the start of the
 * first to the end of the second</td></tr>
 * <tr><td>open end (level 1)</td><td>{@code 2014/..}, {@code ../2014}</td><td>no bound on that side</td></tr>
 * <tr><td>unknown end (level 1)</td><td>{@code 2014/}, {@code /2014}</td><td>a bound exists but is not
 * known</td></tr>
 * </table>
 *
 * <p><b>Seasons</b> follow the meteorological seasons of the northern hemisphere, where every place the report
 * dates by season lies: spring is March to May, summer June to August, autumn September to November, and
 * winter December of the year to the end of February of the next year. (Some EDTF libraries map seasons to
 * calendar quarters instead; we do not, because "the fall of 2013" does not include July.)
 *
 * <p>An open or unknown end has no bound: {@link #earliest()} is then {@link LocalDate#MIN} and
 * {@link #latest()} {@link LocalDate#MAX}, so comparisons keep working. {@link #hasOpenStart()} and
 * {@link #hasOpenEnd()} tell these cases apart from real dates.
 *
 * <p>Parsing and printing are symmetric: {@code EdtfPeriod.parse(s).toString().equals(s)} for every accepted
 * {@code s}. Input that is not in canonical form (for example {@code 2014-6}) is rejected rather than
 * normalised.
 */
public final class EdtfPeriod implements Comparable<EdtfPeriod> {

    /** The precision of one end of a period. */
    enum Precision { DAY, MONTH, SEASON, QUARTER, SEMESTER, YEAR, OPEN, UNKNOWN }

    private final String text;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final boolean interval;

    private EdtfPeriod(String text, LocalDate earliest, LocalDate latest, boolean interval) {
        this.text = text;
        this.earliest = earliest;
        this.latest = latest;
        this.interval = interval;
    }

    /**
     * Parses an EDTF string.
     *
     * @param text an EDTF string such as {@code 2014-11-10/2014-11-14} or {@code 2013-23}
     * @return the period
     * @throws DateTimeParseException naming the input and the index of the fault, for text outside the supported
     *     forms or an interval that ends before it starts
     * @throws NullPointerException if {@code text} is null
     */
    public static EdtfPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.isEmpty()) {
            throw error(s, 0, "empty; expected an EDTF date such as 2014-11-10, 2014-06, 2014 or 2014/2017");
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            Bound b = parseBound(s, 0, s.length());
            if (b.precision == Precision.OPEN || b.precision == Precision.UNKNOWN) {
                throw error(s, 0, "an open or unknown end is only allowed in an interval");
            }
            return new EdtfPeriod(s, b.start, b.end, false);
        }
        if (s.indexOf('/', slash + 1) >= 0) {
            throw error(s, s.indexOf('/', slash + 1), "an interval has exactly one '/'");
        }
        Bound from = parseBound(s, 0, slash);
        Bound to = parseBound(s, slash + 1, s.length());
        boolean fromUnbounded = from.start == null;
        boolean toUnbounded = to.start == null;
        if (fromUnbounded && toUnbounded) {
            throw error(s, 0, "at least one end of an interval must be a date");
        }
        LocalDate earliest = fromUnbounded ? LocalDate.MIN : from.start;
        LocalDate latest = toUnbounded ? LocalDate.MAX : to.end;
        if (!fromUnbounded && !toUnbounded && to.end.isBefore(from.start)) {
            throw error(s, slash + 1, "the interval ends (" + to.end + ") before it starts (" + from.start + ")");
        }
        return new EdtfPeriod(s, earliest, latest, true);
    }

    /**
     * A single day.
     *
     * @param day the day
     * @return the period of that one day
     */
    public static EdtfPeriod of(LocalDate day) {
        return parse(day.toString());
    }

    /**
     * An interval of days, {@code from} to {@code to} inclusive.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the interval
     */
    public static EdtfPeriod between(LocalDate from, LocalDate to) {
        return parse(from + "/" + to);
    }

    /**
     * A calendar year.
     *
     * @param year the year
     * @return the period of that year
     */
    public static EdtfPeriod ofYear(int year) {
        return parse(String.format("%04d", year));
    }

    private record Bound(Precision precision, LocalDate start, LocalDate end) {
    }

    private static final Bound UNKNOWN = new Bound(Precision.UNKNOWN, null, null);
    private static final Bound OPEN = new Bound(Precision.OPEN, null, null);

    /** The bound written in {@code whole} from index {@code from} to {@code to}; errors give indexes in whole. */
    private static Bound parseBound(String whole, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return UNKNOWN;
        }
        if (length == 2 && whole.charAt(from) == '.' && whole.charAt(from + 1) == '.') {
            return OPEN;
        }
        for (int i = from; i < to; i++) {
            char c = whole.charAt(i);
            if (c == '?' || c == '~' || c == '%') {
                throw error(whole, i, "qualifiers (? ~ %) are not supported");
            }
            if (!(c >= '0' && c <= '9') && c != '-') {
                throw error(whole, i, "unexpected character '" + c + "'");
            }
        }
        if (length < 4 || !isDigits(whole, from, from + 4)) {
            throw error(whole, from, "expected a four-digit year");
        }
        int year = number(whole, from, 4);
        if (length == 4) {
            return new Bound(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (whole.charAt(from + 4) != '-') {
            throw error(whole, from + 4, "expected '-' after the year");
        }
        if (length < 7 || !isDigits(whole, from + 5, from + 7) || (length > 7 && whole.charAt(from + 7) != '-')) {
            throw error(whole, from + 5, "expected a two-digit month (01-12) or sub-year group (21-24, 33-36, 40-41)");
        }
        int group = number(whole, from + 5, 2);
        if (length == 7) {
            return subYear(year, group, whole, from + 5);
        }
        if (group < 1 || group > 12) {
            throw error(whole, from + 5, "month must be 01 to 12 when a day follows, was "
                    + whole.substring(from + 5, from + 7));
        }
        if (length != 10 || !isDigits(whole, from + 8, from + 10)) {
            throw error(whole, from + 8, "expected a two-digit day");
        }
        int day = number(whole, from + 8, 2);
        // LocalDate rather than YearMonth, whose class initialisation builds a DateTimeFormatter: parsing runs
        // on every start of the command line
        int days = LocalDate.of(year, group, 1).lengthOfMonth();
        if (day < 1 || day > days) {
            throw error(whole, from + 8, "day must be 01 to " + days + " in " + YearMonth.of(year, group)
                    + ", was " + whole.substring(from + 8, from + 10));
        }
        LocalDate d = LocalDate.of(year, group, day);
        return new Bound(Precision.DAY, d, d);
    }

    private static Bound subYear(int year, int group, String whole, int index) {
        if (group >= 1 && group <= 12) {
            return new Bound(Precision.MONTH, LocalDate.of(year, group, 1), lastDay(year, group));
        }
        if (group >= 21 && group <= 24) {
            int startMonth = 3 + (group - 21) * 3;
            return new Bound(Precision.SEASON, LocalDate.of(year, startMonth, 1), lastDay(year, startMonth + 2));
        }
        if (group >= 33 && group <= 36) {
            int startMonth = 1 + (group - 33) * 3;
            return new Bound(Precision.QUARTER, LocalDate.of(year, startMonth, 1), lastDay(year, startMonth + 2));
        }
        if (group == 40 || group == 41) {
            int startMonth = group == 40 ? 1 : 7;
            return new Bound(Precision.SEMESTER, LocalDate.of(year, startMonth, 1), lastDay(year, startMonth + 5));
        }
        throw error(whole, index, "'" + String.format("%02d", group) + "' is neither a month (01-12) nor a"
                + " supported sub-year group (21-24 seasons, 33-36 quarters, 40-41 halves)");
    }

    /** The last day of a month, counted on from the year's January: month 14 is February of the next year. */
    private static LocalDate lastDay(int year, int month) {
        int y = month > 12 ? year + 1 : year;
        int m = month > 12 ? month - 12 : month;
        LocalDate first = LocalDate.of(y, m, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    /** The number written with {@code digits} decimal digits from {@code from}, already checked to be digits. */
    private static int number(String s, int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static boolean isDigits(String s, int from, int to) {
        if (s.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static DateTimeParseException error(String text, int index, String what) {
        return new DateTimeParseException("Text '" + text + "' is not a supported EDTF date at index " + index
                + ": " + what, text, index);
    }

    /** {@return the first day the period may include; {@link LocalDate#MIN} for an open or unknown start} */
    public LocalDate earliest() {
        return earliest;
    }

    /** {@return the last day the period may include; {@link LocalDate#MAX} for an open or unknown end} */
    public LocalDate latest() {
        return latest;
    }

    /** {@return true when the period has no known start ({@code ../2014} or {@code /2014})} */
    public boolean hasOpenStart() {
        return earliest.equals(LocalDate.MIN);
    }

    /** {@return true when the period has no known end ({@code 2014/..} or {@code 2014/})} */
    public boolean hasOpenEnd() {
        return latest.equals(LocalDate.MAX);
    }

    /** {@return true for an interval written with '/', false for a single date of any precision} */
    public boolean isInterval() {
        return interval;
    }

    /**
     * True when the period and the inclusive range {@code from..to} share at least one day.
     *
     * @param from the range's first day
     * @param to the range's last day
     * @return whether they share a day
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return !earliest.isAfter(to) && !latest.isBefore(from);
    }

    /**
     * True when every day the period may include lies in the inclusive range {@code from..to}.
     *
     * @param from the range's first day
     * @param to the range's last day
     * @return whether the period lies inside the range
     */
    public boolean isWithin(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return !earliest.isBefore(from) && !latest.isAfter(to);
    }

    /**
     * True when the period may include {@code day}.
     *
     * @param day the day
     * @return whether the day lies between the earliest and latest bounds
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /**
     * True when the two periods share at least one day.
     *
     * @param other another period
     * @return whether they share a day
     */
    public boolean overlaps(EdtfPeriod other) {
        return overlaps(other.earliest, other.latest);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Orders by earliest day, then latest day, then text. */
    @Override
    public int compareTo(EdtfPeriod o) {
        int c = earliest.compareTo(o.earliest);
        if (c == 0) {
            c = latest.compareTo(o.latest);
        }
        return c != 0 ? c : text.compareTo(o.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdtfPeriod p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The EDTF string, exactly as parsed. */
    @Override
    public String toString() {
        return text;
    }
}
