package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfPeriodTest {

    @ParameterizedTest(name = "{0} is {1}..{2}")
    @CsvSource({
        "2014-11-10,            2014-11-10, 2014-11-10",
        "2014-11-10/2014-11-14, 2014-11-10, 2014-11-14",
        "2014-06,               2014-06-01, 2014-06-30",
        "2014-02,               2014-02-01, 2014-02-28",
        "2016-02,               2016-02-01, 2016-02-29",
        "2013-21,               2013-03-01, 2013-05-31",
        "2013-22,               2013-06-01, 2013-08-31",
        "2013-23,               2013-09-01, 2013-11-30",
        "2013-24,               2013-12-01, 2014-02-28",
        "2014-33,               2014-01-01, 2014-03-31",
        "2014-36,               2014-10-01, 2014-12-31",
        "2014-40,               2014-01-01, 2014-06-30",
        "2014-41,               2014-07-01, 2014-12-31",
        "2014,                  2014-01-01, 2014-12-31",
        "2014/2017,             2014-01-01, 2017-12-31",
        "2013-11/2014-02,       2013-11-01, 2014-02-28",
        "2013-23/2014,          2013-09-01, 2014-12-31",
    })
    void everyFormRoundTripsAndHasBounds(String text, LocalDate earliest, LocalDate latest) {
        EdtfPeriod p = EdtfPeriod.parse(text);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(p).isEqualTo(EdtfPeriod.parse(text)).hasSameHashCodeAs(EdtfPeriod.parse(text));
        assertThat(p.earliest()).isEqualTo(earliest);
        assertThat(p.latest()).isEqualTo(latest);
        assertThat(p.hasOpenStart()).isFalse();
        assertThat(p.hasOpenEnd()).isFalse();
        assertThat(p.isInterval()).isEqualTo(text.contains("/"));
    }

    @ParameterizedTest
    @CsvSource({"2014/..", "2014-06/", "2014-05-01/.."})
    void openOrUnknownEndHasNoUpperBound(String text) {
        EdtfPeriod p = EdtfPeriod.parse(text);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(p.hasOpenEnd()).isTrue();
        assertThat(p.latest()).isEqualTo(LocalDate.MAX);
        assertThat(p.contains(LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2013, 12, 31))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"../2015", "/2015"})
    void openOrUnknownStartHasNoLowerBound(String text) {
        EdtfPeriod p = EdtfPeriod.parse(text);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(p.hasOpenStart()).isTrue();
        assertThat(p.earliest()).isEqualTo(LocalDate.MIN);
        assertThat(p.latest()).isEqualTo(LocalDate.of(2015, 12, 31));
    }

    @Test
    void fallOf2013OverlapsOctoberButNotJuly() {
        EdtfPeriod fall = EdtfPeriod.parse("2013-23");
        assertThat(fall.overlaps(LocalDate.of(2013, 10, 1), LocalDate.of(2013, 10, 31))).isTrue();
        assertThat(fall.overlaps(LocalDate.of(2013, 7, 1), LocalDate.of(2013, 7, 31))).isFalse();
    }

    @Test
    void overlapAndContainmentAgainstADateRange() {
        EdtfPeriod meeting = EdtfPeriod.parse("2014-11-10/2014-11-14");
        LocalDate jan = LocalDate.of(2014, 1, 1);
        LocalDate dec = LocalDate.of(2014, 12, 31);
        assertThat(meeting.overlaps(jan, dec)).isTrue();
        assertThat(meeting.isWithin(jan, dec)).isTrue();
        assertThat(meeting.overlaps(LocalDate.of(2014, 11, 14), LocalDate.of(2014, 11, 20))).isTrue();
        assertThat(meeting.isWithin(LocalDate.of(2014, 11, 14), LocalDate.of(2014, 11, 20))).isFalse();
        assertThat(meeting.overlaps(LocalDate.of(2014, 11, 15), LocalDate.of(2014, 11, 20))).isFalse();
        EdtfPeriod programme = EdtfPeriod.parse("2014/2017");
        assertThat(programme.overlaps(jan, dec)).isTrue();
        assertThat(programme.isWithin(jan, dec)).isFalse();
        assertThat(programme.overlaps(meeting)).isTrue();
        assertThat(EdtfPeriod.parse("2014/..").isWithin(jan, dec)).isFalse();
        assertThatThrownBy(() -> meeting.overlaps(dec, jan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void factoriesProduceCanonicalText() {
        assertThat(EdtfPeriod.of(LocalDate.of(2014, 4, 7))).hasToString("2014-04-07");
        assertThat(EdtfPeriod.between(LocalDate.of(2014, 6, 16), LocalDate.of(2014, 6, 27)))
                .hasToString("2014-06-16/2014-06-27");
        assertThat(EdtfPeriod.ofYear(2015)).hasToString("2015");
    }

    @Test
    void ordersByEarliestThenLatest() {
        assertThat(java.util.stream.Stream.of("2014", "2013-23", "2014-06", "2014-01-01/2014-01-02")
                .map(EdtfPeriod::parse).sorted().map(EdtfPeriod::toString))
                .containsExactly("2013-23", "2014-01-01/2014-01-02", "2014", "2014-06");
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}")
    @CsvSource(delimiter = '|', value = {
        "''|0|empty",
        "14|0|four-digit year",
        "2014-1|5|two-digit month",
        "2014-13|5|'13' is neither a month",
        "2014-25|5|'25' is neither a month",
        "2014-00|5|'00' is neither a month",
        "2014-02-30|8|day must be 01 to 28",
        "2014-11-10/2014-11-01|11|ends (2014-11-01) before it starts (2014-11-10)",
        "2015/2014|5|ends",
        "2014-06-1|8|two-digit day",
        "2014?|4|qualifiers",
        "2014~|4|qualifiers",
        "fall 2013|0|unexpected character 'f'",
        "2014/2015/2016|9|exactly one '/'",
        "../..|0|at least one end",
        "..|0|only allowed in an interval",
        "2014-05-01T10:00|10|unexpected character 'T'",
        "201a|3|unexpected character 'a'",
        "2014-21-01|5|month must be 01 to 12",
    })
    void badTextNamesTheInputAndThePositionOfTheFault(String text, int index, String message) {
        assertThatThrownBy(() -> EdtfPeriod.parse(text))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                    assertThat(e.getParsedString()).isEqualTo(text);
                    assertThat(e.getErrorIndex()).isEqualTo(index);
                })
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("index " + index)
                .hasMessageContaining(message);
    }
}
