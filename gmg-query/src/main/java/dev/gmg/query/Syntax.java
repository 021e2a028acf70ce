package dev.gmg.query;

import dev.gmg.model.Coded;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The lexical side of the query language, shared by the printer (the leaves' {@code toString}) and the parser. */
final class Syntax {

    /** Every leaf name, for "did you mean" and the documentation. */
    static final List<String> NAMES = List.of("all", "point", "agency", "exact-agency", "role", "agency-kind",
            "gmg-member", "country", "region", "region-within", "global", "place-role", "placeless", "overlaps",
            "within", "starts", "undated", "precision", "status", "kind", "theme", "text", "source", "part-of",
            "related", "id", "sdg", "gcm", "outcome");

    /** Leaves written without a value. */
    static final List<String> BARE = List.of("all", "gmg-member", "global", "placeless", "undated");

    /** Leaves that take {@code /role,role} after the value. */
    static final List<String> WITH_ROLES = List.of("agency", "exact-agency", "agency-kind", "gmg-member", "country",
            "region", "region-within", "global", "sdg", "gcm");

    private static final Pattern BARE_VALUE = Pattern.compile("[\\p{L}\\p{N}._#*'+-]+");

    private Syntax() {
    }

    /** A value as written after {@code name:}: bare when it is one plain word, otherwise in double quotes. */
    static String value(String v) {
        if (BARE_VALUE.matcher(v).matches()) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code /lead,partner}, or nothing for no roles. */
    static String roles(Collection<? extends Coded> roles) {
        return roles.isEmpty() ? "" : roles.stream().map(Coded::code).collect(Collectors.joining(",", "/", ""));
    }

    /**
     * A date range as EDTF text that reads back to it, in whole years or whole months when both ends allow it:
     * {@code 2014}, {@code 2013/2016}, {@code 2014-01/2014-06}, {@code 2014-01-10/2014-03-31}, {@code 2014/..},
     * {@code ..} for no bound at all.
     */
    static String range(LocalDate from, LocalDate to) {
        boolean openStart = from.equals(LocalDate.MIN);
        boolean openEnd = to.equals(LocalDate.MAX);
        if (openStart && openEnd) {
            return "..";
        }
        boolean years = (openStart || from.getDayOfYear() == 1)
                && (openEnd || (to.getMonthValue() == 12 && to.getDayOfMonth() == 31));
        boolean months = (openStart || from.getDayOfMonth() == 1)
                && (openEnd || to.equals(YearMonth.from(to).atEndOfMonth()));
        String a = openStart ? ".." : years ? String.format("%04d", from.getYear())
                : months ? YearMonth.from(from).toString() : from.toString();
        String b = openEnd ? ".." : years ? String.format("%04d", to.getYear())
                : months ? YearMonth.from(to).toString() : to.toString();
        return a.equals(b) ? a : a + "/" + b;
    }

}
