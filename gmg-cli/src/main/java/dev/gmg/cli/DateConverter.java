package dev.gmg.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a day written {@code YYYY-MM-DD} and, when it is not one, says which part is wrong in words a person reads
 * ("month 13 does not exist"), where picocli's default would print a Java exception.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new TypeConversionException("'" + value + "' is not a day; expected YYYY-MM-DD, such as 2014-06-30");
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(5, 7));
        int day = Integer.parseInt(value.substring(8, 10));
        if (month < 1 || month > 12) {
            throw new TypeConversionException("'" + value + "' is not a day: month " + month + " does not exist");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new TypeConversionException("'" + value + "' is not a day: " + ym.getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year + " has "
                    + ym.lengthOfMonth() + " days");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a day");
        }
    }
}
