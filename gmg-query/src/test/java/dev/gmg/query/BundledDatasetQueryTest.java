package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.query.ActivityQuery.PlaceMatch;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every facet's semantics on the bundled dataset of the 2014 follow-up report ({@link Datasets#hld2014()}, 163
 * activities, 91 agencies). Expectations are computed independently, with plain streams over
 * {@code dataset.activities()} and the model's own fields, and pinned with facts read in the report (the ids
 * below are the dataset's). {@link QuerySemanticsTest} covers the same rules on a small handmade dataset.
 */
class BundledDatasetQueryTest {

    static final Dataset HLD = Datasets.hld2014();
    static final ActivityIndex INDEX = ActivityIndex.of(HLD);
    static final Gazetteer GZ = Gazetteer.standard();

    // activities the tests name; each fact is checked against the report's text
    static final String MICI = "mici-migrants-in-countries-in-crisis"; // 2013-10/.., action points 4 and 8
    static final String JMDI = "undp-jmdi-phase-2"; // funded by the EU and the SDC
    static final String UNWOMEN_PROGRAMME = "unwomen-programme-women-migrant-workers-mda-mex-phl"; // funded by the EC
    static final String JOINT_PROGRAMME = "iom-undp-global-joint-programme-mainstreaming-phase-2"; // incl. Moldova
    static final String CHILDREN_LEFT_BEHIND = "unicef-co-children-left-behind-impact"; // Tunisia and Moldova
    static final String ALMATY_WORKSHOP = "unece-efta-iom-almaty-workshop-migration-statistics"; // eeca target
    static final String COMMIT = "undp-commit-anti-trafficking-support"; // Greater Mekong Subregion
    static final String YOUTH_CONSULTATION = "unicef-online-consultation-youth-migration-post-2015"; // fall 2013
    static final String ACADEMY = "ilo-labour-migration-academy-2014"; // Turin, 16-27 June 2014
    static final String OUAGADOUGOU = "gmg-advocacy-campaign-auc-ouagadougou-plus-10"; // "vis-à-vis"
    static final String IRIS = "iom-iris-public-private-alliance"; // 2014-03/..
    static final String GALLUP_PROGRAMME = "iom-gallup-world-migration-survey-programme"; // 2014/..
    static final String SG_REPORT_2015 = "unwomen-sg-report-violence-against-women-migrant-workers-2015"; // ../2015
    static final String AMAZING_CAMPAIGN = "iom-its-amazing-what-migrants-bring-campaign"; // the World only
    static final List<String> GENEVA_MEETINGS = List.of("ilo-tripartite-meeting-forced-labour-2013",
            "unctad-expert-meeting-financial-services");
    static final List<String> UIS_ONLY = List.of("uis-international-student-mobility-data",
            "uis-doctorate-holders-mobility-data", "uis-mobility-dispersion-index",
            "unesco-efa-educational-attainment-of-migrants");

    /**
     * The ids the index finds, in order, after checking that a linear scan with the query's predicate finds the same
     * and that the total agrees.
     */
    static List<String> find(UnaryOperator<ActivityQuery.Builder> spec) {
        ActivityQuery q = spec.apply(ActivityQuery.builder()).build();
        QueryResult r = INDEX.query(q);
        List<String> viaScan = HLD.activities().stream().filter(q.predicate(HLD)).sorted(q.sort().comparator())
                .map(Activity::id).toList();
        assertThat(r.ids()).as("index and scan for %s", q).isEqualTo(viaScan);
        assertThat(r.total()).as("total for %s", q).isEqualTo(viaScan.size());
        return r.ids();
    }

    /** The ids of the activities the plain predicate keeps, in dataset order (compare in any order). */
    static List<String> expected(Predicate<Activity> p) {
        return HLD.activities().stream().filter(p).map(Activity::id).toList();
    }

