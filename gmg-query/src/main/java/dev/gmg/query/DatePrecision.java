package dev.gmg.query;

import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.internal.Suggestions;
import java.util.Arrays;
import java.util.Locale;

/**
 * How precisely the report dates an activity: the coarsest end of its period. {@code 2014-11-10/2014-11-14} is
 * {@link #DAY}, {@code 2014-06} {@link #MONTH}, {@code 2013-23} (autumn) {@link #SEASON}, {@code 2014-40} (first
 * half) {@link #HALF_YEAR}, {@code 2013/2016} {@link #YEAR}, and a period with an open or unknown end
 * ({@code 2014/..}) {@link #OPEN}. "Only precisely dated events" is {@code precision:day}.
 */
public enum DatePrecision {
    /** Both ends are days. */
    DAY,
    /** The coarsest end is a month. */
    MONTH,
    /** The coarsest end is a season (EDTF 21-24). */
    SEASON,
    /** The coarsest end is a quarter (EDTF 33-36). */
    QUARTER,
    /** The coarsest end is a half-year (EDTF 40-41). */
    HALF_YEAR,
    /** The coarsest end is a year. */
    YEAR,
    /** One end is open or unknown. */
    OPEN;

    /**
     * The precision of a period, read from its EDTF form.
     *
     * @param period a period
     * @return its coarsest end's precision
     */
    public static DatePrecision of(EdtfPeriod period) {
        if (period.hasOpenStart() || period.hasOpenEnd()) {
            return OPEN;
        }
        DatePrecision coarsest = DAY;
        for (String end : period.toString().split("/")) {
            DatePrecision p = ofEnd(end);
            if (p.ordinal() > coarsest.ordinal()) {
                coarsest = p;
            }
        }
        return coarsest;
    }

    private static DatePrecision ofEnd(String end) {
        if (end.length() == 4) {
            return YEAR;
        }
        if (end.length() == 10) {
            return DAY;
        }
        int group = Integer.parseInt(end.substring(5, 7));
        return group <= 12 ? MONTH : group <= 24 ? SEASON : group <= 36 ? QUARTER : HALF_YEAR;
    }

    /** @return the code used in the query language: {@code day}, {@code half-year} ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The precision with this code, ignoring case and punctuation.
     *
     * @param text a code such as {@code day} or {@code half-year}
     * @return the precision
     * @throws IllegalArgumentException naming the input and the closest codes
     */
    public static DatePrecision parse(String text) {
        for (DatePrecision p : values()) {
            if (Suggestions.key(p.code()).equals(Suggestions.key(text))) {
                return p;
            }
        }
        var codes = Arrays.stream(values()).map(DatePrecision::code).toList();
        String hint = Suggestions.didYouMean(Suggestions.suggest(text, codes));
        throw new IllegalArgumentException("unknown date precision '" + text + "', "
                + (hint.isEmpty() ? "expected one of: " + String.join(", ", codes) : hint));
    }

    @Override
    public String toString() {
        return code();
    }
}
