package dev.gmg.query;

import static dev.gmg.query.Filters.agency;
import static dev.gmg.query.Filters.and;
import static dev.gmg.query.Filters.not;
import static dev.gmg.query.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language: what the factories print, what the parser reads, and the errors it gives. */
class FilterLanguageTest {

    @Test
    void theIssuesExamplesReadAsTheTreesTheyName() {
        assertThat(ActivityFilter.parse("point:7 AND region:Africa AND overlaps:2014 AND NOT status:completed"))
                .isEqualTo(and(Filters.actionPoint(ActionPoint.EVIDENCE_BASE), Filters.region("Africa"),
                        Filters.overlaps(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)),
                        not(Filters.status(Status.COMPLETED))));
        assertThat(ActivityFilter.parse("agency:UNICEF/lead AND agency:OHCHR/partner"))
                .isEqualTo(agency("UNICEF", Role.LEAD).and(agency("OHCHR", Role.PARTNER)));
        assertThat(ActivityFilter.parse("source:2.7#11")).isEqualTo(Filters.source("2.7", 11));
        assertThat(ActivityFilter.parse("(region:Africa OR global) AND NOT status:completed"))
                .isEqualTo(and(or(Filters.region("Africa"), Filters.global()), not(Filters.status(Status.COMPLETED))));
    }

    @Test
    void factoriesPrintTheLanguage() {
        assertThat(Filters.region("Arab region", PlaceRole.SCOPE, PlaceRole.TARGET))
                .hasToString("region:\"Arab region\"/target,scope");
        assertThat(Filters.exactAgency("UN Women", Role.FUNDER, Role.LEAD)).hasToString("exact-agency:\"UN Women\"/lead,funder");
        assertThat(Filters.agencyKind(AgencyKind.REGIONAL_COMMISSION)).hasToString("agency-kind:regional-commission");
        assertThat(Filters.gmgMember(Role.LEAD)).hasToString("gmg-member/lead");
        assertThat(Filters.startsWithin(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30))).hasToString("starts:2014-06");
        assertThat(Filters.within(LocalDate.of(2013, 3, 1), LocalDate.MAX)).hasToString("within:2013-03/..");
        assertThat(Filters.overlaps(LocalDate.of(2014, 1, 10), LocalDate.of(2014, 1, 10))).hasToString("overlaps:2014-01-10");
        assertThat(Filters.overlaps(LocalDate.MIN, LocalDate.MAX)).hasToString("overlaps:..");
        assertThat(Filters.precision(DatePrecision.HALF_YEAR)).hasToString("precision:half-year");
        assertThat(Filters.text("Réfugiés, camps")).hasToString("text:\"refugies camps\"");
        assertThat(Filters.source("3")).hasToString("source:3");
        assertThat(not(not(Filters.undated()))).hasToString("NOT NOT undated");
        assertThat(and(or(Filters.placeless(), Filters.all()), not(and(Filters.id("a"), Filters.partOf("b")))))
                .hasToString("(placeless OR all) AND NOT (id:a AND part-of:b)");
    }

    @Test
    void keywordsAndNamesIgnoreCaseAndSpacing() {
        assertThat(ActivityFilter.parse("  point:human-rights and not  ( Status:PLANNED or theme:Health )"))
                .hasToString("point:1 AND NOT (status:planned OR theme:health)");
    }

    @Test
    void nestedAndsAndOrsFlattenTheSameWayWhenReadAndWhenMade() {
        ActivityFilter a = Filters.undated();
        ActivityFilter b = Filters.placeless();
        ActivityFilter c = Filters.global();
        assertThat(ActivityFilter.parse("undated AND (placeless AND global)")).isEqualTo(and(a, and(b, c)))
                .isEqualTo(a.and(b).and(c)).hasToString("undated AND placeless AND global");
    }

    @Test
    void everyRandomTreeReadsBackEqual() {
        SplittableRandom random = new SplittableRandom(2014);
        var dataset = RandomFilters.withLinks(dev.gmg.io.Datasets.hld2014(), random);
        RandomFilters trees = new RandomFilters(random, dataset);
        for (int i = 0; i < 3_000; i++) {
            ActivityFilter f = trees.tree(random.nextInt(6));
            ActivityFilter back = ActivityFilter.parse(f.toString());
            assertThat(back).as("read back of %s", f).isEqualTo(f).hasSameHashCodeAs(f);
            assertThat(back.toString()).isEqualTo(f.toString());
        }
    }

    @Test
    void oddNamesAreQuotedAndEscaped() {
        ActivityFilter f = agency("a \"quoted\" \\ name/with slash", Role.HOST).or(Filters.partOf("x(y)"));
        assertThat(f).hasToString("agency:\"a \\\"quoted\\\" \\\\ name/with slash\"/host OR part-of:\"x(y)\"");
        assertThat(ActivityFilter.parse(f.toString())).isEqualTo(f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pont:7|0|unknown filter 'pont'|point",
        "point:7 ANDD region:Africa|8|found 'ANDD'|",
        "point:9|6|unknown action point '9'|",
        "status:plannd|7|unknown status 'plannd'|planned",
        "agency:UNICEF/leed|14|unknown role 'leed'|lead",
        "region:Africa/venu|14|unknown place role 'venu'|venue",
        "overlaps:2014-13|14|'2014-13' is not a date range|",
        "(point:7 OR point:8|19|the text ends inside '('|",
        "point:7 AND|11|the text ends|",
        "text:\"abc|5|never closed|",
        "global:x|6|'global' takes no value|",
        "point|5|'point' needs ':' and a value|",
        "source:2.7#x|11|'x' is not a paragraph number|",
        "AND point:7|0|found 'AND' where a filter should be|",
    })
    void errorsNameTheOffsetWhatWasExpectedAndTheClosestName(String text, int offset, String problem,
            String suggestion) {
        assertThatThrownBy(() -> ActivityFilter.parse(text)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("at offset " + offset).hasMessageContaining(problem)
                .hasMessageContaining("expected")
                .satisfies(e -> {
                    QuerySyntaxException q = (QuerySyntaxException) e;
                    assertThat(q.offset()).isEqualTo(offset);
                    assertThat(q.input()).isEqualTo(text);
                    assertThat(q.expected()).isNotBlank();
                    assertThat(q.pointer()).endsWith(" ".repeat(Math.min(offset, text.length())) + "^");
                    if (suggestion != null) {
                        assertThat(q.suggestions()).contains(suggestion);
                        assertThat(q.getMessage()).contains("did you mean '" + suggestion + "'");
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "()", "NOT", "point:7 OR", "region:"})
    void incompleteTextIsASyntaxError(String text) {
        assertThatThrownBy(() -> ActivityFilter.parse(text)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("expected");
    }

    @Test
    void theReadmesExamplesParseAndRunOnTheBundledData() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String marker = "Examples:\n\n```\n";
        String block = readme.substring(readme.indexOf(marker) + marker.length());
        block = block.substring(0, block.indexOf("```"));
        var hld = dev.gmg.io.Datasets.hld2014();
        var index = ActivityIndex.of(hld);
        assertThat(block.lines()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(line -> {
            ActivityFilter f = ActivityFilter.parse(line);
            assertThat(f).hasToString(line);
            index.query(ActivityQuery.of(f));
        });
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedByTheFactories() {
        assertThatThrownBy(() -> Filters.overlaps(LocalDate.of(2014, 2, 1), LocalDate.of(2014, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends (2014-01-01) before it starts");
        assertThatThrownBy(() -> Filters.text(" ,; ")).hasMessageContaining("needs at least one word");
        assertThatThrownBy(() -> Filters.source("2.10")).hasMessageContaining("not a section number");
        assertThatThrownBy(() -> Filters.or()).hasMessageContaining("at least one");
        assertThat(Filters.and()).isEqualTo(Filters.all());
    }
}
