package dev.gmg.io;

import static dev.gmg.io.ReportFactsTest.activity;
import static dev.gmg.io.ReportFactsTest.agencies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.Role;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Participants and roles of the activities first cited from sections 2.7 and 2.8, as the second pass over them left
 * them (DATASET.md, "Second pass: sections 2.7 and 2.8"). Each test names the paragraph that decides the roles.
 * Activities are found by a phrase of their title, with {@link ReportFactsTest}'s helpers.
 */
@DisplayName("Second pass over participants and roles, sections 2.7 and 2.8")
class ParticipantAuditTest {

    // -------------------------------------------------------------------------------- changed by the pass

    @Test
    @DisplayName("2.7 ¶6: the CES seminar is the Conference's own; the Statistical Division is not named as working on"
            + " it")
    void cesSeminarIsTheConferences() {
        Activity seminar = activity("Conference of European Statisticians seminar");
        assertThat(seminar.agencyIds()).containsExactly("CES");
        assertThat(agencies(seminar, Role.LEAD)).containsExactly("CES");
        assertThat(seminar.partOf()).contains(activity("UNECE Statistical Division work").id());
    }

    @Test
    @DisplayName("2.7 ¶7: the monitoring of migrants' educational attainment names UIS only; UNESCO is reached through"
            + " UIS's parent")
    void educationForAllMonitoringIsUis() {
        Activity a = activity("educational attainment of migrants");
        assertThat(a.agencyIds()).containsExactly("UIS");
        assertThat(ReportFactsTest.dataset.agency("UIS").orElseThrow().parentId()).contains("UNESCO");
        // the OECD and the World Bank are named only as keepers of the data UIS can use
        assertThat(a.agencyIds()).doesNotContain("OECD", "World-Bank");
    }

    @Test
    @DisplayName("2.8 ¶5: ESCWA alone finalizes the mapping report; the Working Group's members are what it maps")
    void escwaMappingReportIsEscwas() {
        Activity report = activity("Mapping report of international migration initiatives");
        assertThat(report.agencyIds()).containsExactly("ESCWA");
        Activity group = activity("Co-chairing of the Working Group on International Migration in the Arab Region");
        assertThat(report.partOf()).contains(group.id());
        assertThat(agencies(group, Role.LEAD)).containsExactlyInAnyOrder("ESCWA", "LAS", "IOM", "WG-IM-ARAB");
    }

    @Test
    @DisplayName("2.8 ¶6: the countries of the region met in Montevideo; the report names no organiser of the"
            + " conference")
    void montevideoConferenceIsTheCountries() {
        Activity conference = activity("First Regional Conference on Population and Development");
        assertThat(agencies(conference, Role.LEAD)).containsExactly("MEMBER-STATES");
        assertThat(conference.agencyIds()).doesNotContain("ECLAC");
        assertThat(conference.summary()).doesNotContain("ECLAC");
        // ECLAC's own follow-up of the Consensus stays ECLAC's
        Activity followUp = activity("Montevideo Consensus follow-up");
        assertThat(followUp.agencyIds()).containsExactly("ECLAC");
        assertThat(followUp.related()).contains(conference.id());
    }

    @Test
    @DisplayName("2.8 ¶6: the countries that receive ECLAC's training and technical assistance are not its partners")
    void eclacTrainingBeneficiariesAreNotPartners() {
        Activity a = activity("Rights-based training and technical assistance");
        assertThat(a.agencyIds()).containsExactly("ECLAC");
    }

    @Test
    @DisplayName("2.8 ¶8: the Nansen Initiative is run by States; UNHCR and OHCHR support it")
    void nansenInitiativeIsStateRun() {
        Activity a = activity("Nansen Initiative");
        assertThat(agencies(a, Role.LEAD)).containsExactlyInAnyOrder("Nansen-Initiative", "MEMBER-STATES");
        assertThat(agencies(a, Role.PARTNER)).containsExactlyInAnyOrder("UNHCR", "OHCHR");
        assertThat(agencies(a, Role.FUNDER)).isEmpty();
    }

    // ------------------------------------------------------------------ checked by the pass and kept as they were

