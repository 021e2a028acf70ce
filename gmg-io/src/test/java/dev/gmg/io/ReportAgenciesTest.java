package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every organisation the report names is in the bundled dataset and is found under the name the report uses;
 * membership and parents are right; every place of every activity is in the standard gazetteer.
 */
@DisplayName("Report agencies and places")
class ReportAgenciesTest {

    static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = Datasets.hld2014();
    }

    /**
     * The organisations of the report, written as the report writes them (full names, acronyms, and the
     * variant spellings it uses), each with the id it must resolve to. Read off the report text, section by
     * section.
     */
    static Stream<Arguments> namesInTheReport() {
        return Stream.of(
                // 1. Introduction
                arguments("International Organization for Migration", "IOM"),
                arguments("IOM", "IOM"),
                arguments("Civil Society Organizations", "CSO"),
                arguments("CSOs", "CSO"),
                arguments("UN General Assembly", "UNGA"),
                arguments("GA", "UNGA"),
                arguments("UN Secretary General", "UNSG"),
                arguments("Secretary-General", "UNSG"),
                arguments("Global Migration Group", "GMG"),
                arguments("GMG", "GMG"),
                arguments("Special Representative of the Secretary-General (SRSG) on International Migration and"
                        + " Development", "SRSG"),
                arguments("SRSG", "SRSG"),
                arguments("Member States", "MEMBER-STATES"),
                // 2.1
                arguments("United Nations Children’s Fund", "UNICEF"),
                arguments("UNICEF", "UNICEF"),
                arguments("Committee of the Rights of the Child", "CRC"),
                arguments("United Nations High Commissioner for Refugees", "UNHCR"),
                arguments("UNHCR", "UNHCR"),
                arguments("International Detention Coalition", "IDC"),
                arguments("Human Rights Council", "HRC"),
                arguments("HRC", "HRC"),
                arguments("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
                arguments("UNESCO", "UNESCO"),
                arguments("Global Forum on Migration and Development", "GFMD"),
                arguments("GFMD", "GFMD"),
                arguments("Office for the High Commissioner on Human Rights", "OHCHR"),
                arguments("OHCHR", "OHCHR"),
                arguments("UNICEF Country Offices", "UNICEF-CO"),
                arguments("United Nations Entity for Gender Equality and the Empowerment of Women", "UN-Women"),
                arguments("UN Women", "UN-Women"),
                arguments("World Health Organization", "WHO"),
                arguments("WHO", "WHO"),
                arguments("World Health Assembly", "WHA"),
                arguments("ILO", "ILO"),
                arguments("social partners", "SOCIAL-PARTNERS"),
                arguments("International Training Centre", "ITC-ILO"),
                arguments("ITC", "ITC-ILO"),
                arguments("trade unions", "SOCIAL-PARTNERS"),
                arguments("European Commission", "EC"),
                // 2.2
                arguments("United Nations Commission on Trade and Development", "UNCTAD"),
                arguments("UNCTAD", "UNCTAD"),
                arguments("KNOMAD Thematic Working Group on Low-Skilled Labour Migration", "KNOMAD-TWG-LSLM"),
                arguments("KNOMAD", "KNOMAD"),
                arguments("International Labour Recruitment Working Group", "ILRWG"),
                arguments("NGO Committee", "NGO-Committee"),
                // 2.3
                arguments("United Nations Office on Drugs and Crime", "UNODC"),
                arguments("UNODC", "UNODC"),
                arguments("Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime",
                        "Bali-Process"),
                arguments("local NGOs", "CSO"),
                arguments("Inter-Agency Coordination Group against Trafficking in Persons", "ICAT"),
                arguments("ICAT", "ICAT"),
                arguments("United Nations Development Programme", "UNDP"),
                arguments("UNDP", "UNDP"),
                arguments("Coordinated Mekong Ministerial Initiative against Trafficking", "COMMIT"),
                arguments("COMMIT", "COMMIT"),
                arguments("United Nations Population Fund", "UNFPA"),
                arguments("UNFPA", "UNFPA"),
                arguments("ILO Governing Body", "ILO-GB"),
                arguments("International Labour Conference", "ILC"),
                arguments("ILC", "ILC"),
                // 2.4
                arguments("SRSG on International Migration and Development", "SRSG"),
                arguments("Migrants in Countries in Crisis Initiative", "MICI"),
                arguments("MICI", "MICI"),
                arguments("United States", "GOV-USA"),
                arguments("Philippines", "GOV-PHL"),
                // 2.5
                arguments("labour unions", "SOCIAL-PARTNERS"),
                arguments("International Coalition of Cities against Racism and Discrimination", "ICCAR"),
                arguments("UN DPI", "UN-DPI"),
                // 2.6
                arguments("United Nations Economic and Social Commission for Asia and the Pacific", "ESCAP"),
                arguments("ESCAP", "ESCAP"),
                arguments("United Nations Economic and Social Commission for Western Asia", "ESCWA"),
                arguments("ESCWA", "ESCWA"),
                arguments("United Nations Economic Commission for Africa", "ECA"),
                arguments("ECA", "ECA"),
                arguments("GMG’s Working Group on Mainstreaming Migration into Development Planning",
                        "GMG-WG-MAINSTREAMING"),
                arguments("UN Country Teams", "UNCT"),
                arguments("UNCTs", "UNCT"),
                arguments("International Training Center of the ILO", "ITC-ILO"),
                arguments("ITC-ILO", "ITC-ILO"),
                arguments("European Union", "EU"),
                arguments("Swiss Agency for Development and Cooperation", "SDC"),
                arguments("SDC", "SDC"),
                arguments("Population Division of the United Nations Department of Economic and Social Affairs",
                        "UN-DESA-PD"),
                arguments("United Nations Department of Economic and Social Affairs", "UN-DESA"),
                arguments("UN-DESA", "UN-DESA"),
                arguments("Population Division of UN-DESA", "UN-DESA-PD"),
                arguments("GMG Task Force on Decent Work and Migration", "GMG-TF-DW"),
                arguments("Task Force on Capacity Development", "GMG-TF-CD"),
                arguments("Conference of the Parties", "UNFCCC-COP"),
                arguments("COP", "UNFCCC-COP"),
                arguments("GMG Working Group on Data and Research", "GMG-WG-DATA"),
                arguments("KNOMAD’s Thematic Working Group on Data on Migration and Remittance Flows",
                        "KNOMAD-TWG-DATA"),
                // 2.7
                arguments("Asia-Pacific Thematic Working Group (APTWG) on International Migration", "APTWG"),
                arguments("APTWG", "APTWG"),
                arguments("Statistical Division of the United Nations Economic Commission for Europe", "UNECE-SD"),
                arguments("UNECE", "UNECE"),
                arguments("Conference of European Statisticians", "CES"),
                arguments("CES", "CES"),
                arguments("European Free Trade Association", "EFTA"),
                arguments("EFTA", "EFTA"),
                arguments("UNESCO Institute for Statistics", "UIS"),
                arguments("UIS", "UIS"),
                arguments("Statistical Office of the European Union", "Eurostat"),
                arguments("Eurostat", "Eurostat"),
                arguments("OECD", "OECD"),
                arguments("World Bank", "World-Bank"),
                arguments("UNFPA Country Offices", "UNFPA-CO"),
                arguments("KNOMAD’s Thematic Working Group on Demographic Changes and Migration", "KNOMAD-TWG-DEMOG"),
                arguments("Erste Group", "Erste-Group"),
                arguments("United Nations Population Division", "UN-DESA-PD"),
                arguments("GMG Working Group on Human Rights and Gender", "GMG-WG-HRG"),
                arguments("World Bank’s Global Knowledge Partnership on Migration and Development", "KNOMAD"),
                arguments("Thematic Working Group 7 on Migrant Rights and Social Aspects of Migration",
                        "KNOMAD-TWG-RIGHTS"),
                arguments("Gallup", "Gallup"),
                arguments("Thematic Working Group on Policy and Institutional Coherence", "KNOMAD-TWG-COHERENCE"),
                arguments("OECD Development Centre", "OECD-DEV"),
                arguments("United Kingdom Government’s Foresight Programme", "GOV-GBR"),
                arguments("KNOMAD’s Technical Working Group on Low-skilled Labour Migration", "KNOMAD-TWG-LSLM"),
                arguments("GMG Migration and Decent Work Task Force", "GMG-TF-DW"),
                arguments("GMG Task Force on Capacity Development", "GMG-TF-CD"),
                arguments("UN CC:Learn", "UN-CC-Learn"),
                arguments("UNITAR", "UNITAR"),
                arguments("GMG Task Force on Migration and Decent Work", "GMG-TF-DW"),
                arguments("Labour Migration Branch of the ILO", "ILO-LMB"),
                // 2.8
                arguments("GFMD Chair", "GFMD"),
                arguments("UN Human Rights Council", "HRC"),
                arguments("Open Working Group (OWG) on Sustainable Development Goals", "OWG-SDG"),
                arguments("OWG", "OWG-SDG"),
                arguments("GMG Working Group on Mainstreaming Migration into Development Planning",
                        "GMG-WG-MAINSTREAMING"),
                arguments("African Union Commission", "AUC"),
                arguments("League of Arab States", "LAS"),
                arguments("Working Group on International Migration in the Arab Region", "WG-IM-ARAB"),
                arguments("United Nations Economic Commission for Latin America and the Caribbean", "ECLAC"),
                arguments("ECLAC", "ECLAC"),
                arguments("South American Conference on Migration", "CSM"),
                arguments("CSM", "CSM"),
                arguments("Regional Conference on Migration", "CRM"),
                arguments("CRM", "CRM"),
                arguments("Community of Latin America and Caribbean States", "CELAC"),
                arguments("CELAC", "CELAC"),
                arguments("Union of South American Nations", "UNASUR"),
                arguments("UNASUR", "UNASUR"),
                arguments("UNICEF Regional Offices", "UNICEF-RO"),
                arguments("African Union", "AU"),
                arguments("CRC Committee", "CRC"),
                arguments("The Nansen Initiative on Natural Disasters and Cross-Border Displacement",
                        "Nansen-Initiative"),
                arguments("NGOs", "CSO"),
                // 3
                arguments("IOM Council", "IOM-Council"),
                arguments("Informal Working Group", "SRSG-IWG"),
                arguments("UN Committee on Migrant Workers", "CMW"),
                arguments("Committee on Migrant Workers", "CMW"));
    }

    @ParameterizedTest(name = "\"{0}\" resolves to {1}")
    @MethodSource("namesInTheReport")
    @DisplayName("every organisation the report names is found under the report's spelling")
    void reportNameResolves(String name, String expectedId) {
        Optional<Agency> found = dataset.findAgency(name);
        assertThat(found)
                .as("the report names \"%s\", but findAgency finds nothing (closest: %s); add the report's"
                        + " spelling as an alias of %s", name, dataset.suggestAgencies(name), expectedId)
                .isPresent();
        assertThat(found.get().id()).as("the agency found for \"%s\"", name).isEqualTo(expectedId);
    }

    @Test
    @DisplayName("the GMG members of 2014 that the report names, and only they, have gmgMember true")
    void gmgMembers() {
        Set<String> members = new LinkedHashSet<>();
        dataset.agencies().stream().filter(Agency::gmgMember).forEach(a -> members.add(a.id()));
        assertThat(members).containsExactlyInAnyOrder(
                "UNICEF", "UNHCR", "OHCHR", "UN-Women", "WHO", "ILO", "UNCTAD", "IOM", "UNESCO", "UNODC", "UNDP",
                "UNFPA", "UN-DESA", "UNITAR", "World-Bank", "ESCAP", "ESCWA", "ECA", "ECLAC", "UNECE");
    }

    @Test
    @DisplayName("sub-bodies and working groups are not counted as GMG members")
    void subBodiesAreNotMembers() {
        List<String> wrong = dataset.agencies().stream()
                .filter(a -> a.gmgMember() && a.parentId().isPresent())
                .map(Agency::toString)
                .toList();
        assertThat(wrong).isEmpty();
    }

    static Stream<Arguments> parents() {
        return Stream.of(
                arguments("UIS", "UNESCO"),
                arguments("ITC-ILO", "ILO"),
                arguments("UN-DESA-PD", "UN-DESA"),
                arguments("ILO-LMB", "ILO"),
                arguments("ILO-GB", "ILO"),
                arguments("ILC", "ILO"),
                arguments("IOM-Council", "IOM"),
                arguments("UNECE-SD", "UNECE"),
                arguments("CES", "UNECE"),
                arguments("UNICEF-CO", "UNICEF"),
                arguments("UNICEF-RO", "UNICEF"),
                arguments("UNFPA-CO", "UNFPA"),
                arguments("ICCAR", "UNESCO"),
                arguments("WHA", "WHO"),
                arguments("OECD-DEV", "OECD"),
                arguments("EC", "EU"),
                arguments("Eurostat", "EC"),
                arguments("AUC", "AU"),
                arguments("KNOMAD", "World-Bank"),
                arguments("KNOMAD-TWG-LSLM", "KNOMAD"),
                arguments("KNOMAD-TWG-DATA", "KNOMAD"),
                arguments("KNOMAD-TWG-DEMOG", "KNOMAD"),
                arguments("KNOMAD-TWG-RIGHTS", "KNOMAD"),
                arguments("KNOMAD-TWG-COHERENCE", "KNOMAD"),
                arguments("GMG-WG-DATA", "GMG"),
                arguments("GMG-WG-HRG", "GMG"),
                arguments("GMG-WG-MAINSTREAMING", "GMG"),
                arguments("GMG-TF-CD", "GMG"),
                arguments("GMG-TF-DW", "GMG"),
                arguments("HRC", "UNGA"),
                arguments("ILRWG", "NGO-Committee"),
                arguments("SRSG-IWG", "SRSG"),
                arguments("UN-CC-Learn", "UNITAR"));
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @MethodSource("parents")
    @DisplayName("sub-bodies have the right parent")
    void subBodyParent(String id, String parent) {
        Agency agency = dataset.agency(id).orElseThrow(() -> new AssertionError("no agency " + id));
        assertThat(agency.parentId()).as("parent of %s", id).contains(parent);
        assertThat(dataset.agencyAndSubBodies(parent)).contains(id);
    }

    @Test
    @DisplayName("UNESCO's sub-bodies include UIS, the ILO's include ITC-ILO, UN-DESA's the Population Division")
    void subBodiesFromTheTop() {
        assertThat(dataset.agencyAndSubBodies("UNESCO")).contains("UNESCO", "UIS", "ICCAR");
        assertThat(dataset.agencyAndSubBodies("ILO")).contains("ILO", "ITC-ILO", "ILO-LMB", "ILO-GB", "ILC");
        assertThat(dataset.agencyAndSubBodies("UN-DESA")).contains("UN-DESA", "UN-DESA-PD");
        assertThat(dataset.agencyAndSubBodies("World-Bank")).contains("KNOMAD", "KNOMAD-TWG-DEMOG");
    }

    @Test
    @DisplayName("every participant of every activity is an agency of the dataset")
    void everyParticipantResolves() {
        List<String> dangling = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            a.participants().stream().filter(p -> dataset.agency(p.agencyId()).isEmpty())
                    .forEach(p -> dangling.add(a.id() + " -> " + p));
        }
        assertThat(dangling).isEmpty();
    }

    /** Organisations the report names only in passing; DATASET.md lists them as taking part in no activity. */
    static final Set<String> NAMED_ONLY = Set.of("CRC", "WHA", "UNCT", "UN-CC-Learn", "SRSG-IWG");

    @Test
    @DisplayName("every agency takes part in an activity, directly or through a sub-body, or is a reviewed name-only"
            + " entry")
    void everyAgencyIsUsed() {
        Set<String> participating = new LinkedHashSet<>();
        dataset.activities().forEach(a -> participating.addAll(a.agencyIds()));
        List<String> unused = new ArrayList<>();
        List<String> namedOnlyButUsed = new ArrayList<>();
        for (Agency agency : dataset.agencies()) {
            boolean used = dataset.agencyAndSubBodies(agency.id()).stream().anyMatch(participating::contains);
            if (!used && !NAMED_ONLY.contains(agency.id())) {
                unused.add(agency.toString());
            }
            if (participating.contains(agency.id()) && NAMED_ONLY.contains(agency.id())) {
                namedOnlyButUsed.add(agency.id());
            }
        }
        assertThat(unused).as("agencies in no activity (add them to NAMED_ONLY and DATASET.md if intended)")
                .isEmpty();
        assertThat(namedOnlyButUsed).as("NAMED_ONLY entries that now take part in an activity").isEmpty();
    }

    @Test
    @DisplayName("every agency the report names in a leading role leads at least one activity")
    void gmgMembersLeadSomething() {
        Set<String> leads = new LinkedHashSet<>();
        dataset.activities().forEach(a -> a.participants().stream()
                .filter(p -> p.role() == dev.gmg.model.Role.LEAD).forEach(p -> leads.add(p.agencyId())));
        List<String> idle = dataset.agencies().stream()
                .filter(Agency::gmgMember)
                .map(Agency::id)
                .filter(id -> !id.equals("World-Bank")) // named only as KNOMAD's home and as a data source
                .filter(id -> dataset.agencyAndSubBodies(id).stream().noneMatch(leads::contains))
                .toList();
        assertThat(idle).as("GMG members that lead no activity, themselves or through a sub-body").isEmpty();
    }

    @Test
    @DisplayName("every place of every activity is a place of the standard gazetteer")
    void everyPlaceResolves() {
        Gazetteer gazetteer = Gazetteer.standard();
        List<String> unknown = new ArrayList<>();
        int count = 0;
        for (Activity a : dataset.activities()) {
            for (ActivityPlace ap : a.places()) {
                count++;
                Optional<Place> p = gazetteer.byCode(ap.place().code());
                if (p.isEmpty() || !p.get().equals(ap.place())) {
                    unknown.add(a.id() + " -> " + ap);
                }
            }
        }
        assertThat(count).as("places in the dataset").isGreaterThan(50);
        assertThat(unknown).isEmpty();
    }

    @Test
    @DisplayName("the place codes written in hld-2014.json are gazetteer codes, and the loader keeps them all")
    void placeCodesInTheFileResolveByCode() throws IOException {
        JsonNode root;
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.HLD_2014_RESOURCE)) {
            assertThat(in).as(Datasets.HLD_2014_RESOURCE).isNotNull();
            root = JsonMapper.shared().readTree(in);
        }
        Gazetteer gazetteer = Gazetteer.standard();
        List<String> notCodes = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int count = 0;
        for (JsonNode activity : root.path("activities")) {
            String id = activity.path("id").asString();
            List<String> written = new ArrayList<>();
            for (JsonNode place : activity.path("places")) {
                count++;
                String code = place.path("place").asString();
                String role = place.path("role").asString();
                written.add(code + " (" + role + ")");
                if (gazetteer.byCode(code).isEmpty()) {
                    notCodes.add(id + ": \"" + code + "\" (closest: " + gazetteer.suggest(code) + ")");
                }
            }
            List<String> loaded = dataset.activity(id)
                    .map(a -> a.places().stream().map(ActivityPlace::toString).toList())
                    .orElse(List.of("<activity missing after loading>"));
            if (!loaded.equals(written)) {
                lost.add(id + ": file " + written + ", loaded " + loaded);
            }
        }
        assertThat(count).as("places written in the file").isGreaterThan(50);
        assertThat(notCodes).as("places must be written as exact gazetteer codes (ISO alpha-3, M49, named-area slug)")
                .isEmpty();
        assertThat(lost).as("places as written versus as loaded").isEmpty();
    }
}
