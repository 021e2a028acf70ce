package dev.gmg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    @Test
    void anExactNameFindsWhatItsLookUpKeyFinds() {
        Gazetteer g = Gazetteer.standard();
        List<Place> all = new ArrayList<>(g.places());
        all.addAll(g.cities());
        for (Place p : all) {
            // upper case is no exact name, so it goes through the look-up keys
            assertThat(g.find(p.name())).as(p.name()).isEqualTo(g.find(p.name().toUpperCase(Locale.ROOT)));
        }
    }

    @Test
    void holdsTheWholeM49Table() {
        assertThat(g.countries()).hasSize(249); // 248 M49 countries and areas, and Kosovo
        assertThat(g.places()).filteredOn(p -> p.kind() == PlaceKind.REGION).extracting(Place::name)
                .containsExactlyInAnyOrder("Africa", "Americas", "Asia", "Europe", "Oceania");
        assertThat(g.containing(g.place("Antarctica"))).extracting(Place::code).containsExactly("001");
        assertThat(g.place("001").kind()).isEqualTo(PlaceKind.WORLD);
        assertThat(g.place("001").countries()).hasSize(249);
        assertThat(g.place("419").kind()).isEqualTo(PlaceKind.SUB_REGION);
        assertThat(g.place("005").kind()).isEqualTo(PlaceKind.INTERMEDIATE_REGION);
    }

    /** Every country the report names, by the name the report uses. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Syria, SYR", "Afghanistan, AFG", "Italy, ITA", "Moldova, MDA", "Mexico, MEX", "the Philippines, PHL",
        "Switzerland, CHE", "Sweden, SWE", "Algeria, DZA", "Greece, GRC", "Malawi, MWI", "Malaysia, MYS",
        "Pakistan, PAK", "South Africa, ZAF", "Ethiopia, ETH", "Bangladesh, BGD", "Ecuador, ECU",
        "Jamaica, JAM", "Kyrgyzstan, KGZ", "Morocco, MAR", "Serbia, SRB", "Tunisia, TUN", "Costa Rica, CRI",
        "El Salvador, SLV", "Nepal, NPL", "Senegal, SEN", "Kazakhstan, KAZ", "Argentina, ARG", "Kosovo, XKX",
        "United States, USA", "United Kingdom, GBR", "Uruguay, URY", "Burkina Faso, BFA",
    })
    void findsEveryCountryTheReportNames(String name, String iso3) {
        Place p = g.place(name);
        assertThat(p.code()).isEqualTo(iso3);
        assertThat(p.isCountry()).isTrue();
        assertThat(p.iso3()).contains(iso3);
        assertThat(g.place(iso3)).isEqualTo(p);
        assertThat(g.place(iso3.toLowerCase())).isEqualTo(p);
        assertThat(g.place(p.iso2().orElseThrow())).isEqualTo(p);
        p.m49().ifPresent(m49 -> assertThat(g.place(m49)).isEqualTo(p));
    }

    /** Every region and named area the report names. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Africa, 002", "Europe, 150", "Latin America and the Caribbean, 419", "Latin America, 419",
        "South America, 005", "Western Asia, 145", "Central Asia, 143", "East Africa, 014", "Northern Africa, 015",
        "Arab region, arab-region", "Arab States, arab-region", "Asia-Pacific, asia-pacific",
        "Asia and the Pacific, asia-pacific", "North and Central Asia, north-central-asia",
        "'Eastern Europe, Caucasus and Central Asia', eeca", "Mekong sub-region, mekong",
        "Horn of Africa, horn-of-africa", "the Mediterranean, mediterranean", "Gulf of Aden, gulf-of-aden",
        "World, 001", "global, 001",
    })
    void findsEveryRegionAndNamedAreaTheReportNames(String name, String code) {
        assertThat(g.place(name).code()).isEqualTo(code);
        assertThat(g.place(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"Moldova", "Republic of Moldova", "republic-of-moldova", "MOLDOVA", "MD", "MDA", "498"})
    void namesAndCodeVariantsFindOnePlace(String text) {
        assertThat(g.place(text).name()).isEqualTo("Republic of Moldova");
    }

    @Test
    void regionCodesMayOmitLeadingZeros() {
        assertThat(g.place("15")).isEqualTo(g.place("015"));
        assertThat(g.place("2").name()).isEqualTo("Africa");
        assertThat(g.place("Côte d'Ivoire")).isEqualTo(g.place("cote divoire"));
        assertThat(g.place("Bolivia")).isEqualTo(g.place("BOL"));
    }

    @Test
    void moroccoLiesInNorthernAfricaAfricaTheArabRegionAndTheWorld() {
        Place morocco = g.place("Morocco");
        assertThat(g.containing(morocco)).extracting(Place::code)
                .contains("001", "002", "015", "arab-region", "mediterranean")
                .doesNotContain("150", "145", "MAR");
        assertThat(morocco.isWithin(g.place("Africa"))).isTrue();
        assertThat(morocco.isWithin(g.place("Europe"))).isFalse();
    }

    @Test
    void namedAreasOverlapRegionsThroughTheirCountries() {
        Place arab = g.place("arab-region");
        assertThat(arab.overlaps(g.place("Western Asia"))).isTrue();
        assertThat(arab.overlaps(g.place("Northern Africa"))).isTrue();
        assertThat(arab.overlaps(g.place("Europe"))).isFalse();
        assertThat(arab.isWithin(g.place("Western Asia"))).isFalse();
        assertThat(arab.isWithin(g.place("World"))).isTrue();
        assertThat(g.place("mekong").isWithin(g.place("Asia"))).isTrue();
        assertThat(g.place("horn-of-africa").isWithin(g.place("Eastern Africa"))).isTrue();
        assertThat(g.place("gulf-of-aden").isWithin(g.place("Africa"))).isFalse();
        assertThat(g.place("gulf-of-aden").overlaps(g.place("Africa"))).isTrue();
        assertThat(g.within(g.place("horn-of-africa"))).extracting(Place::code)
                .containsExactlyInAnyOrder("DJI", "ERI", "ETH", "SOM");
        assertThat(arab.note()).hasValueSatisfying(n -> assertThat(n).contains("ESCWA"));
    }

    @Test
    void kosovoIsRepresentedHonestly() {
        Place kosovo = g.place("Kosovo");
        assertThat(kosovo.code()).isEqualTo("XKX");
        assertThat(kosovo.iso2()).contains("XK");
        assertThat(kosovo.m49()).isEmpty();
        assertThat(kosovo.note()).hasValueSatisfying(n -> assertThat(n).contains("Not listed in M49"));
        assertThat(kosovo.isWithin(g.place("Europe"))).isTrue();
        assertThat(kosovo.isWithin(g.place("Southern Europe"))).isTrue();
        assertThat(g.place("Serbia").overlaps(kosovo)).isFalse();
    }

    @Test
    void unknownPlaceSuggestsCloseNames() {
        assertThatThrownBy(() -> g.place("Marocco"))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> {
                    assertThat(e.what()).isEqualTo("place");
                    assertThat(e.input()).isEqualTo("Marocco");
                    assertThat(e.suggestions()).contains("Morocco");
                })
                .hasMessageStartingWith("unknown place 'Marocco', did you mean 'Morocco'");
        assertThatThrownBy(() -> g.place("XYZ")).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("'XYZ'");
        assertThat(g.find("Atlantis")).isEmpty();
        assertThat(g.find(null)).isEmpty();
    }

    /** Every city the report names as a venue, with its UN/LOCODE and country. */
    @ParameterizedTest(name = "{0} -> {1} in {2}")
    @CsvSource({
        "Geneva, CHGVA, CHE", "Turin, ITTRN, ITA", "Stockholm, SESTO, SWE", "Addis Ababa, ETADD, ETH",
        "Almaty, KZALA, KAZ", "Montevideo, UYMVD, URY", "New York, USNYC, USA",
    })
    void findsEveryCityTheReportNamesAsAVenue(String name, String locode, String country) {
        Place city = g.place(name);
        assertThat(city.code()).isEqualTo(locode);
        assertThat(city.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(city.isCity()).isTrue();
        assertThat(city.isCountry()).isFalse();
        assertThat(city.country()).contains(g.place(country));
        assertThat(city.countries()).containsExactly(country);
        assertThat(locode).startsWith(g.place(country).iso2().orElseThrow());
        assertThat(city.note()).hasValueSatisfying(n -> assertThat(n).contains("UN/LOCODE " + locode.substring(0, 2)
                + " " + locode.substring(2)));
        assertThat(g.cities()).contains(city);
    }

    @ParameterizedTest(name = "\"{0}\" is Geneva")
    @CsvSource({"CHGVA", "CH GVA", "ch gva", "chgva", "Geneva", "geneva", "Genève", "Geneve"})
    void aCityIsFoundByCodeWithOrWithoutTheSpaceByNameAndByTheCodeListsName(String text) {
        assertThat(g.place(text).code()).isEqualTo("CHGVA");
        assertThat(Place.of(text)).hasToString("Geneva (CHGVA)");
    }

    @Test
    void aCityCountsAsItsCountryButACountryIsNotWithinACity() {
        Place geneva = g.place("Geneva");
        Place switzerland = g.place("CHE");
        assertThat(geneva.isWithin(switzerland)).isTrue();
        assertThat(geneva.isWithin(g.place("Europe"))).isTrue();
        assertThat(geneva.overlaps(switzerland)).isTrue();
        assertThat(geneva.overlaps(g.place("Western Europe"))).isTrue();
        assertThat(geneva.overlaps(g.place("Africa"))).isFalse();
        assertThat(switzerland.isWithin(geneva)).isFalse();
        assertThat(g.place("Europe").isWithin(geneva)).isFalse();
        assertThat(geneva.isWithin(geneva)).isTrue();
        assertThat(g.containing(geneva)).extracting(Place::code).contains("001", "150", "155", "CHE");
        assertThat(switzerland.country()).contains(switzerland);
        assertThat(g.place("Europe").country()).isEmpty();
        assertThat(g.place("arab-region").country()).isEmpty();
    }

    @Test
    void citiesAreListedApartFromRegionsCountriesAndNamedAreas() {
        assertThat(g.cities()).extracting(Place::code)
                .containsExactly("ETADD", "KZALA", "CHGVA", "UYMVD", "USNYC", "SESTO", "ITTRN");
        assertThat(g.places()).noneMatch(Place::isCity);
        assertThat(g.countries()).hasSize(249);
        assertThat(g.byCode("CHGVA")).contains(g.place("Geneva"));
        assertThat(g.byCode("CH GVA")).as("byCode takes the canonical code only").isEmpty();
        assertThat(g.place("Turin").iso2()).isEmpty();
        assertThat(g.place("Turin").m49()).isEmpty();
        assertThat(g.place("Turin").iso3()).isEmpty();
    }

    @Test
    void unknownCityCodeSuggestsTheCloseOne() {
        assertThatThrownBy(() -> g.place("CHGVB"))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.suggestions()).contains("CHGVA"))
                .hasMessage("unknown place 'CHGVB', did you mean 'CHGVA'?");
    }

    @Test
    void placeOfUsesTheStandardGazetteer() {
        assertThat(Place.of("CHE").name()).isEqualTo("Switzerland");
        assertThat(Place.of("CHE")).hasToString("Switzerland (CHE)");
        assertThat(List.of(Place.of("MAR"), Place.of("001"), Place.of("002")).stream().sorted())
                .extracting(Place::code).containsExactly("001", "002", "MAR");
    }
}