    static int count(Predicate<Activity> p) {
        return (int) HLD.activities().stream().filter(p).count();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The agency and every body below it, from the {@code parent} fields (not through the dataset's helper). */
    static Set<String> subtree(String id) {
        Set<String> out = new LinkedHashSet<>(List.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Agency a : HLD.agencies()) {
                if (a.parentId().isPresent() && out.contains(a.parentId().get()) && out.add(a.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    static Predicate<Activity> hasParticipant(Set<String> agencyIds, Role... roles) {
        Set<Role> accepted = roles.length == 0 ? EnumSet.allOf(Role.class) : EnumSet.of(roles[0], roles);
        return a -> a.participants().stream()
                .anyMatch(p -> agencyIds.contains(p.agencyId()) && accepted.contains(p.role()));
    }

    /** A non-World place sharing a country with {@code region}: the default "intersects" rule. */
    static boolean intersects(Place place, Place region) {
        return place.kind() != PlaceKind.WORLD && !Collections.disjoint(place.countries(), region.countries());
    }

    static boolean isWithin(Place place, Place region) {
        return place.kind() != PlaceKind.WORLD && !place.countries().isEmpty()
                && region.countries().containsAll(place.countries());
    }

    static boolean isGlobal(Activity a) {
        return a.places().stream().anyMatch(p -> p.place().kind() == PlaceKind.WORLD);
    }

    static Predicate<Activity> anyPlace(Predicate<ActivityPlace> p) {
        return a -> a.places().stream().anyMatch(p);
    }

    /** Names the country itself or one of its cities (a city counts as its country). */
    static Predicate<Activity> names(String iso3) {
        return anyPlace(p -> p.place().country().map(Place::code).orElse("").equals(iso3));
    }

    @Test
    void theBundledDatasetIsTheReportsAndTheIndexCoversIt() {
        assertThat(HLD.activities()).hasSize(163);
        assertThat(HLD.agencies()).hasSize(91);
        assertThat(INDEX.size()).isEqualTo(163);
        assertThat(find(b -> b)).hasSize(163).doesNotHaveDuplicates();
    }

    @Nested
    class ActionPoints {
        @Test
        void eachPointFindsTheActivitiesServingIt() {
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(find(b -> b.actionPoints(p))).as("%s", p)
                        .containsExactlyInAnyOrderElementsOf(expected(a -> a.actionPoints().contains(p)));
            }
        }

        @Test
        void pointFourFindsMici() {
            assertThat(find(b -> b.actionPoints("4"))).contains(MICI)
                    .containsExactlyInAnyOrderElementsOf(find(b -> b.actionPoints(ActionPoint.STRANDED_MIGRANTS)));
            assertThat(find(b -> b.actionPoints("8"))).contains(MICI);
        }

        @Test
        void severalPointsCombineWithOrAndExclusionRemoves() {
            assertThat(find(b -> b.actionPoints(ActionPoint.STRANDED_MIGRANTS, ActionPoint.PUBLIC_PERCEPTIONS)))
                    .containsExactlyInAnyOrderElementsOf(expected(a -> a.actionPoints().contains(
                            ActionPoint.STRANDED_MIGRANTS) || a.actionPoints().contains(ActionPoint.PUBLIC_PERCEPTIONS)));
            assertThat(find(b -> b.excludeActionPoints(ActionPoint.PARTNERSHIPS))).doesNotContain(MICI)
                    .containsExactlyInAnyOrderElementsOf(
                            expected(a -> !a.actionPoints().contains(ActionPoint.PARTNERSHIPS)));
            // MICI serves 4 and 8: excluding 8 removes it from point 4
            assertThat(find(b -> b.actionPoints(ActionPoint.STRANDED_MIGRANTS)
                    .excludeActionPoints(ActionPoint.PARTNERSHIPS))).doesNotContain(MICI).isNotEmpty();
        }
    }

    @Nested
    class Agencies {
        @Test
        void unescoFindsTheInstituteForStatisticsUnlessNamedBodyOnly() {
            List<String> withSubBodies = find(b -> b.agencies("UNESCO"));
            assertThat(withSubBodies).containsAll(UIS_ONLY)
                    .contains("unesco-international-coalition-cities-against-racism")
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("UNESCO"))));
            assertThat(subtree("UNESCO")).contains("UIS", "ICCAR");

            List<String> namedOnly = find(b -> b.agencies("UNESCO").includeSubBodies(false));
            assertThat(namedOnly).doesNotContainAnyElementsOf(UIS_ONLY)
                    .contains("unesco-international-coalition-cities-against-racism") // UNESCO and ICCAR both lead it
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(Set.of("UNESCO"))));
            assertThat(namedOnly.size()).isLessThan(withSubBodies.size());
        }

        @Test
        void unDesaFindsThePopulationDivisionsWork() {
            List<String> desa = find(b -> b.agencies("UN-DESA"));
            assertThat(desa).contains("un-desa-pd-migrant-stock-estimates-update",
                    "un-desa-pd-sg-report-international-migration-ga69", "unhcr-forced-migration-data")
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("UN-DESA"))));
            assertThat(find(b -> b.agencies("UN-DESA").includeSubBodies(false)))
                    .containsExactly("unhcr-forced-migration-data");
        }

        @Test
        void subBodiesAtAnyDepth() {
            // Eurostat belongs to the EC, which belongs to the EU
            assertThat(subtree("EU")).contains("EC", "Eurostat");
            assertThat(find(b -> b.agencies("EU"))).contains(JMDI, UNWOMEN_PROGRAMME,
                    "uis-international-student-mobility-data")
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("EU"))));
            // the ILO's conference and governing body
            assertThat(find(b -> b.agencies("ILO"))).contains("ilc-103-supplementing-convention-29");
            assertThat(find(b -> b.agencies("ILO").includeSubBodies(false)))
                    .doesNotContain("ilc-103-supplementing-convention-29");
        }

        @Test
        void byIdNameOrAlias() {
            List<String> byId = find(b -> b.agencies("UN-Women"));
            assertThat(byId).contains(UNWOMEN_PROGRAMME, JMDI, YOUTH_CONSULTATION)
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(Set.of("UN-Women"))));
            assertThat(find(b -> b.agencies("UN Women"))).isEqualTo(byId);
            assertThat(find(b -> b.agencies("United Nations Entity for Gender Equality and the Empowerment of Women")))
                    .isEqualTo(byId);
            // several agencies combine with OR
            assertThat(find(b -> b.agencies("UN Women", "UIS"))).containsExactlyInAnyOrderElementsOf(
                    expected(hasParticipant(Set.of("UN-Women", "UIS"))));
        }

        @Test
        void funders() {
            assertThat(find(b -> b.agencies("SDC").agencyRoles(Role.FUNDER))).containsExactly(JMDI);
            assertThat(find(b -> b.agencies("SDC"))).contains(JMDI, "knomad-research-policy-coherence-indicators");
            assertThat(find(b -> b.agencies("EC").agencyRoles(Role.FUNDER))).containsExactly(UNWOMEN_PROGRAMME);
            assertThat(find(b -> b.agencies("EU").agencyRoles(Role.FUNDER).includeSubBodies(false)))
                    .containsExactly(JMDI);
            assertThat(find(b -> b.agencies("EU").agencyRoles(Role.FUNDER)))
                    .containsExactlyInAnyOrder(JMDI, UNWOMEN_PROGRAMME);
            assertThat(find(b -> b.agencies("EU", "SDC").agencyRoles(Role.FUNDER))).containsExactlyInAnyOrder(
                    JMDI, UNWOMEN_PROGRAMME);
            // every funder in the dataset
            Set<String> allAgencies = HLD.agencies().stream().map(Agency::id).collect(Collectors.toSet());
            assertThat(find(b -> b.agencies(allAgencies).agencyRoles(Role.FUNDER)))
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(allAgencies, Role.FUNDER)))
                    .containsExactlyInAnyOrder(JMDI, UNWOMEN_PROGRAMME);
            // a role without agencies: every funded activity
            assertThat(find(b -> b.agencyRoles(Role.FUNDER))).containsExactlyInAnyOrder(JMDI, UNWOMEN_PROGRAMME);
            assertThat(ActivityQuery.builder().agencyRoles(Role.FUNDER).build()).hasToString("role:funder");
        }

        @Test
        void rolesRestrictTheParticipantsConsidered() {
            // ITC-ILO hosts the Turin workshop and the academy
            assertThat(find(b -> b.agencies("ITC-ILO").agencyRoles(Role.HOST))).containsExactlyInAnyOrder(
                    "ilo-fair-recruitment-workshop-turin-2014", ACADEMY);
            for (Role role : Role.values()) {
                assertThat(find(b -> b.agencies("ILO").agencyRoles(role))).as("%s", role)
                        .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("ILO"), role)));
            }
            assertThat(find(b -> b.agencies("ILO").agencyRoles(Role.LEAD, Role.HOST)))
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("ILO"), Role.LEAD, Role.HOST)));
        }

        @Test
        void exclusionRemovesEveryRoleAndSubBody() {
            assertThat(find(b -> b.excludeAgencies("ILO"))).doesNotContain(ACADEMY, JMDI) // ITC-ILO partners JMDI
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(subtree("ILO")).negate()));
            assertThat(find(b -> b.excludeAgencies("ILO").includeSubBodies(false))).contains(JMDI)
                    .containsExactlyInAnyOrderElementsOf(expected(hasParticipant(Set.of("ILO")).negate()));
            assertThat(find(b -> b.agencies("UNDP").excludeAgencies("IOM"))).contains(COMMIT)
                    .doesNotContain(JMDI, JOINT_PROGRAMME).containsExactlyInAnyOrderElementsOf(expected(
                            hasParticipant(Set.of("UNDP")).and(hasParticipant(subtree("IOM")).negate())));
        }
    }

    @Nested
    class Countries {
        @Test
        void moldovaFindsTheActivitiesNamingIt() {
            assertThat(find(b -> b.countries("Moldova"))).containsExactlyInAnyOrder(JOINT_PROGRAMME,
                    UNWOMEN_PROGRAMME, CHILDREN_LEFT_BEHIND).containsExactlyInAnyOrderElementsOf(expected(names("MDA")))
                    .isEqualTo(find(b -> b.countries("MDA")))
                    // Moldova is one of the eeca countries of the Almaty workshop, but the workshop does not name it
                    .doesNotContain(ALMATY_WORKSHOP);
            // as a region, Moldova finds what overlaps it, eeca included
            assertThat(find(b -> b.regions("Moldova"))).contains(ALMATY_WORKSHOP, JOINT_PROGRAMME);
        }

        @Test
        void moroccoDoesNotFindActivitiesTaggedOnlyWithTheArabRegion() {
            List<String> escwaArab = expected(hasParticipant(Set.of("ESCWA"))
                    .and(anyPlace(p -> p.place().code().equals("arab-region"))));
            assertThat(escwaArab).hasSize(5).contains("escwa-arab-regional-consultative-process");
            assertThat(find(b -> b.countries("Morocco"))).containsExactlyInAnyOrder(JOINT_PROGRAMME, JMDI)
                    .containsExactlyInAnyOrderElementsOf(expected(names("MAR")))
                    .doesNotContainAnyElementsOf(escwaArab);
            assertThat(find(b -> b.regions("Morocco"))).containsAll(escwaArab).contains(JOINT_PROGRAMME, JMDI);
        }

        @Test
        void everyCountryNamedInTheDataset() {
            Set<String> named = HLD.activities().stream().flatMap(a -> a.places().stream()).map(ActivityPlace::place)
                    .flatMap(p -> p.country().stream()).map(Place::code)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(named).contains("MDA", "MAR", "CHE", "XKX");
            for (String iso3 : named) {
                assertThat(find(b -> b.countries(iso3))).as(iso3)
                        .containsExactlyInAnyOrderElementsOf(expected(names(iso3)));
            }
        }
    }

    @Nested
    class Places {
        @Test
        void africaFindsActivitiesInMoroccoAndTheArabRegion() {
            Place africa = GZ.place("Africa");
            assertThat(find(b -> b.regions("Africa"))).contains(JOINT_PROGRAMME, JMDI, CHILDREN_LEFT_BEHIND,
                    "escwa-arab-regional-consultative-process", "eca-mainstreaming-migration-national-development-plans",
                    "unhcr-strategy-trafficking-smuggling-horn-east-africa")
                    .doesNotContain(AMAZING_CAMPAIGN, MICI)
                    .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> intersects(p.place(), africa))));
        }

        @Test
        void arabRegionIsFoundByWesternAsiaAndByNorthernAfricaButIsWithinNeither() {
            List<String> escwaArab = expected(hasParticipant(Set.of("ESCWA"))
                    .and(anyPlace(p -> p.place().code().equals("arab-region"))));
            for (String region : List.of("Western Asia", "Northern Africa")) {
                Place r = GZ.place(region);
                assertThat(find(b -> b.regions(region))).as(region).containsAll(escwaArab)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> intersects(p.place(), r))));
                assertThat(find(b -> b.regions(region).placeMatch(PlaceMatch.WITHIN))).as(region)
                        .doesNotContainAnyElementsOf(escwaArab)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> isWithin(p.place(), r))));
            }
            assertThat(find(b -> b.regions("Arab region").placeMatch(PlaceMatch.WITHIN))).containsAll(escwaArab);
        }

        @Test
        void europeFindsTheGenevaMeetings() {
            Place europe = GZ.place("Europe");
            assertThat(find(b -> b.regions("Europe"))).containsAll(GENEVA_MEETINGS).contains(ACADEMY)
                    .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> intersects(p.place(), europe))));
        }

        @Test
        void namedAreas() {
            assertThat(find(b -> b.regions("Mekong"))).contains(COMMIT);
            assertThat(find(b -> b.regions("Mekong").placeMatch(PlaceMatch.WITHIN))).containsExactly(COMMIT);
            assertThat(find(b -> b.regions("South-eastern Asia"))).contains(COMMIT);
            for (String area : List.of("mekong", "arab-region", "asia-pacific", "eeca", "horn-of-africa",
                    "mediterranean", "gulf-of-aden", "north-central-asia")) {
                Place r = GZ.place(area);
                assertThat(find(b -> b.regions(area))).as(area)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> intersects(p.place(), r))));
            }
        }

        @Test
        void everyRegionIntersectsAndWithinAsComputedFromCountries() {
            for (Place r : GZ.places()) {
                if (r.isCountry() || r.kind() == PlaceKind.WORLD) {
                    continue;
                }
                assertThat(find(b -> b.regions(r))).as("%s", r)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> intersects(p.place(), r))));
                assertThat(find(b -> b.regions(r).placeMatch(PlaceMatch.WITHIN))).as("within %s", r)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> isWithin(p.place(), r))));
            }
        }

        @Test
        void globalActivitiesMatchOnlyWhenAsked() {
            Place africa = GZ.place("Africa");
            assertThat(find(b -> b.regions("Africa"))).doesNotContain(AMAZING_CAMPAIGN);
            assertThat(find(b -> b.regions("Africa").includeGlobal(true))).contains(AMAZING_CAMPAIGN)
                    .containsExactlyInAnyOrderElementsOf(expected(
                            anyPlace(p -> intersects(p.place(), africa)).or(BundledDatasetQueryTest::isGlobal)));
            assertThat(find(b -> b.countries("MDA").includeGlobal(true))).contains(AMAZING_CAMPAIGN,
                    CHILDREN_LEFT_BEHIND).containsExactlyInAnyOrderElementsOf(
                            expected(names("MDA").or(BundledDatasetQueryTest::isGlobal)));
            // the World itself, named as a region, finds every activity with a place
            assertThat(find(b -> b.regions("World"))).containsExactlyInAnyOrderElementsOf(
                    expected(a -> !a.places().isEmpty()));
        }

        @Test
        void placeRoles() {
            assertThat(find(b -> b.countries("CHE").placeRoles(PlaceRole.VENUE)))
                    .containsExactlyInAnyOrderElementsOf(GENEVA_MEETINGS);
            assertThat(find(b -> b.countries("MDA").placeRoles(PlaceRole.VENUE))).isEmpty();
            assertThat(find(b -> b.countries("MDA").placeRoles(PlaceRole.TARGET))).hasSize(3);
            Place africa = GZ.place("Africa");
            for (PlaceRole role : PlaceRole.values()) {
                assertThat(find(b -> b.regions("Africa").placeRoles(role))).as("%s", role)
                        .containsExactlyInAnyOrderElementsOf(expected(
                                anyPlace(p -> p.role() == role && intersects(p.place(), africa))));
                assertThat(find(b -> b.placeRoles(role))).as("any place as %s", role)
                        .containsExactlyInAnyOrderElementsOf(expected(anyPlace(p -> p.role() == role)));
            }
            // the ESCWA activities name the Arab region as their scope, not as a target
            assertThat(find(b -> b.regions("Africa").placeRoles(PlaceRole.TARGET)))
                    .doesNotContain("escwa-arab-regional-consultative-process");
        }
    }
}
