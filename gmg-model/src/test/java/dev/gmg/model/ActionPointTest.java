package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionPointTest {

    @Test
    void eightPointsNumberedOneToEightWithTheirReportSections() {
        assertThat(ActionPoint.values()).hasSize(8);
        for (ActionPoint p : ActionPoint.values()) {
            assertThat(ActionPoint.of(p.number())).isSameAs(p);
            assertThat(p.section()).isEqualTo("2." + p.number());
            assertThat(p.label()).isEqualTo(p.title()).isNotBlank();
        }
        assertThat(ActionPoint.of(2).title()).isEqualTo("Reduce the costs of labour migration");
        assertThat(ActionPoint.of(8).title()).isEqualTo("Enhance migration partnerships and cooperation");
    }

    @ParameterizedTest
    @CsvSource({
        "1, HUMAN_RIGHTS",
        "2.2, COSTS_OF_LABOUR_MIGRATION",
        "'  3 ', EXPLOITATION_AND_TRAFFICKING",
        "stranded migrants, STRANDED_MIGRANTS",
        "PUBLIC-PERCEPTIONS, PUBLIC_PERCEPTIONS",
        "Integrate migration into the development agenda, DEVELOPMENT_AGENDA",
        "evidence, EVIDENCE_BASE",
        "Partnerships, PARTNERSHIPS",
    })
    void looksUpByNumberSectionOrNameIgnoringCase(String text, ActionPoint expected) {
        assertThat(ActionPoint.parse(text)).isEqualTo(expected);
        assertThat(ActionPoint.find(text)).contains(expected);
    }

    @Test
    void refusesNumbersOutsideTheAgenda() {
        assertThatThrownBy(() -> ActionPoint.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 8").hasMessageContaining("0");
        assertThatThrownBy(() -> ActionPoint.of(9)).hasMessageContaining("9");
        assertThat(ActionPoint.find("9")).isEmpty();
        assertThat(ActionPoint.find("2.9")).isEmpty();
    }

    @Test
    void unknownNameSuggestsTheClosestCode() {
        assertThatThrownBy(() -> ActionPoint.parse("human-rigths"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown action point 'human-rigths', did you mean 'human-rights'?");
    }

    @Test
    void vocabulariesHaveCodesAndLabelsAndParseBothWays() {
        for (Class<? extends Enum<?>> type : java.util.List.of(AgencyKind.class, Role.class, PlaceRole.class,
                Status.class, ActivityKind.class, Theme.class, PlaceKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                Coded c = (Coded) e;
                assertThat(c.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(c.label()).isNotBlank();
            }
        }
        assertThat(Theme.parse("women-and-gender")).isEqualTo(Theme.WOMEN_AND_GENDER);
        assertThat(Theme.parse("Post-2015 development agenda")).isEqualTo(Theme.POST_2015_AGENDA);
        assertThat(ActivityKind.parse("standard-setting")).isEqualTo(ActivityKind.STANDARD_SETTING);
        assertThat(Role.parse("LEAD")).isEqualTo(Role.LEAD);
        assertThatThrownBy(() -> Status.parse("planed"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown status 'planed', did you mean 'planned'?");
        assertThatThrownBy(() -> Role.parse("sponsor"))
                .hasMessage("unknown role 'sponsor'; expected one of: lead, partner, funder, host");
    }
}