    @Test
    @DisplayName("2.7 ¶3, ¶4, ¶7, ¶19: \"together with\", \"with\" and \"in collaboration with\" make partners")
    void withMakesPartners() {
        Activity indicators = activity("Common set of indicators for Migration Profiles");
        assertThat(agencies(indicators, Role.LEAD)).containsExactly("UN-DESA-PD");
        assertThat(agencies(indicators, Role.PARTNER)).containsExactly("GMG");

        Activity forced = activity("Data on refugees, asylum-seekers and internally displaced persons");
        assertThat(agencies(forced, Role.LEAD)).containsExactly("UNHCR");
        assertThat(agencies(forced, Role.PARTNER)).containsExactly("UN-DESA");

        for (String phrase : List.of("mobility of international students", "mobility of doctoral degree holders")) {
            Activity uis = activity(phrase);
            assertThat(agencies(uis, Role.LEAD)).as(phrase).containsExactly("UIS");
            assertThat(agencies(uis, Role.PARTNER)).as(phrase).containsExactlyInAnyOrder("Eurostat", "OECD");
        }

        Activity workshop = activity("Second GMG/KNOMAD Workshop on Learning");
        assertThat(agencies(workshop, Role.LEAD)).containsExactlyInAnyOrder("UNITAR", "IOM", "GMG-TF-CD");
        assertThat(agencies(workshop, Role.PARTNER)).containsExactly("KNOMAD");
    }

    @Test
    @DisplayName("2.7 ¶6: UNECE, EFTA and IOM co-organized the Almaty workshop, so all three lead it")
    void almatyCoOrganizersAllLead() {
        Activity a = activity("workshop in Almaty");
        assertThat(agencies(a, Role.LEAD)).containsExactlyInAnyOrder("UNECE", "EFTA", "IOM");
        assertThat(agencies(a, Role.PARTNER)).isEmpty();
    }

    @Test
    @DisplayName("2.7 ¶15: the UK Foresight Programme supported UNICEF's report without money being named: partner,"
            + " not funder")
    void foresightSupportIsPartnership() {
        Activity a = activity("UNICEF methodological report");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNICEF");
        assertThat(agencies(a, Role.PARTNER)).containsExactly("GOV-GBR");
        assertThat(agencies(a, Role.FUNDER)).isEmpty();
    }

    @Test
    @DisplayName("2.7 ¶21: ITC-ILO hosts the Labour Migration Academy that the ILO runs")
    void academyHostedByItcIlo() {
        Activity a = activity("Labour Migration Academy");
        assertThat(agencies(a, Role.LEAD)).containsExactly("ILO");
        assertThat(agencies(a, Role.HOST)).containsExactly("ITC-ILO");
        assertThat(agencies(a, Role.PARTNER)).containsExactly("GMG-TF-DW");
    }

    @Test
    @DisplayName("2.8 ¶5: ESCWA supports the Arab regional consultative process in partnership with the League of Arab"
            + " States")
    void arabConsultativeProcessPartnership() {
        Activity a = activity("regional consultative process on migration covering the Arab region");
        assertThat(agencies(a, Role.LEAD)).containsExactly("ESCWA");
        assertThat(agencies(a, Role.PARTNER)).containsExactly("LAS");
    }

    // ------------------------------------------------------------------ fixed after a review of the 2014.2 changes

    @Test
    @DisplayName("2.1 ¶5: the C181 campaign is part of the Fair Recruitment Initiative and carries its participants")
    void c181CampaignCarriesTheInitiativesParticipants() {
        Activity campaign = activity("ilo-c181-ratification-campaign");
        Activity initiative = activity("ilo-fair-recruitment-initiative");
        assertThat(campaign.partOf()).contains(initiative.id());
        assertThat(campaign.participants()).containsExactlyElementsOf(initiative.participants());
    }

    @Test
    @DisplayName("3 ¶2: the high-level panel is part of the tripartite meeting and carries its participants")
    void ttmPanelCarriesTheMeetingsParticipants() {
        Activity panel = activity("ilo-ttm-high-level-panel-hld-outcomes");
        assertThat(agencies(panel, Role.LEAD)).containsExactly("ILO");
        assertThat(agencies(panel, Role.PARTNER)).containsExactly("MEMBER-STATES", "SOCIAL-PARTNERS");
    }

    @Test
    @DisplayName("2.3 ¶2 and 2.8 ¶3: forums and processes the work is done for or in are hosts, not partners")
    void forumsAreHosts() {
        assertThat(agencies(activity("unodc-vrs-msrc"), Role.HOST)).containsExactly("Bali-Process");
        Activity avenues = activity("gmg-engagement-avenues-member-states-civil-society");
        assertThat(agencies(avenues, Role.HOST)).containsExactly("ILO-GB", "HRC");
        assertThat(agencies(avenues, Role.PARTNER)).containsExactly("MEMBER-STATES", "CSO");
        assertThat(agencies(activity("gmg-post-2015-deliberations-owg-engagement"), Role.HOST))
                .containsExactly("OWG-SDG");
    }
}
