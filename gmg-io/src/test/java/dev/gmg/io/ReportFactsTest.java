package dev.gmg.io;

import static dev.gmg.model.ActionPoint.COSTS_OF_LABOUR_MIGRATION;
import static dev.gmg.model.ActionPoint.DEVELOPMENT_AGENDA;
import static dev.gmg.model.ActionPoint.EVIDENCE_BASE;
import static dev.gmg.model.ActionPoint.EXPLOITATION_AND_TRAFFICKING;
import static dev.gmg.model.ActionPoint.HUMAN_RIGHTS;
import static dev.gmg.model.ActionPoint.PARTNERSHIPS;
import static dev.gmg.model.ActionPoint.PUBLIC_PERCEPTIONS;
import static dev.gmg.model.ActionPoint.STRANDED_MIGRANTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spot facts of the bundled dataset checked against the report text
 * ({@code ../shared/source/gmg-hld-follow-up-2014.txt}). Each test names the fact and where the report gives
 * it. Activities are found by a phrase of their title (see {@link #activity(String)}), so the tests do not
 * depend on ids.
 */
@DisplayName("Report spot facts")
class ReportFactsTest {

    static final Dataset dataset = Datasets.hld2014();

    // ---------------------------------------------------------------------------------------------- helpers

    /**
     * The one activity whose title (or id) contains {@code phrase}, ignoring case. When several contain it, the
     * one whose title is exactly {@code phrase} wins; otherwise the test fails and lists the candidates.
     */
    static Activity activity(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        List<Activity> candidates = dataset.activities().stream()
                .filter(a -> a.title().toLowerCase(Locale.ROOT).contains(p) || a.id().contains(p))
                .toList();
        if (candidates.size() > 1) {
            List<Activity> exact = candidates.stream().filter(a -> a.title().equalsIgnoreCase(phrase)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
        }
        if (candidates.size() != 1) {
            fail("expected exactly one activity whose title contains \"" + phrase + "\" but found "
                    + candidates.size() + (candidates.isEmpty() ? "" : ":\n  " + String.join("\n  ",
                            candidates.stream().map(Activity::toString).toList())));
        }
        return candidates.get(0);
    }

    static String period(Activity a) {
        return a.period().map(EdtfPeriod::toString).orElse("<none>");
    }

    static Set<String> places(Activity a, PlaceRole role) {
        Set<String> out = new LinkedHashSet<>();
        a.places().stream().filter(p -> p.role() == role).forEach(p -> out.add(p.place().code()));
        return out;
    }

    static Set<String> agencies(Activity a, Role role) {
        Set<String> out = new LinkedHashSet<>();
        a.participants().stream().filter(p -> p.role() == role).forEach(p -> out.add(p.agencyId()));
        return out;
    }

    static void assertCites(Activity a, String section, int paragraph) {
        assertThat(a.sources()).as("sources of %s", a.id())
                .extracting(s -> s.section() + " ¶" + s.paragraph())
                .contains(section + " ¶" + paragraph);
    }

    static void assertPartOf(Activity child, Activity parent) {
        assertThat(child.partOf()).as("%s is part of", child.id()).contains(parent.id());
    }

    // -------------------------------------------------------------------------------- 2.1 human rights

    @Test
    @DisplayName("2.1 ¶2 (second pass, 2014.2): UNICEF supports Member States on the CRC recommendations; the States"
            + " receive the support, so they are not a partner")
    void unicefCrcSupportHasNoMemberStatesPartner() {
        Activity a = activity("Support to Member States in implementing the CRC recommendations");
        assertThat(a.agencyIds()).containsExactly("UNICEF");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNICEF");
    }

    @Test
    @DisplayName("2.1 ¶2: the State Pledge is to be launched at the 26th HRC session in June 2014, in the IDC campaign")
    void statePledgeHrc26() {
        Activity pledge = activity("State Pledge against the detention");
        assertThat(period(pledge)).isEqualTo("2014-06");
        assertThat(pledge.status()).isEqualTo(Status.PLANNED);
        assertThat(pledge.agencyIds()).contains("IDC", "UNICEF", "HRC");
        assertPartOf(pledge, activity("International Detention Coalition campaign"));
        assertThat(pledge.actionPoints()).containsExactly(HUMAN_RIGHTS);
    }

    @Test
    @DisplayName("2.1 ¶2: \"Migration and Youth\" is launched at a GMG side event of the 7th GFMD, Stockholm, 14-16"
            + " May 2014")
    void migrationAndYouthLaunchStockholm() {
        Activity report = activity("Migration and Youth: Challenges and Opportunities");
        assertThat(agencies(report, Role.LEAD)).containsExactlyInAnyOrder("UNICEF", "UNESCO");
        Activity launch = activity("side event launching");
        assertThat(period(launch)).isEqualTo("2014-05-14/2014-05-16");
        assertThat(places(launch, PlaceRole.VENUE)).containsExactly("SESTO");
        assertThat(launch.status()).isEqualTo(Status.PLANNED);
        assertThat(launch.kind()).isEqualTo(ActivityKind.MEETING);
        assertPartOf(launch, report);
    }

    @Test
    @DisplayName("2.1 ¶2 and 2.6 ¶8: OHCHR drafts the SG report on protection of migrants, UN-DESA-PD the one for"
            + " GA-69")
    void secretaryGeneralReports() {
        Activity protection = activity("Secretary-General's report on the protection of migrants");
        assertThat(protection.agencyIds()).containsExactly("OHCHR");
        Activity ga69 = activity("69th session of the General Assembly");
        assertThat(ga69.agencyIds()).containsExactly("UN-DESA-PD");
        assertThat(period(ga69)).isEqualTo("2014");
        assertThat(ga69.actionPoints()).containsExactly(DEVELOPMENT_AGENDA);
    }

    @Test
    @DisplayName("2.1 ¶3: UN Women prepares the 2015 SG report on violence against women migrant workers")
    void unWomenSgReport2015() {
        Activity a = activity("Violence against women migrant workers");
        assertThat(a.agencyIds()).containsExactly("UN-Women");
        assertThat(period(a)).isEqualTo("../2015");
        assertThat(a.status()).isEqualTo(Status.ONGOING);
        assertThat(a.kind()).isEqualTo(ActivityKind.PUBLICATION);
    }

    @Test
    @DisplayName("2.1 ¶5: UNHCR's Protection at Sea is global, with refugees from Syria and Afghanistan")
    void protectionAtSea() {
        Activity a = activity("Protection at Sea");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNHCR");
        assertThat(places(a, PlaceRole.SCOPE)).containsExactly("001");
        assertThat(places(a, PlaceRole.ORIGIN)).containsExactlyInAnyOrder("SYR", "AFG");
        assertThat(places(a, PlaceRole.TARGET)).containsExactlyInAnyOrder("gulf-of-aden", "mediterranean",
                "asia-pacific");
    }

    @Test
    @DisplayName("2.1 ¶5: the ILO's global Fair Recruitment Initiative, with the GMG and social partners")
    void fairRecruitmentInitiative() {
        Activity a = activity("Fair Recruitment Initiative");
        assertThat(agencies(a, Role.LEAD)).containsExactly("ILO");
        assertThat(a.agencyIds()).contains("GMG", "SOCIAL-PARTNERS");
        assertThat(places(a, PlaceRole.SCOPE)).containsExactly("001");
        assertThat(a.status()).isEqualTo(Status.ONGOING);
        Activity c181 = activity("Private Employment Convention, 1997 (No. 181)");
        assertPartOf(c181, a);
        assertThat(c181.status()).isEqualTo(Status.PLANNED);
    }

    @Test
    @DisplayName("2.1 ¶5: the Fair Recruitment workshop, 23-24 April 2014 at the ITC in Turin, part of the"
            + " Initiative")
    void fairRecruitmentWorkshopTurin() {
        Activity a = activity("Workshop on Fair Recruitment");
        assertThat(period(a)).isEqualTo("2014-04-23/2014-04-24");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("ITTRN");
        assertThat(a.agencyIds()).contains("ILO", "ITC-ILO");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertPartOf(a, activity("Fair Recruitment Initiative"));
        assertThat(a.actionPoints()).containsExactly(HUMAN_RIGHTS);
    }

    @Test
    @DisplayName("2.1 ¶6 and 2.5 ¶5: OHCHR's programme on irregular migrant domestic workers, with the ILO and UN"
            + " Women; film launched at a global workshop in 2015")
    void domesticWorkersProgramme() {
        Activity programme = activity("work programme on the rights of irregular migrant domestic workers");
        assertThat(programme.agencyIds()).containsExactlyInAnyOrder("OHCHR", "ILO", "UN-Women");
        assertThat(programme.actionPoints()).containsExactlyInAnyOrder(HUMAN_RIGHTS, PUBLIC_PERCEPTIONS);
        assertCites(programme, "2.1", 6);
        assertCites(programme, "2.5", 5);
        Activity workshop = activity("Global workshop on migrant domestic workers");
        assertThat(period(workshop)).isEqualTo("2015");
        assertThat(workshop.status()).isEqualTo(Status.PLANNED);
        assertPartOf(workshop, programme);
        Activity film = activity("Short creative film");
        assertThat(period(film)).isEqualTo("2015");
        assertPartOf(film, programme);
    }

    @Test
    @DisplayName("2.1 ¶6: OHCHR will publish its study on economic, social and cultural rights of irregular"
            + " migrants in 2014")
    void ohchrStudy2014() {
        Activity a = activity("economic, social and cultural rights");
        assertThat(period(a)).isEqualTo("2014");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.agencyIds()).containsExactly("OHCHR");
    }

    @Test
    @DisplayName("2.1 ¶7: UN Women's programme in Moldova, Mexico and the Philippines, with OHCHR, funded by the"
            + " European Commission")
    void unWomenProgramme() {
        Activity a = activity("accountability to women migrant workers");
        assertThat(places(a, PlaceRole.TARGET)).containsExactlyInAnyOrder("MDA", "MEX", "PHL");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UN-Women");
        assertThat(agencies(a, Role.PARTNER)).containsExactly("OHCHR");
        assertThat(agencies(a, Role.FUNDER)).containsExactly("EC");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
    }

    // ---------------------------------------------------------------------------------------- 2.2 costs

    @Test
    @DisplayName("2.2 ¶2: UNCTAD's Expert Meeting on access to financial services, 10-14 November 2014, Geneva,"
            + " action point 2, planned")
    void unctadExpertMeeting() {
        Activity a = activity("Expert Meeting on the impact of access to financial services");
        assertThat(period(a)).isEqualTo("2014-11-10/2014-11-14");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("CHGVA");
        assertThat(a.actionPoints()).containsExactly(COSTS_OF_LABOUR_MIGRATION);
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.kind()).isEqualTo(ActivityKind.MEETING);
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNCTAD");
        assertThat(a.sources()).containsExactly(SourceRef.of("2.2", 2));
    }

    @Test
    @DisplayName("2.2 ¶2: UNCTAD's high-level event on remittance costs, at its 50th anniversary in June 2014")
    void unctadAnniversaryEvent() {
        Activity a = activity("high-level event on reducing remittance costs");
        assertThat(period(a)).isEqualTo("2014-06");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.actionPoints()).containsExactly(COSTS_OF_LABOUR_MIGRATION);
    }

    @Test
    @DisplayName("2.2 ¶3: IOM launched IRIS on 24-25 March 2014 at the International Dialogue on Migration")
    void irisLaunch() {
        Activity idm = activity("South-South Migration: Partnering Strategically for Development");
        assertThat(period(idm)).isEqualTo("2014-03-24/2014-03-25");
        assertThat(idm.status()).isEqualTo(Status.COMPLETED);
        Activity iris = activity("IRIS");
        assertThat(agencies(iris, Role.LEAD)).containsExactly("IOM");
        assertThat(iris.actionPoints()).containsExactly(COSTS_OF_LABOUR_MIGRATION);
        // IRIS is a standing alliance: it starts with the launch in March 2014 and runs on.
        EdtfPeriod p = iris.period().orElseThrow(() -> new AssertionError("IRIS has no period"));
        assertThat(p.contains(LocalDate.of(2014, 3, 24))).as("IRIS period %s covers the launch", p).isTrue();
        assertThat(p.earliest()).isAfterOrEqualTo(LocalDate.of(2014, 3, 1));
        assertThat(p.hasOpenEnd()).isTrue();
        assertThat(iris.related()).contains(idm.id());
        assertThat(idm.related()).contains(iris.id());
    }

    @Test
    @DisplayName("2.2 ¶3: the ILO's recruitment-cost database sits in the KNOMAD working group on low-skilled labour"
            + " migration")
    void recruitmentCostsDatabase() {
        Activity a = activity("Database on recruitment costs");
        assertThat(agencies(a, Role.LEAD)).containsExactly("ILO");
        assertThat(a.agencyIds()).contains("KNOMAD-TWG-LSLM");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.kind()).isEqualTo(ActivityKind.DATA);
    }

    @Test
    @DisplayName("2.2 ¶3: the ILO and IOM contribute to the NGO Committee's International Labour Recruitment Working"
            + " Group")
    void ilrwg() {
        Activity a = activity("International Labour Recruitment Working Group");
        assertThat(a.agencyIds()).contains("ILRWG", "NGO-Committee", "ILO", "IOM");
    }

    @Test
    @DisplayName("2.2 ¶4: UNESCO's Expert Group Meeting on quality assurance and recognition of qualifications,"
            + " tentatively 2014")
    void unescoExpertGroupMeeting() {
        Activity a = activity("Expert Group Meeting on quality assurance and mutual recognition of qualifications");
        assertThat(period(a)).isEqualTo("2014");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.agencyIds()).containsExactly("UNESCO");
        assertPartOf(a, activity("Good practice strategies on qualifications recognition"));
    }

    // ----------------------------------------------------------------------------------- 2.3 trafficking

    @Test
    @DisplayName("2.3 ¶2: UNODC's VRS-MSRC was developed for the Bali Process")
    void vrsMsrc() {
        Activity a = activity("VRS-MSRC");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNODC");
        assertThat(a.agencyIds()).contains("Bali-Process");
        assertThat(a.actionPoints()).containsExactly(EXPLOITATION_AND_TRAFFICKING);
    }

    @Test
    @DisplayName("2.3 ¶3: UNHCR's Horn and East Africa strategy, with States, IOM, UNODC, UNICEF and civil society")
    void unhcrHornStrategy() {
        Activity a = activity("Horn and East Africa");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNHCR");
        assertThat(a.agencyIds()).contains("MEMBER-STATES", "IOM", "UNODC", "UNICEF", "CSO");
        assertThat(places(a, PlaceRole.ORIGIN)).contains("horn-of-africa");
    }

    @Test
    @DisplayName("2.3 ¶4: IOM chairs ICAT in 2014, and the ILO as GMG chair reaches out to it (points 3 and 8)")
    void icat() {
        Activity chair = activity("IOM chairmanship of the Inter-Agency Coordination Group");
        assertThat(period(chair)).isEqualTo("2014");
        assertThat(chair.agencyIds()).contains("IOM", "ICAT");
        Activity outreach = activity("outreach to ICAT");
        assertThat(agencies(outreach, Role.LEAD)).containsExactly("ILO");
        assertThat(outreach.actionPoints()).containsExactlyInAnyOrder(EXPLOITATION_AND_TRAFFICKING, PARTNERSHIPS);
        assertCites(outreach, "2.3", 4);
        assertCites(outreach, "2.8", 3);
    }

    @Test
    @DisplayName("2.3 ¶4: UNDP's anti-trafficking work through COMMIT targets the Mekong")
    void commit() {
        Activity a = activity("COMMIT");
        assertThat(a.agencyIds()).contains("UNDP", "COMMIT");
        assertThat(places(a, PlaceRole.TARGET)).containsExactly("mekong");
    }

    @Test
    @DisplayName("2.3 ¶5: the ILO Tripartite Meeting of Experts on Forced Labour met on 11-15 February 2013 in"
            + " Geneva; the 103rd ILC (2014) takes up supplementing Convention No. 29")
    void forcedLabourMeetingAndIlc() {
        Activity meeting = activity("Tripartite Meeting of Experts on Forced Labour");
        assertThat(period(meeting)).isEqualTo("2013-02-11/2013-02-15");
        assertThat(places(meeting, PlaceRole.VENUE)).containsExactly("CHGVA");
        assertThat(meeting.status()).isEqualTo(Status.COMPLETED);
        Activity ilc = activity("Supplementing Convention No. 29");
        assertThat(period(ilc)).isEqualTo("2014");
        assertThat(ilc.status()).isEqualTo(Status.PLANNED);
        assertThat(ilc.agencyIds()).contains("ILC", "ILO-GB");
    }

    // ---------------------------------------------------------------------------- 2.4 stranded migrants

    @Test
    @DisplayName("2.4 ¶1 and 2.8 ¶9: MICI, managed by the United States and the Philippines, an SRSG initiative that"
            + " UNHCR supports (points 4 and 8)")
    void mici() {
        Activity a = activity("Migrants in Countries in Crisis Initiative");
        assertThat(a.agencyIds()).contains("GOV-USA", "GOV-PHL", "SRSG", "UNHCR");
        assertThat(a.actionPoints()).containsExactlyInAnyOrder(STRANDED_MIGRANTS, PARTNERSHIPS);
        assertCites(a, "2.4", 1);
        assertCites(a, "2.8", 9);
        assertThat(a.related()).contains(activity("Migration Crisis Operational Framework").id());
    }

    // --------------------------------------------------------------------------- 2.5 public perceptions

    @Test
    @DisplayName("2.5 ¶2: UNICEF's online consultation on youth migration, fall 2013, supported by KNOMAD, with"
            + " OHCHR, UNESCO and UN Women")
    void unicefOnlineConsultation() {
        Activity a = activity("Online consultation on Youth Migration");
        assertThat(period(a)).isEqualTo("2013-23");
        EdtfPeriod fall = a.period().orElseThrow();
        assertThat(fall.earliest()).isEqualTo(LocalDate.of(2013, 9, 1));
        assertThat(fall.latest()).isEqualTo(LocalDate.of(2013, 11, 30));
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNICEF");
        assertThat(a.agencyIds()).contains("KNOMAD", "OHCHR", "UNESCO", "UN-Women", "CSO");
        assertThat(a.actionPoints()).containsExactly(PUBLIC_PERCEPTIONS);
    }

    @Test
    @DisplayName("2.5 ¶3: UNHCR's campaigns against xenophobia in Algeria, Greece, Italy, Malawi, Malaysia, Pakistan"
            + " and South Africa")
    void unhcrXenophobiaCampaigns() {
        Activity a = activity("xenophobia and racism towards refugees");
        assertThat(places(a, PlaceRole.TARGET)).containsExactlyInAnyOrder(
                "DZA", "GRC", "ITA", "MWI", "MYS", "PAK", "ZAF");
        assertThat(a.places()).hasSize(7);
        assertThat(a.status()).isEqualTo(Status.ONGOING);
    }

    @Test
    @DisplayName("2.5 ¶4: GEFI, a five-year campaign launched in 2012 by the Secretary-General with UNESCO")
    void gefi() {
        Activity a = activity("GEFI");
        assertThat(period(a)).isEqualTo("2012/2016");
        assertThat(a.agencyIds()).containsExactlyInAnyOrder("UNSG", "UNESCO");
        assertThat(a.kind()).isEqualTo(ActivityKind.CAMPAIGN);
    }

    @Test
    @DisplayName("2.5 ¶5: OHCHR and the ILO launched cartoons on International Migrants' Day 2013 (18 December)")
    void migrantsDayCartoons() {
        Activity a = activity("Cartoon series");
        assertThat(period(a)).isEqualTo("2013-12-18");
        assertThat(a.agencyIds()).containsExactlyInAnyOrder("OHCHR", "ILO");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertPartOf(a, activity("audiovisual campaign challenging myths"));
    }

    @Test
    @DisplayName("2.5 ¶5: the GMG reached out to UN DPI; IOM's global campaign \"It's amazing what migrants bring\"")
    void dpiAndIomCampaign() {
        assertThat(activity("UN DPI").agencyIds()).contains("GMG", "UN-DPI");
        Activity iom = activity("amazing what migrants bring");
        assertThat(agencies(iom, Role.LEAD)).containsExactly("IOM");
        assertThat(places(iom, PlaceRole.SCOPE)).containsExactly("001");
    }

    // ------------------------------------------------------------------------------ 2.6 development agenda

    @Test
    @DisplayName("2.6 ¶10 (second pass, 2014.2): UNFPA works with unnamed UN agencies in the COP process; the COP is"
            + " the forum (host), not a partner")
    void unfpaInTheCopProcess() {
        Activity a = activity("UNFPA engagement in the COP process");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNFPA");
        assertThat(agencies(a, Role.HOST)).containsExactly("UNFCCC-COP");
        assertThat(agencies(a, Role.PARTNER)).isEmpty();
    }

    @Test
    @DisplayName("2.6 ¶2: ESCAP's capacity building targets North and Central Asia")
    void escapNorthCentralAsia() {
        Activity a = activity("North and Central Asia");
        assertThat(places(a, PlaceRole.TARGET)).containsExactly("north-central-asia");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.sources()).singleElement().extracting(s -> s.subheading().orElse(""))
                .isEqualTo("Building the capacity of policymakers to mainstream migration into development"
                        + " strategies");
    }

    @Test
    @DisplayName("2.6 ¶3: ESCWA's handbook workshops are planned for the first half of 2014")
    void escwaWorkshops() {
        Activity a = activity("ESCWA capacity-building workshops");
        assertThat(period(a)).isEqualTo("2014-40");
        assertThat(a.period().orElseThrow().latest()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(places(a, PlaceRole.SCOPE)).containsExactly("arab-region");
    }

    @Test
    @DisplayName("2.6 ¶4: the Regional Experts' Meeting in Africa was held on 3-4 July 2013 at Africa Hall, Addis"
            + " Ababa")
    void addisAbabaExpertsMeeting() {
        Activity a = activity("Regional Experts’ Meeting on International Migration and Development in Africa");
        assertThat(period(a)).isEqualTo("2013-07-03/2013-07-04");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("ETADD");
        assertThat(a.agencyIds()).contains("ECA");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    @DisplayName("2.6 ¶5: the Global Joint Programme (IOM, UNDP) targets exactly Bangladesh, Ecuador, Jamaica,"
            + " Kyrgyzstan, Moldova, Morocco, Serbia and Tunisia over the next four years")
    void globalJointProgramme() {
        Activity a = activity("Global Joint Programme on Migration");
        assertThat(places(a, PlaceRole.TARGET)).containsExactlyInAnyOrder(
                "BGD", "ECU", "JAM", "KGZ", "MDA", "MAR", "SRB", "TUN");
        assertThat(agencies(a, Role.LEAD)).containsExactlyInAnyOrder("IOM", "UNDP");
        assertThat(a.agencyIds()).contains("GMG-WG-MAINSTREAMING");
        assertThat(period(a)).isEqualTo("2014/2017");
        assertThat(a.actionPoints()).containsExactlyInAnyOrder(DEVELOPMENT_AGENDA, PARTNERSHIPS);
        assertPartOf(activity("Second edition of the GMG Handbook"), a);
    }

    @Test
    @DisplayName("2.6 ¶6: the JMDI targets Costa Rica, Ecuador, El Salvador, Morocco, Nepal, the Philippines, Senegal"
            + " and Tunisia, funded by the EU and SDC")
    void jmdi() {
        Activity a = activity("Joint Migration and Development Initiative (JMDI), second phase");
        assertThat(places(a, PlaceRole.TARGET)).containsExactlyInAnyOrder(
                "CRI", "ECU", "SLV", "MAR", "NPL", "PHL", "SEN", "TUN");
        assertThat(agencies(a, Role.FUNDER)).containsExactlyInAnyOrder("EU", "SDC");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UNDP");
        assertThat(agencies(a, Role.PARTNER)).containsExactlyInAnyOrder(
                "IOM", "ITC-ILO", "UNHCR", "UNFPA", "UN-Women");
        assertThat(a.period()).as("the report gives \"three-year\" but no start").isEmpty();
        assertThat(a.actionPoints()).containsExactlyInAnyOrder(DEVELOPMENT_AGENDA, PARTNERSHIPS);
    }

    @Test
    @DisplayName("2.6 ¶11: the retreat on migration indicators for the post-2015 agenda, January 2014, with the SRSG")
    void indicatorRetreat() {
        Activity a = activity("Retreat on Migration Indicators");
        assertThat(period(a)).isEqualTo("2014-01");
        assertThat(a.agencyIds()).containsExactlyInAnyOrder("GMG-WG-DATA", "KNOMAD-TWG-DATA", "SRSG");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
    }

    // --------------------------------------------------------------------------------- 2.7 evidence base

    @Test
    @DisplayName("2.7 ¶6: UNECE co-organized the Almaty workshop with EFTA and IOM, for Eastern Europe, Caucasus and"
            + " Central Asia")
    void almatyWorkshop() {
        Activity a = activity("workshop in Almaty");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("KZALA");
        assertThat(places(a, PlaceRole.TARGET)).containsExactly("eeca");
        assertThat(a.agencyIds()).containsExactlyInAnyOrder("UNECE", "EFTA", "IOM");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertThat(a.actionPoints()).containsExactly(EVIDENCE_BASE);
    }

    @Test
    @DisplayName("2.7 ¶7: UIS gathers student mobility data with Eurostat and the OECD")
    void uisStudentMobility() {
        Activity a = activity("mobility of international students");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UIS");
        assertThat(a.agencyIds()).contains("Eurostat", "OECD");
        assertThat(dataset.agency("UIS").orElseThrow().parentId()).contains("UNESCO");
    }

    @Test
    @DisplayName("2.7 ¶8: UNODC's 2014 Global Report on Trafficking in Persons")
    void unodcGlobalReport() {
        Activity a = activity("Global Report on Trafficking in Persons");
        assertThat(period(a)).isEqualTo("2014");
        assertThat(a.agencyIds()).containsExactly("UNODC");
        assertThat(a.kind()).isEqualTo(ActivityKind.PUBLICATION);
    }

    @Test
    @DisplayName("2.7 ¶10: the KNOMAD-UN Population Division seminar, convened by Erste Group and UNFPA on 29 April"
            + " 2014")
    void knomadPopulationSeminar() {
        Activity a = activity("Role of Migration in Population Modeling");
        assertThat(period(a)).isEqualTo("2014-04-29");
        assertThat(agencies(a, Role.LEAD)).containsExactlyInAnyOrder("Erste-Group", "UNFPA");
        assertThat(a.agencyIds()).contains("KNOMAD", "UN-DESA-PD");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertPartOf(a, activity("KNOMAD Thematic Working Group on Demographic Changes and Migration"));
    }

    @Test
    @DisplayName("2.7 ¶11: the human rights indicators experts meeting on 8-9 April 2014 and the Argentina case study")
    void humanRightsIndicators() {
        Activity initiative = activity("Human rights indicators for migrants and their families");
        assertThat(initiative.agencyIds()).contains("UNICEF", "OHCHR", "GMG-WG-HRG", "KNOMAD-TWG-RIGHTS");
        Activity meeting = activity("Experts meeting on indicators");
        assertThat(period(meeting)).isEqualTo("2014-04-08/2014-04-09");
        assertThat(meeting.status()).isEqualTo(Status.COMPLETED);
        assertPartOf(meeting, initiative);
        Activity argentina = activity("Case study on Argentina");
        assertThat(places(argentina, PlaceRole.TARGET)).containsExactly("ARG");
        assertPartOf(argentina, initiative);
    }

    @Test
    @DisplayName("2.7 ¶11 (correction in 2014.2): civil society are partners of the planned capacity development, which"
            + " UNICEF and OHCHR lead")
    void humanRightsIndicatorsCapacityDevelopmentPartners() {
        Activity a = activity("Capacity development with civil society partners");
        assertThat(agencies(a, Role.LEAD)).containsExactlyInAnyOrder("UNICEF", "OHCHR");
        assertThat(agencies(a, Role.PARTNER)).containsExactly("CSO");
    }

    @Test
    @DisplayName("2.7 ¶5 (correction in 2014.2): the APTWG works with ESCAP on labour migration data, not on the"
            + " regional report")
    void escapRegionalReportHasNoAptwgPartner() {
        assertThat(activity("Regional report on international migration in Asia and the Pacific").agencyIds())
                .containsExactly("ESCAP");
        assertThat(activity("Collection and dissemination of labour migration data").agencyIds()).contains("APTWG");
    }

    @Test
    @DisplayName("2.7 ¶12: the IOM-Gallup programme starts with the inaugural International Migration Barometer in"
            + " 2014")
    void iomGallup() {
        Activity programme = activity("IOM-Gallup World Migration Survey Programme");
        assertThat(programme.agencyIds()).containsExactlyInAnyOrder("IOM", "Gallup");
        Activity barometer = activity("International Migration Barometer");
        assertThat(period(barometer)).isEqualTo("2014");
        assertPartOf(barometer, programme);
    }

    @Test
    @DisplayName("2.7 ¶13: UNDP's National Human Development Report on migration in Kosovo; KNOMAD coherence group"
            + " co-chaired by UNDP, the OECD Development Centre and SDC")
    void kosovoNhdrAndCoherenceGroup() {
        Activity nhdr = activity("National Human Development Report on migration in Kosovo");
        assertThat(places(nhdr, PlaceRole.TARGET)).containsExactly("XKX");
        assertThat(nhdr.agencyIds()).containsExactly("UNDP");
        assertPartOf(nhdr, activity("Support to National Human Development Reports"));
        Activity group = activity("KNOMAD Thematic Working Group on Policy and Institutional Coherence");
        assertThat(agencies(group, Role.LEAD)).contains("UNDP", "OECD-DEV", "SDC");
    }

    @Test
    @DisplayName("2.7 ¶15: UNICEF's field work on children left behind in Tunisia and Moldova; its April 2013 report"
            + " for the UK Foresight Programme")
    void unicefChildrenLeftBehindAndForesight() {
        Activity leftBehind = activity("children left behind");
        assertThat(places(leftBehind, PlaceRole.TARGET)).containsExactlyInAnyOrder("TUN", "MDA");
        Activity report = activity("UNICEF methodological report");
        assertThat(period(report)).isEqualTo("2013-04");
        assertThat(report.agencyIds()).contains("UNICEF", "GOV-GBR");
        assertThat(report.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    @DisplayName("2.7 ¶19: the second GMG/KNOMAD Workshop on Learning on 14 March 2014 (UNITAR, IOM, with KNOMAD); the"
            + " first on 15 November 2013 in New York")
    void workshopsOnLearning() {
        Activity second = activity("Second GMG/KNOMAD Workshop on Learning");
        assertThat(period(second)).isEqualTo("2014-03-14");
        assertThat(agencies(second, Role.LEAD)).contains("UNITAR", "IOM");
        assertThat(second.agencyIds()).contains("KNOMAD");
        assertThat(second.actionPoints()).containsExactlyInAnyOrder(EVIDENCE_BASE, PARTNERSHIPS);
        Activity first = activity("First GMG/KNOMAD Workshop on Learning");
        assertThat(period(first)).isEqualTo("2013-11-15");
        assertThat(places(first, PlaceRole.VENUE)).containsExactly("USNYC");
        assertThat(first.related()).contains(second.id());
        assertThat(second.related()).contains(first.id());
    }

    @Test
    @DisplayName("2.7 ¶21: the Labour Migration Academy, 16-27 June 2014 at ITC-ILO in Turin")
    void labourMigrationAcademy() {
        Activity a = activity("Labour Migration Academy");
        assertThat(period(a)).isEqualTo("2014-06-16/2014-06-27");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("ITTRN");
        assertThat(agencies(a, Role.LEAD)).containsExactly("ILO");
        assertThat(a.agencyIds()).contains("ITC-ILO", "GMG-TF-DW");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.kind()).isEqualTo(ActivityKind.TRAINING);
        assertThat(a.actionPoints()).containsExactly(EVIDENCE_BASE);
    }

    @Test
    @DisplayName("2.7 ¶22: OHCHR will finalize its Trainers' Guide on Migration and Human Rights in 2014")
    void trainersGuide() {
        Activity a = activity("Trainers’ Guide on Migration and Human Rights");
        assertThat(period(a)).isEqualTo("2014");
        assertThat(a.agencyIds()).containsExactly("OHCHR");
    }

    // ---------------------------------------------------------------------------------- 2.8 partnerships

    @Test
    @DisplayName("2.8 ¶3: the GMG's advocacy campaign towards the AU Commission's Ouagadougou+10 meetings in 2014")
    void ouagadougouPlus10() {
        Activity a = activity("Ouagadougou+10");
        assertThat(a.agencyIds()).contains("GMG", "AUC");
        assertThat(period(a)).isEqualTo("2014");
        assertThat(a.actionPoints()).containsExactly(PARTNERSHIPS);
    }

    @Test
    @DisplayName("2.8 ¶3: a Global Experts' Conference in New York is among the suggested avenues")
    void globalExpertsConference() {
        Activity a = activity("Global Experts' Conference");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("USNYC");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
    }

    @Test
    @DisplayName("2.8 ¶5: ESCWA co-chairs the Working Group on International Migration in the Arab Region with the"
            + " League of Arab States and IOM")
    void arabRegionWorkingGroup() {
        Activity a = activity("Co-chairing of the Working Group on International Migration in the Arab Region");
        assertThat(agencies(a, Role.LEAD)).contains("ESCWA", "LAS", "IOM");
        assertThat(activity("regional consultative process on migration covering the Arab region").agencyIds())
                .contains("ESCWA", "LAS");
    }

    @Test
    @DisplayName("2.8 ¶6: the First Regional Conference on Population and Development, Montevideo, 12-15 August 2013")
    void montevideoConference() {
        Activity a = activity("First Regional Conference on Population and Development");
        assertThat(period(a)).isEqualTo("2013-08-12/2013-08-15");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("UYMVD");
        assertThat(a.agencyIds()).containsExactly("MEMBER-STATES"); // the report names no organiser
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    @DisplayName("2.8 ¶6: ECLAC disseminates the HLD outcomes in CSM, CRM, CELAC and UNASUR")
    void eclacRegionalFora() {
        Activity a = activity("Dissemination of the 2013 HLD outcomes");
        assertThat(a.agencyIds()).contains("ECLAC", "CSM", "CRM", "CELAC", "UNASUR");
        assertThat(places(a, PlaceRole.SCOPE)).containsExactly("419");
    }

    @Test
    @DisplayName("2.8 ¶7: UNICEF Regional Offices partner with the African Union and ESCAP")
    void unicefRegionalPartnerships() {
        Activity a = activity("UNICEF regional partnerships");
        assertThat(a.agencyIds()).containsExactlyInAnyOrder("UNICEF-RO", "AU", "ESCAP");
    }

    @Test
    @DisplayName("2.8 ¶9: the annual UNHCR-NGO Consultations of June 2014 on Women's Leadership and Participation")
    void unhcrNgoConsultations() {
        Activity a = activity("UNHCR-NGO Consultations");
        assertThat(period(a)).isEqualTo("2014-06");
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(a.related()).contains(activity("Protection at Sea").id());
    }

    // ------------------------------------------------------------------------------------------ 3 meetings

    @Test
    @DisplayName("3 ¶2: the ILO Tripartite Technical Meeting on Labour Migration, 4-8 November 2013, with its high-level"
            + " panel of 6 November as part of it")
    void tripartiteTechnicalMeeting() {
        Activity meeting = activity("Tripartite Technical Meeting on Labour Migration");
        assertThat(period(meeting)).isEqualTo("2013-11-04/2013-11-08");
        assertThat(agencies(meeting, Role.LEAD)).containsExactly("ILO");
        assertThat(meeting.actionPoints()).containsExactlyInAnyOrder(
                HUMAN_RIGHTS, COSTS_OF_LABOUR_MIGRATION, DEVELOPMENT_AGENDA, PARTNERSHIPS);
        Activity panel = activity("High-level panel on the outcomes of the 2013 HLD");
        assertThat(period(panel)).isEqualTo("2013-11-06");
        assertPartOf(panel, meeting);
        assertThat(meeting.period().orElseThrow().contains(LocalDate.of(2013, 11, 6))).isTrue();
    }

    @Test
    @DisplayName("3 ¶3: the 103rd Session of the IOM Council, 26-29 November 2013, with two high-level segments")
    void iomCouncil() {
        Activity council = activity("103rd Session of the IOM Council");
        assertThat(period(council)).isEqualTo("2013-11-26/2013-11-29");
        assertThat(council.agencyIds()).contains("IOM-Council", "IOM");
        assertThat(council.status()).isEqualTo(Status.COMPLETED);
        Activity gmgSegment = activity("High-level segment on the GMG");
        Activity governance = activity("High-level segment on migration governance");
        assertPartOf(gmgSegment, council);
        assertPartOf(governance, council);
        assertThat(governance.agencyIds()).contains("SRSG");
    }

    @Test
    @DisplayName("3 ¶3 (correction in 2014.2): the report gives no day for the two high-level segments, so they carry"
            + " the session's days, 26-29 November 2013, not the whole month")
    void iomCouncilSegmentsCarryTheSessionsDays() {
        assertThat(period(activity("High-level segment on the GMG"))).isEqualTo("2013-11-26/2013-11-29");
        assertThat(period(activity("High-level segment on migration governance"))).isEqualTo("2013-11-26/2013-11-29");
    }

    @Test
    @DisplayName("3 ¶3 (correction in 2014.2): the report names no participant of the 103rd IOM Council besides IOM,"
            + " so Member States are not a partner")
    void iomCouncilHasNoMemberStatesPartner() {
        Activity council = activity("103rd Session of the IOM Council");
        assertThat(council.agencyIds()).containsExactlyInAnyOrder("IOM-Council", "IOM");
    }

    @Test
    @DisplayName("3 ¶3 (second pass, 2014.2): the segment is about the GMG; the report names no participant of it, so"
            + " the GMG is not a partner")
    void iomCouncilSegmentOnTheGmgHasOnlyTheCouncilsParticipants() {
        assertThat(activity("High-level segment on the GMG").agencyIds())
                .containsExactlyInAnyOrder("IOM-Council", "IOM");
    }

    @Test
    @DisplayName("3 ¶4: the Population Division's 12th Coordination Meeting on International Migration, 20-21"
            + " February 2014, New York")
    void twelfthCoordinationMeeting() {
        Activity a = activity("12th Coordination Meeting on International Migration");
        assertThat(period(a)).isEqualTo("2014-02-20/2014-02-21");
        assertThat(places(a, PlaceRole.VENUE)).containsExactly("USNYC");
        assertThat(agencies(a, Role.LEAD)).containsExactly("UN-DESA-PD");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertThat(a.sources()).containsExactly(SourceRef.of("3", 4));
    }

    @Test
    @DisplayName("3 ¶5: the HRC High-level Panel on Human Rights mainstreaming, 4 March 2014, 25th session")
    void hrcPanel() {
        Activity a = activity("High-level Panel on Human Rights mainstreaming");
        assertThat(period(a)).isEqualTo("2014-03-04");
        assertThat(a.agencyIds()).containsExactly("HRC");
        assertThat(a.actionPoints()).containsExactly(HUMAN_RIGHTS);
        assertThat(a.places()).as("the report names no place for the panel (venue rule, 2014.2)").isEmpty();
    }

    @Test
    @DisplayName("3 ¶6: the Committee on Migrant Workers' Day of General Discussion, 7 April 2014")
    void cmwDayOfGeneralDiscussion() {
        Activity a = activity("Day of General Discussion on Workplace Exploitation and Workplace Protection");
        assertThat(period(a)).isEqualTo("2014-04-07");
        assertThat(a.agencyIds()).containsExactly("CMW");
        assertThat(a.status()).isEqualTo(Status.COMPLETED);
        assertThat(a.kind()).isEqualTo(ActivityKind.MEETING);
    }

    // ------------------------------------------------------------------------------------- whole report

    @Test
    @DisplayName("venue rule (2014.2): a venue only where the report names the place, and every named venue is a city"
            + " coded with UN/LOCODE")
    void venuesAreTheCitiesTheReportNames() {
        Map<String, String> venues = new TreeMap<>();
        for (Activity a : dataset.activities()) {
            for (String v : places(a, PlaceRole.VENUE)) {
                assertThat(venues.put(a.id(), v)).as("one venue for %s", a.id()).isNull();
            }
        }
        assertThat(venues).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("gmg-migration-and-youth-launch-gfmd-2014", "SESTO"),
                Map.entry("ilo-fair-recruitment-workshop-turin-2014", "ITTRN"),
                Map.entry("unctad-expert-meeting-financial-services", "CHGVA"),
                Map.entry("ilo-tripartite-meeting-forced-labour-2013", "CHGVA"),
                Map.entry("eca-regional-experts-meeting-migration-development-africa-2013", "ETADD"),
                Map.entry("unece-efta-iom-almaty-workshop-migration-statistics", "KZALA"),
                Map.entry("gmg-knomad-first-workshop-on-learning-2013-11", "USNYC"),
                Map.entry("ilo-labour-migration-academy-2014", "ITTRN"),
                Map.entry("gmg-global-experts-conference-new-york", "USNYC"),
                Map.entry("eclac-first-regional-conference-population-development-montevideo", "UYMVD"),
                Map.entry("un-desa-pd-12th-coordination-meeting-international-migration", "USNYC")));
        for (String meeting : List.of("Tripartite Technical Meeting on Labour Migration",
                "103rd Session of the IOM Council", "High-level Panel on Human Rights mainstreaming",
                "Day of General Discussion on Workplace Exploitation")) {
            assertThat(activity(meeting).places()).as("no place named for %s", meeting).isEmpty();
        }
        dataset.activities().stream().flatMap(a -> a.places().stream()).filter(p -> p.role() == PlaceRole.VENUE)
                .forEach(p -> assertThat(p.place().isCity()).as("%s is a city", p.place()).isTrue());
    }

    @Test
    @DisplayName("statuses follow the report's date (1 May 2014): nothing dated wholly after it is completed, nothing"
            + " wholly before it is planned, and a dated ongoing activity spans it")
    void statusesAgreeWithPeriods() {
        LocalDate asOf = LocalDate.of(2014, 5, 1);
        assertThat(dataset.metadata().asOf()).isEqualTo(asOf);
        List<String> wrong = dataset.activities().stream()
                .filter(a -> a.period().isPresent())
                .filter(a -> (a.status() == Status.COMPLETED && a.period().get().earliest().isAfter(asOf))
                        || (a.status() == Status.PLANNED && a.period().get().latest().isBefore(asOf))
                        || (a.status() == Status.ONGOING && !a.period().get().contains(asOf)))
                .map(a -> a + " [" + a.status() + ", " + a.period().get() + "]")
                .toList();
        assertThat(wrong).isEmpty();
    }
}
