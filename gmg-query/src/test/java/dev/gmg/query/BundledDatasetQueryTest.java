package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.query.ActivityQuery.PlaceMatch;
import dev.gmg.query.ActivityQuery.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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
            "hrc-high-level-panel-human-rights-mainstreaming-2014", "unctad-expert-meeting-financial-services");
    static final List<String> UIS_ONLY = List.of("uis-international-student-mobility-data",
            "uis-doctorate-holders-mobility-data", "uis-mobility-dispersion-index");

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

    static Predicate<Activity> names(String iso3) {
        return anyPlace(p -> p.place().code().equals(iso3));
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
                    .contains("unesco-efa-educational-attainment-of-migrants") // UNESCO and UIS both lead it
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
                    .filter(Place::isCountry).map(Place::code).collect(Collectors.toCollection(java.util.TreeSet::new));
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

    @Nested
    class Dates {
        static Predicate<Activity> overlaps(LocalDate from, LocalDate to) {
            return a -> a.period().isPresent() && !a.period().get().earliest().isAfter(to)
                    && !a.period().get().latest().isBefore(from);
        }

        static Predicate<Activity> within(LocalDate from, LocalDate to) {
            return a -> a.period().isPresent() && !a.period().get().earliest().isBefore(from)
                    && !a.period().get().latest().isAfter(to);
        }

        @Test
        void firstHalfOf2014OverlapAndWithin() {
            LocalDate from = d("2014-01-01");
            LocalDate to = d("2014-06-30");
            assertThat(find(b -> b.overlapping(from, to)))
                    .contains(MICI, IRIS, GALLUP_PROGRAMME, SG_REPORT_2015, JOINT_PROGRAMME, ACADEMY,
                            "unsg-unesco-global-education-initiative-gefi", "ilo-gmg-chair-work-plan-2014")
                    .doesNotContain("unctad-expert-meeting-financial-services", YOUTH_CONSULTATION, JMDI)
                    .containsExactlyInAnyOrderElementsOf(expected(overlaps(from, to)));
            assertThat(find(b -> b.within(from, to)))
                    // 2014-40 is the first half of 2014, exactly the range
                    .contains(ACADEMY, "ilo-fair-recruitment-workshop-turin-2014",
                            "escwa-handbook-capacity-building-workshops")
                    .doesNotContain(MICI, SG_REPORT_2015, "ilo-gmg-chair-work-plan-2014")
                    .containsExactlyInAnyOrderElementsOf(expected(within(from, to)));
            // the same range given as a period
            assertThat(find(b -> b.overlapping(EdtfPeriod.parse("2014-40")))).isEqualTo(find(b -> b.overlapping(from, to)));
        }

        @Test
        void autumn2013IsSeptemberToNovember() {
            assertThat(find(b -> b.overlapping(d("2013-10-01"), d("2013-10-31")))).contains(YOUTH_CONSULTATION);
            assertThat(find(b -> b.overlapping(d("2013-07-01"), d("2013-07-31")))).doesNotContain(YOUTH_CONSULTATION);
            assertThat(find(b -> b.overlapping(d("2013-08-01"), d("2013-08-31")))).doesNotContain(YOUTH_CONSULTATION);
            assertThat(find(b -> b.overlapping(d("2013-11-30"), d("2013-12-31")))).contains(YOUTH_CONSULTATION);
            assertThat(find(b -> b.within(d("2013-09-01"), d("2013-11-30")))).contains(YOUTH_CONSULTATION);
            assertThat(find(b -> b.within(d("2013-10-01"), d("2013-10-31")))).doesNotContain(YOUTH_CONSULTATION);
        }

        @Test
        void openEnds() {
            // only the three open-ended activities reach 2030
            assertThat(find(b -> b.overlapping(d("2030-01-01"), d("2030-12-31"))))
                    .containsExactlyInAnyOrder(MICI, IRIS, GALLUP_PROGRAMME)
                    .containsExactlyInAnyOrderElementsOf(expected(a -> a.period().map(EdtfPeriod::hasOpenEnd).orElse(false)));
            // 2013-10/.. starts in October 2013
            assertThat(find(b -> b.overlapping(d("2013-01-01"), d("2013-09-30")))).doesNotContain(MICI);
            assertThat(find(b -> b.overlapping(d("2013-10-31"), d("2013-10-31")))).contains(MICI);
            assertThat(find(b -> b.within(d("2013-01-01"), LocalDate.MAX))).contains(MICI, IRIS, GALLUP_PROGRAMME);
            assertThat(find(b -> b.within(d("2013-01-01"), d("2099-12-31")))).doesNotContain(MICI, IRIS, GALLUP_PROGRAMME);
            assertThat(find(b -> b.within(d("2014-01-01"), LocalDate.MAX))).contains(IRIS, GALLUP_PROGRAMME)
                    .doesNotContain(MICI);
            // ../2015 has no known start
            assertThat(find(b -> b.overlapping(d("1990-01-01"), d("1990-12-31")))).containsExactly(SG_REPORT_2015);
            assertThat(find(b -> b.within(LocalDate.MIN, d("2015-12-31")))).contains(SG_REPORT_2015)
                    .containsExactlyInAnyOrderElementsOf(expected(within(LocalDate.MIN, d("2015-12-31"))));
            assertThat(find(b -> b.within(d("2000-01-01"), d("2015-12-31")))).doesNotContain(SG_REPORT_2015);
        }

        @Test
        void undatedOnlyWhenAsked() {
            int undated = count(a -> a.period().isEmpty());
            assertThat(undated).isPositive();
            assertThat(find(b -> b.overlapping(LocalDate.MIN, LocalDate.MAX))).hasSize(163 - undated)
                    .doesNotContain(JMDI);
            assertThat(find(b -> b.overlapping(LocalDate.MIN, LocalDate.MAX).includeUndated(true))).hasSize(163);
            assertThat(find(b -> b.overlapping(d("2014-01-01"), d("2014-06-30")).includeUndated(true)))
                    .contains(JMDI).containsExactlyInAnyOrderElementsOf(expected(
                            overlaps(d("2014-01-01"), d("2014-06-30")).or(a -> a.period().isEmpty())));
            // without a date filter, undated activities are not filtered out
            assertThat(find(b -> b.includeUndated(true))).hasSize(163);
        }

        @Test
        void everyYearOverlapAndWithin() {
            for (int year = 2011; year <= 2018; year++) {
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                assertThat(find(b -> b.overlapping(from, to))).as("overlaps %s", year)
                        .containsExactlyInAnyOrderElementsOf(expected(overlaps(from, to)));
                assertThat(find(b -> b.within(from, to))).as("within %s", year)
                        .containsExactlyInAnyOrderElementsOf(expected(within(from, to)));
            }
        }
    }

    @Nested
    class OtherFacets {
        @Test
        void statusKindAndThemes() {
            for (Status s : Status.values()) {
                assertThat(find(b -> b.statuses(s))).as("%s", s)
                        .containsExactlyInAnyOrderElementsOf(expected(a -> a.status() == s));
            }
            for (ActivityKind k : ActivityKind.values()) {
                assertThat(find(b -> b.kinds(k))).as("%s", k)
                        .containsExactlyInAnyOrderElementsOf(expected(a -> a.kind() == k));
            }
            for (Theme t : Theme.values()) {
                assertThat(find(b -> b.themes(t))).as("%s", t)
                        .containsExactlyInAnyOrderElementsOf(expected(a -> a.themes().contains(t)));
                assertThat(find(b -> b.excludeThemes(t))).as("not %s", t)
                        .containsExactlyInAnyOrderElementsOf(expected(a -> !a.themes().contains(t)));
            }
            assertThat(find(b -> b.kinds(ActivityKind.MEETING))).containsAll(GENEVA_MEETINGS);
            assertThat(find(b -> b.statuses(Status.PLANNED, Status.COMPLETED))).contains(ACADEMY, YOUTH_CONSULTATION)
                    .doesNotContain(MICI);
            assertThat(find(b -> b.themes(Theme.CRISIS, Theme.SMUGGLING))).contains(MICI)
                    .containsExactlyInAnyOrderElementsOf(expected(
                            a -> a.themes().contains(Theme.CRISIS) || a.themes().contains(Theme.SMUGGLING)));
            // an activity without themes has none to exclude
            assertThat(find(b -> b.excludeThemes(Theme.STATISTICS)))
                    .contains("un-desa-pd-technical-publications-migration-development");
        }

        @Test
        void freeTextIsCaseAndAccentInsensitiveAndEveryWordMustMatch() {
            assertThat(find(b -> b.text("labour migration academy"))).containsExactly(ACADEMY);
            assertThat(find(b -> b.text("LABOUR MIGRATION ACADEMY"))).containsExactly(ACADEMY);
            assertThat(find(b -> b.text("Labóur Migratión Acadèmy"))).containsExactly(ACADEMY);
            assertThat(find(b -> b.text("acad turin"))).containsExactly(ACADEMY); // prefixes, summary included
            assertThat(find(b -> b.text("labour migration academy geneva"))).isEmpty();
            // the data's own accent: "vis-à-vis"
            assertThat(find(b -> b.text("vis a vis Ouagadougou"))).containsExactly(OUAGADOUGOU);
            assertThat(find(b -> b.text("VIS-À-VIS"))).containsExactly(OUAGADOUGOU);
            assertThat(find(b -> b.text("amazing"))).containsExactly(AMAZING_CAMPAIGN);
            for (String word : List.of("trafficking", "remittance", "statistic", "children", "xenophobia")) {
                Pattern p = Pattern.compile("\\b" + word, Pattern.CASE_INSENSITIVE);
                assertThat(find(b -> b.text(word.toUpperCase(Locale.ROOT)))).as(word).isNotEmpty()
                        .containsExactlyInAnyOrderElementsOf(
                                expected(a -> p.matcher(a.title() + " " + a.summary()).find()));
            }
        }

        @Test
        void facetsCombineWithAnd() {
            Place africa = GZ.place("Africa");
            LocalDate from = d("2014-01-01");
            LocalDate to = d("2014-12-31");
            assertThat(find(b -> b.actionPoints(ActionPoint.DEVELOPMENT_AGENDA, ActionPoint.PARTNERSHIPS)
                    .agencies("IOM").regions("Africa").overlapping(from, to)))
                    .containsExactly(JOINT_PROGRAMME)
                    .containsExactlyInAnyOrderElementsOf(expected(
                            ((Predicate<Activity>) a -> a.actionPoints().contains(ActionPoint.DEVELOPMENT_AGENDA)
                                    || a.actionPoints().contains(ActionPoint.PARTNERSHIPS))
                                    .and(hasParticipant(subtree("IOM")))
                                    .and(anyPlace(p -> intersects(p.place(), africa)))
                                    .and(Dates.overlaps(from, to))));
            assertThat(find(b -> b.countries("MDA").themes(Theme.CHILDREN))).containsExactly(CHILDREN_LEFT_BEHIND);
            assertThat(find(b -> b.countries("MDA").kinds(ActivityKind.PROGRAMME).statuses(Status.PLANNED)))
                    .containsExactlyInAnyOrder(JOINT_PROGRAMME, UNWOMEN_PROGRAMME);
        }
    }

    @Nested
    class OrderPagingAndCounts {
        /** The default order, written out: dated before undated, then by earliest day, then by id. */
        static final Comparator<Activity> BY_DATE = Comparator
                .comparing((Activity a) -> a.period().isPresent() ? 0 : 1)
                .thenComparing(a -> a.period().map(EdtfPeriod::earliest).orElse(LocalDate.MAX))
                .thenComparing(Activity::id);

        @Test
        void defaultOrderIsEarliestDateThenIdWithUndatedLast() {
            List<String> ids = find(b -> b);
            assertThat(ids).isEqualTo(HLD.activities().stream().sorted(BY_DATE).map(Activity::id).toList());
            // ../2015 has no known start, so it comes first; 2012/2016 next
            assertThat(ids).startsWith(SG_REPORT_2015, "unsg-unesco-global-education-initiative-gefi");
            int firstUndated = ids.indexOf(ids.stream().filter(id -> HLD.activity(id).orElseThrow().period().isEmpty())
                    .findFirst().orElseThrow());
            assertThat(ids.subList(firstUndated, ids.size())).isSorted()
                    .allMatch(id -> HLD.activity(id).orElseThrow().period().isEmpty());
        }

        @Test
        void otherOrders() {
            List<String> descending = find(b -> b.sortBy(Sort.DATE_DESCENDING));
            // the two activities of 2015 come first, by id; ../2015 is the last dated one
            assertThat(descending).startsWith("ohchr-film-migrant-domestic-workers-irregular",
                    "ohchr-global-workshop-migrant-domestic-workers-2015");
            assertThat(descending.get(163 - count(a -> a.period().isEmpty()) - 1)).isEqualTo(SG_REPORT_2015);
            assertThat(find(b -> b.sortBy(Sort.ID))).isSorted().hasSize(163);
            List<String> byTitle = find(b -> b.sortBy(Sort.TITLE));
            assertThat(byTitle).isEqualTo(HLD.activities().stream()
                    .sorted(Comparator.comparing((Activity a) -> a.title().toLowerCase(Locale.ROOT))
                            .thenComparing(Activity::id)).map(Activity::id).toList());
        }

        @Test
        void pagesTileTheResult() {
            for (Sort sort : Sort.values()) {
                List<String> all = INDEX.query(ActivityQuery.builder().sortBy(sort).build()).ids();
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < 163; offset += 20) {
                    int o = offset;
                    QueryResult page = INDEX.query(ActivityQuery.builder().sortBy(sort).offset(o).limit(20).build());
                    assertThat(page.total()).isEqualTo(163);
                    assertThat(page.activities()).hasSize(Math.min(20, 163 - o));
                    assertThat(page.hasMore()).isEqualTo(o + 20 < 163);
                    paged.addAll(page.ids());
                }
                assertThat(paged).as("%s", sort).isEqualTo(all);
            }
            QueryResult iom = INDEX.query(ActivityQuery.builder().agencies("IOM").offset(5).limit(5).build());
            List<String> allIom = find(b -> b.agencies("IOM"));
            assertThat(iom.total()).isEqualTo(allIom.size());
            assertThat(iom.ids()).isEqualTo(allIom.subList(5, 10));
            assertThat(iom.all()).extracting(Activity::id).isEqualTo(allIom);
            assertThat(INDEX.query(ActivityQuery.builder().offset(163).build()).activities()).isEmpty();
        }

        @Test
        void facetCountsEqualDirectCounts() {
            // a page of one: the counts still cover every match
            Facets f = INDEX.query(ActivityQuery.builder().limit(1).build()).facets();
            List<Activity> all = HLD.activities();
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(f.actionPoints().get(p)).as("%s", p).isEqualTo(count(a -> a.actionPoints().contains(p)));
            }
            Map<String, Integer> agencies = new HashMap<>();
            all.forEach(a -> a.participants().stream().map(Participant::agencyId).distinct()
                    .forEach(id -> agencies.merge(id, 1, Integer::sum)));
            assertThat(f.agencies()).isEqualTo(agencies);
            Map<Status, Integer> statuses = new HashMap<>();
            Map<ActivityKind, Integer> kinds = new HashMap<>();
            Map<Theme, Integer> themes = new HashMap<>();
            TreeMap<Integer, Integer> years = new TreeMap<>();
            for (Activity a : all) {
                statuses.merge(a.status(), 1, Integer::sum);
                kinds.merge(a.kind(), 1, Integer::sum);
                a.themes().forEach(t -> themes.merge(t, 1, Integer::sum));
                a.period().ifPresent(p -> {
                    int first = p.hasOpenStart() ? p.latest().getYear() : p.earliest().getYear();
                    int last = p.hasOpenEnd() ? p.earliest().getYear() : p.latest().getYear();
                    for (int y = first; y <= last; y++) {
                        years.merge(y, 1, Integer::sum);
                    }
                });
            }
            assertThat(f.statuses()).isEqualTo(statuses);
            assertThat(f.kinds()).isEqualTo(kinds);
            assertThat(f.themes()).isEqualTo(themes);
            assertThat(f.years()).isEqualTo(years);
            assertThat(f.undated()).isEqualTo(count(a -> a.period().isEmpty()));
            // 2012/2016 and 2014/2017 reach 2016; 2013-10/.., 2014-03/.. and 2014/.. add no years after their start
            assertThat(f.years().get(2016)).isEqualTo(2);
            assertThat(f.years()).doesNotContainKey(2018);

            Map<Place, Integer> regions = new HashMap<>();
            for (Place r : GZ.places()) {
                if (r.isCountry()) {
                    continue;
                }
                int n = r.kind() == PlaceKind.WORLD
                        ? count(a -> a.places().stream().anyMatch(p -> p.place().equals(r) || intersects(p.place(), r)))
                        : count(anyPlace(p -> intersects(p.place(), r)));
                if (n > 0) {
                    regions.put(r, n);
                }
            }
            assertThat(f.regions()).isEqualTo(regions);
            assertThat(f.regions().get(GZ.place("Africa"))).isEqualTo(find(b -> b.regions("Africa")).size());
        }

        @Test
        void facetCountsOfAFilteredResult() {
            Facets f = INDEX.query(ActivityQuery.builder().agencies("UNESCO").limit(2).build()).facets();
            Predicate<Activity> unesco = hasParticipant(subtree("UNESCO"));
            assertThat(f.agencies().get("UIS")).isEqualTo(count(hasParticipant(Set.of("UIS"))));
            assertThat(f.agencies().get("UNESCO")).isEqualTo(count(hasParticipant(Set.of("UNESCO"))));
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(f.actionPoints().get(p)).as("%s", p)
                        .isEqualTo(count(unesco.and(a -> a.actionPoints().contains(p))));
            }
            assertThat(f.undated()).isEqualTo(count(unesco.and(a -> a.period().isEmpty())));
        }

        @Test
        void matrixRowsEqualDirectCounts() {
            AgencyMatrix m = INDEX.query(ActivityQuery.all()).matrix();
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(m.count("ILO", p)).as("ILO, %s", p).isEqualTo(count(
                        a -> a.agencyIds().contains("ILO") && a.actionPoints().contains(p)));
            }
            // the ILO's row counts the ILO itself; the ITC-ILO has its own row
            assertThat(m.count("ILO", ActionPoint.EVIDENCE_BASE)).isPositive();
            assertThat(m.count("ITC-ILO", ActionPoint.DEVELOPMENT_AGENDA)).isEqualTo(2);
            for (String id : m.agencies()) {
                for (ActionPoint p : ActionPoint.values()) {
                    assertThat(m.count(id, p)).as("%s, %s", id, p).isEqualTo(
                            count(a -> a.agencyIds().contains(id) && a.actionPoints().contains(p)));
                }
            }
            List<String> participating = HLD.agencies().stream().map(Agency::id)
                    .filter(id -> HLD.activities().stream().anyMatch(a -> a.agencyIds().contains(id))).toList();
            assertThat(m.agencies()).isEqualTo(participating);
            // a filtered matrix counts only the matches
            AgencyMatrix africa = INDEX.query(ActivityQuery.builder().regions("Africa").build()).matrix();
            Place af = GZ.place("Africa");
            for (ActionPoint p : ActionPoint.values()) {
                assertThat(africa.count("ILO", p)).isEqualTo(count(anyPlace(x -> intersects(x.place(), af))
                        .and(a -> a.agencyIds().contains("ILO") && a.actionPoints().contains(p))));
            }
        }
    }
}
