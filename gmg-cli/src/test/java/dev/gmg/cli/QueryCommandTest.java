package dev.gmg.cli;

import static dev.gmg.cli.Cli.assertFits80Columns;
import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.cli.Cli.Run;
import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gmg query}: every option, every format, OR within an option and AND across options, and the usage
 * errors. Expected matches are computed from the bundled dataset with plain model predicates, independently of
 * the query index the command uses.
 */
class QueryCommandTest {

    static final Dataset HLD = Datasets.hld2014();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The ids printed by {@code gmg query ARGS --format ids}, after asserting success. */
    static List<String> ids(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "ids";
        return gmg(all).ok().lines();
    }

    static Set<String> idsWhere(Predicate<Activity> p) {
        return HLD.activities().stream().filter(p).map(Activity::id).collect(Collectors.toSet());
    }

    static Predicate<Activity> agency(String id) {
        Set<String> family = HLD.agencyAndSubBodies(id);
        return a -> a.participants().stream().anyMatch(p -> family.contains(p.agencyId()));
    }

    static Predicate<Activity> names(Place country) {
        return a -> a.places().stream().anyMatch(p -> p.place().equals(country));
    }

    static Predicate<Activity> inRegion(Place region) {
        return a -> a.places().stream().map(ActivityPlace::place)
                .anyMatch(p -> p.kind() != PlaceKind.WORLD && p.overlaps(region));
    }

    static Predicate<Activity> global() {
        return a -> a.places().stream().anyMatch(p -> p.place().kind() == PlaceKind.WORLD);
    }

    static Predicate<Activity> overlaps(LocalDate from, LocalDate to) {
        return a -> a.period().map(p -> p.overlaps(from, to)).orElse(false);
    }

    static Place place(String name) {
        return Gazetteer.standard().place(name);
    }

    @Test
    void withoutFiltersListsEveryActivity() {
        List<String> ids = ids();
        assertThat(ids).hasSize(163).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(HLD.activities().stream().map(Activity::id).toList());
    }

    @Nested
    class Filters {

        @Test
        void actionPointByNumberSectionCodeAndTitle() {
            Set<String> expected = idsWhere(a -> a.actionPoints().contains(ActionPoint.EVIDENCE_BASE));
            assertThat(expected).isNotEmpty().hasSizeLessThan(163);
            assertThat(ids("--action-point", "7")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(ids("--action-point", "2.7")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(ids("--action-point", ActionPoint.EVIDENCE_BASE.code())).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(ids("--action-point", ActionPoint.EVIDENCE_BASE.title().toUpperCase()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void agencyByAcronymNameOrAliasIgnoringCase() {
            Set<String> ilo = idsWhere(agency("ILO"));
            assertThat(ilo).isNotEmpty();
            assertThat(ids("--agency", "ILO")).containsExactlyInAnyOrderElementsOf(ilo);
            assertThat(ids("--agency", "ilo")).containsExactlyInAnyOrderElementsOf(ilo);
            assertThat(ids("--agency", "International Labour Organization")).containsExactlyInAnyOrderElementsOf(ilo);
            assertThat(ids("--agency", "international labour organization")).containsExactlyInAnyOrderElementsOf(ilo);

            Set<String> women = idsWhere(agency("UN-Women"));
            assertThat(women).isNotEmpty();
            assertThat(ids("--agency", "UN Women")).containsExactlyInAnyOrderElementsOf(women);
            assertThat(ids("--agency", "un women")).containsExactlyInAnyOrderElementsOf(women);
            assertThat(ids("--agency", "UN-Women")).containsExactlyInAnyOrderElementsOf(women);
        }

        @Test
        void agencyIncludesSubBodiesUnlessExact() {
            List<String> unesco = ids("--agency", "UNESCO");
            assertThat(unesco).contains("uis-international-student-mobility-data", "uis-doctorate-holders-mobility-data",
                    "uis-mobility-dispersion-index");
            assertThat(unesco).containsExactlyInAnyOrderElementsOf(idsWhere(agency("UNESCO")));

            List<String> exact = ids("--agency", "UNESCO", "--exact-agency");
            assertThat(exact).doesNotContain("uis-international-student-mobility-data", "uis-doctorate-holders-mobility-data",
                    "uis-mobility-dispersion-index");
            assertThat(exact).containsExactlyInAnyOrderElementsOf(
                    idsWhere(a -> a.participants().stream().anyMatch(p -> p.agencyId().equals("UNESCO"))));
            assertThat(exact.size()).isLessThan(unesco.size());
        }

        @Test
        void roleRestrictsTheParticipantsConsidered() {
            Set<String> iloLeads = idsWhere(a -> a.participants().stream()
                    .anyMatch(p -> HLD.agencyAndSubBodies("ILO").contains(p.agencyId()) && p.role() == Role.LEAD));
            List<String> ids = ids("--agency", "ILO", "--role", "lead");
            assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(iloLeads);
            assertThat(ids.size()).isLessThan(ids("--agency", "ILO").size());
            assertThat(ids("--agency", "ILO", "--role", "lead", "--role", "host")).containsAll(ids)
                    .containsAll(ids("--agency", "ILO", "--role", "host"));
        }

        @Test
        void countryByCodeOrNameNotByAnEnclosingRegion() {
            Set<String> morocco = idsWhere(names(place("MAR")));
            assertThat(morocco).containsExactlyInAnyOrder("iom-undp-global-joint-programme-mainstreaming-phase-2",
                    "undp-jmdi-phase-2");
            assertThat(ids("--country", "MAR")).containsExactlyInAnyOrderElementsOf(morocco);
            assertThat(ids("--country", "MA")).containsExactlyInAnyOrderElementsOf(morocco);
            assertThat(ids("--country", "504")).containsExactlyInAnyOrderElementsOf(morocco);
            assertThat(ids("--country", "Morocco")).containsExactlyInAnyOrderElementsOf(morocco);
            assertThat(ids("--country", "morocco")).containsExactlyInAnyOrderElementsOf(morocco);
            // Morocco is in the Arab region, in Northern Africa and in Africa: activities tagged only with those are not
            // Morocco's.
            assertThat(ids("--country", "Morocco")).doesNotContain("escwa-arab-regional-consultative-process",
                    "eca-regional-experts-meeting-migration-development-africa-2013");

            // Tunisia is in the Arab region and in Africa; activities tagged only with those are not Tunisia's.
            List<String> tunisia = ids("--country", "Tunisia");
            assertThat(tunisia).containsExactlyInAnyOrderElementsOf(idsWhere(names(place("TUN"))))
                    .doesNotContain("escwa-arab-regional-consultative-process");
            assertThat(ids("--country", "Ethiopia")).contains("eca-regional-experts-meeting-migration-development-africa-2013");
        }

        @Test
        void regionFindsActivitiesInItsCountriesAndOverlappingAreas() {
            List<String> africa = ids("--region", "Africa");
            assertThat(africa).contains("undp-jmdi-phase-2", "iom-undp-global-joint-programme-mainstreaming-phase-2",
                    "eca-regional-experts-meeting-migration-development-africa-2013",
                    "escwa-arab-regional-consultative-process");
            assertThat(africa).containsExactlyInAnyOrderElementsOf(idsWhere(inRegion(place("002"))));
            assertThat(ids("--region", "002")).containsExactlyInAnyOrderElementsOf(africa);

            assertThat(ids("--region", "Western Asia")).contains("escwa-arab-regional-consultative-process");
            assertThat(ids("--region", "Northern Africa")).contains("escwa-arab-regional-consultative-process");
            assertThat(ids("--region", "Northern Africa")).containsExactlyInAnyOrderElementsOf(idsWhere(inRegion(place("015"))));
            assertThat(ids("--region", "Arab region")).contains("escwa-arab-regional-consultative-process");
        }

        @Test
        void includeGlobalAddsWorldwideActivities() {
            Set<String> worldwide = idsWhere(global());
            assertThat(worldwide).isNotEmpty();
            List<String> without = ids("--region", "Europe");
            List<String> with = ids("--region", "Europe", "--include-global");
            assertThat(with).containsExactlyInAnyOrderElementsOf(
                    idsWhere(inRegion(place("Europe")).or(global())));
            assertThat(with).containsAll(without).containsAll(worldwide);
            assertThat(without).containsExactlyInAnyOrderElementsOf(idsWhere(inRegion(place("Europe"))));
            assertThat(ids("--country", "Sweden", "--include-global")).containsAll(worldwide)
                    .containsAll(ids("--country", "Sweden"));
        }

        @Test
        void fromAndToSelectOverlappingPeriods() {
            LocalDate from = LocalDate.of(2014, 6, 1);
            LocalDate to = LocalDate.of(2014, 6, 30);
            List<String> june = ids("--from", "2014-06-01", "--to", "2014-06-30");
            assertThat(june).isNotEmpty().contains("ilo-labour-migration-academy-2014") // 16-27 June 2014
                    .containsExactlyInAnyOrderElementsOf(idsWhere(overlaps(from, to)));
            // A multi-year programme that spans June 2014 overlaps it, though it neither starts nor ends in it.
            assertThat(june).contains("unsg-unesco-global-education-initiative-gefi");
            assertThat(ids("--from", "2015-01-01")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(overlaps(LocalDate.of(2015, 1, 1), LocalDate.MAX)));
            assertThat(ids("--to", "2012-12-31")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(overlaps(LocalDate.MIN, LocalDate.of(2012, 12, 31))));
            assertThat(ids("--to", "2012-12-31")).contains("unsg-unesco-global-education-initiative-gefi");
        }

        @Test
        void undatedActivitiesMatchDatesOnlyWhenIncluded() {
            Set<String> undated = idsWhere(a -> a.period().isEmpty());
            assertThat(undated).isNotEmpty();
            List<String> dated = ids("--from", "2014-06-01", "--to", "2014-06-30");
            assertThat(dated).doesNotContainAnyElementsOf(undated);
            assertThat(ids("--from", "2014-06-01", "--to", "2014-06-30", "--include-undated"))
                    .containsExactlyInAnyOrderElementsOf(
                            idsWhere(overlaps(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30))
                                    .or(a -> a.period().isEmpty())));
        }

        @Test
        void statusKindAndTheme() {
            assertThat(ids("--status", "completed")).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(idsWhere(a -> a.status() == Status.COMPLETED));
            assertThat(ids("--status", "Planned")).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(idsWhere(a -> a.status() == Status.PLANNED));
            assertThat(ids("--kind", "meeting")).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(idsWhere(a -> a.kind() == ActivityKind.MEETING));
            assertThat(ids("--theme", "children")).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(idsWhere(a -> a.themes().contains(Theme.CHILDREN)));
        }

        @Test
        void textMatchesWordBeginningsInTitleOrSummary() {
            assertThat(ids("--text", "labour migration academy")).containsExactly("ilo-labour-migration-academy-2014");
            assertThat(ids("--text", "LABOUR MIGR ACAD")).containsExactly("ilo-labour-migration-academy-2014");
            assertThat(ids("--text", "doctorate")).contains("uis-doctorate-holders-mobility-data");
        }

        @Test
        void aRepeatedOptionMeansOr() {
            Set<String> ilo = idsWhere(agency("ILO"));
            Set<String> unicef = idsWhere(agency("UNICEF"));
            List<String> either = ids("--agency", "ILO", "--agency", "UNICEF");
            assertThat(either).doesNotHaveDuplicates().containsAll(ilo).containsAll(unicef)
                    .hasSize(idsWhere(agency("ILO").or(agency("UNICEF"))).size());
            assertThat(ids("--status", "planned", "--status", "completed")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(a -> a.status() == Status.PLANNED || a.status() == Status.COMPLETED));
            assertThat(ids("--action-point", "1", "--action-point", "8")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(a -> a.actionPoints().contains(ActionPoint.HUMAN_RIGHTS)
                            || a.actionPoints().contains(ActionPoint.PARTNERSHIPS)));
            assertThat(ids("--country", "Morocco", "--country", "Moldova")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(names(place("MAR")).or(names(place("MDA")))));
            assertThat(ids("--region", "Europe", "--region", "Africa")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(inRegion(place("Europe")).or(inRegion(place("Africa")))));
        }

        @Test
        void differentOptionsMeanAnd() {
            List<String> both = ids("--agency", "ILO", "--status", "completed");
            assertThat(both).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                    idsWhere(agency("ILO").and(a -> a.status() == Status.COMPLETED)));
            assertThat(both.size()).isLessThan(ids("--agency", "ILO").size());
            assertThat(ids("--agency", "ILO", "--region", "Europe", "--kind", "meeting"))
                    .containsExactlyInAnyOrderElementsOf(idsWhere(agency("ILO").and(inRegion(place("Europe")))
                            .and(a -> a.kind() == ActivityKind.MEETING)));
        }

        @Test
        void countryAndRegionAreDifferentOptionsSoTheyMeanAndToo() {
            // Morocco is not in Europe: nothing names Morocco and lies in Europe...
            assertThat(ids("--country", "Morocco", "--region", "Europe")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(names(place("MAR")).and(inRegion(place("Europe")))));
            // ...while Morocco is in Africa, so both activities that name it are.
            assertThat(ids("--country", "Morocco", "--region", "Africa")).containsExactlyInAnyOrder(
                    "iom-undp-global-joint-programme-mainstreaming-phase-2", "undp-jmdi-phase-2");
            assertThat(ids("--country", "Moldova", "--region", "Northern Africa")).containsExactlyInAnyOrderElementsOf(
                    idsWhere(names(place("MDA")).and(inRegion(place("015")))));
            assertThat(ids("--country", "Moldova", "--region", "Northern Africa"))
                    .doesNotContain("escwa-arab-regional-consultative-process");
        }

        @Test
        void nothingMatchingIsStillSuccess() {
            assertThat(ids("--text", "zzzzqqqq")).isEmpty();
            assertThat(gmg("query", "--text", "zzzzqqqq").ok().out()).isEqualTo("0 activities match\n");
            assertThat(JSON.readTree(gmg("query", "--text", "zzzzqqqq", "--format", "json").ok().out())
                    .get("activities").size()).isZero();
            assertThat(gmg("query", "--text", "zzzzqqqq", "--format", "count").ok().out()).isEqualTo("0\n");
            assertThat(gmg("query", "--text", "zzzzqqqq", "--format", "ndjson").ok().out()).isEmpty();
            assertThat(gmg("query", "--text", "zzzzqqqq", "--format", "csv").ok().lines()).hasSize(1);
        }
    }

    @Nested
    class SortAndLimit {

        @Test
        void sortById() {
            List<String> ids = ids("--sort", "id");
            assertThat(ids).hasSize(163).isSorted();
        }

        @Test
        void sortByTitle() {
            List<String> ids = ids("--sort", "title");
            List<String> titles = ids.stream().map(id -> HLD.activity(id).orElseThrow().title().toLowerCase()).toList();
            assertThat(titles).hasSize(163).isSorted();
        }

        @Test
        void sortByDateByDefaultUndatedLast() {
            List<String> ids = ids();
            assertThat(ids("--sort", "date")).isEqualTo(ids);
            List<Activity> activities = ids.stream().map(id -> HLD.activity(id).orElseThrow()).toList();
            int firstUndated = (int) activities.stream().filter(a -> a.period().isPresent()).count();
            assertThat(activities.subList(0, firstUndated)).allMatch(a -> a.period().isPresent());
            assertThat(activities.subList(firstUndated, activities.size())).allMatch(a -> a.period().isEmpty());
            assertThat(activities.subList(0, firstUndated).stream().map(a -> a.period().orElseThrow().earliest()).toList())
                    .isSortedAccordingTo(Comparator.naturalOrder());
        }

        @Test
        void limitShowsTheFirstAndCountsAll() {
            assertThat(ids("--limit", "5")).isEqualTo(ids().subList(0, 5));
            assertThat(ids("--sort", "id", "--limit", "3")).isEqualTo(ids("--sort", "id").subList(0, 3));
            Run table = gmg("query", "--limit", "5").ok();
            assertThat(table.lines()).last().isEqualTo("163 activities match; 5 shown (--limit)");
            assertThat(gmg("query", "--limit", "0").ok().out()).isEqualTo("163 activities match; 0 shown (--limit)\n");
            int ilo = idsWhere(agency("ILO")).size();
            assertThat(gmg("query", "--agency", "ILO", "--limit", "2").ok().lines())
                    .last().isEqualTo(ilo + " activities match; 2 shown (--limit)");
            assertThat(gmg("query", "--agency", "ILO", "--limit", "1000").ok().lines())
                    .last().isEqualTo(ilo + " activities match");
            assertThat(gmg("query", "--text", "labour migration academy").ok().lines())
                    .last().isEqualTo("1 activity matches");
        }

        @Test
        void limitAppliesAfterCountryAndRegionAreCombined() {
            assertThat(gmg("query", "--country", "Morocco", "--region", "Africa", "--limit", "1").ok().lines())
                    .contains("2 activities match; 1 shown (--limit)");
        }
    }

    @Nested
    class Formats {

        @Test
        void tableFits80ColumnsWrapsTitlesShowsLabelsAndCounts() {
            Run run = gmg("query", "--agency", "ILO").ok();
            assertFits80Columns(run.out());
            List<String> lines = run.lines();
            assertThat(lines.get(0)).contains("When", "Lead", "Activity");
            assertThat(lines.get(1)).matches("[- ]+");
            assertThat(lines).last().isEqualTo(idsWhere(agency("ILO")).size() + " activities match");
            // Labels, not codes: a month and a status in words.
            assertThat(run.out()).contains("16–27 Jun 2014").contains("(completed)");
            assertThat(run.out()).doesNotContain("2014-06-16");
        }

        @Test
        void tableOfEveryActivityFits80Columns() {
            Run run = gmg("query").ok();
            assertFits80Columns(run.out());
            assertThat(run.lines()).last().isEqualTo("163 activities match");
            // Every id appears (ids can be wrapped at hyphens, so look for the words of each id in order).
            String squashed = run.out().replaceAll("\\s+", "");
            for (Activity a : HLD.activities()) {
                assertThat(squashed).contains(a.id());
            }
        }

        @Test
        void jsonHoldsTheFilterTheTotalWhatWasLeftOutAndTheActivitiesInTheDatasetsOwnForm() {
            Run run = gmg("query", "--agency", "UNESCO", "--format", "json").ok();
            JsonNode top = JSON.readTree(run.out());
            assertThat(top.get("filter").asString()).isEqualTo("agency:UNESCO");
            assertThat(top.get("total").asInt()).isEqualTo(idsWhere(agency("UNESCO")).size());
            assertThat(top.get("leftOut").get("undated").asInt()).isZero();
            JsonNode root = top.get("activities");
            assertThat(root.isArray()).isTrue();
            assertThat(root.size()).isEqualTo(idsWhere(agency("UNESCO")).size());
            for (JsonNode a : root) {
                assertThat(a.isObject()).isTrue();
                assertThat(a.has("id")).isTrue();
                assertThat(a.has("title")).isTrue();
                assertThat(a.has("summary")).isTrue();
                Activity expected = HLD.activity(a.get("id").asString()).orElseThrow();
                assertThat(a.get("title").asString()).isEqualTo(expected.title());
                assertThat(a.get("summary").asString()).isEqualTo(expected.summary());
            }
            JsonNode all = JSON.readTree(gmg("query", "--format", "json").ok().out()).get("activities");
            assertThat(all.size()).isEqualTo(163);
            JsonNode africa2014 = JSON.readTree(gmg("query", "--region", "Africa", "--from", "2014-01-01", "--to",
                    "2014-12-31", "--format", "json", "--limit", "1").ok().out());
            assertThat(africa2014.get("filter").asString()).isEqualTo("region:Africa AND overlaps:2014");
            assertThat(africa2014.get("activities").size()).isEqualTo(1);
            assertThat(africa2014.get("leftOut").get("undated").asInt()).isPositive();
            assertThat(africa2014.get("leftOut").get("placeless").asInt()).isPositive();
        }

        @Test
        void ndjsonIsOneObjectPerLine() {
            Run run = gmg("query", "--agency", "UNICEF", "--format", "ndjson").ok();
            List<String> lines = run.lines();
            assertThat(lines).hasSize(idsWhere(agency("UNICEF")).size());
            assertThat(lines.stream().map(l -> JSON.readTree(l).get("id").asString()).toList())
                    .isEqualTo(ids("--agency", "UNICEF"));
            for (String line : lines) {
                JsonNode a = JSON.readTree(line);
                assertThat(a.isObject()).isTrue();
                assertThat(a.has("title")).isTrue();
                assertThat(a.has("summary")).isTrue();
            }
        }

        @Test
        void csvHasAHeaderRowAndARowPerParticipant() {
            Run run = gmg("query", "--agency", "ILO", "--format", "csv").ok();
            List<String> lines = run.lines();
            assertThat(lines.get(0)).startsWith("activity,title,agency,");
            Set<String> ilo = idsWhere(agency("ILO"));
            Set<String> inCsv = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
            assertThat(inCsv).isEqualTo(ilo);
        }

        @Test
        void idsAreExactlyTheMatchesOnePerLine() {
            Run run = gmg("query", "--theme", "remittances", "--format", "ids").ok();
            assertThat(run.out()).endsWith("\n");
            assertThat(run.lines()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(idsWhere(a -> a.themes().contains(Theme.REMITTANCES)))
                    .allMatch(l -> l.matches(Activity.ID_PATTERN));
        }

        @Test
        void formatIsCaseInsensitive() {
            assertThat(gmg("query", "--format", "IDS", "--limit", "2").ok().lines()).hasSize(2);
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void unknownAgencySuggestsTheNearestOne() {
            Run run = gmg("query", "--agency", "UNICFE").usageError();
            assertThat(run.err()).contains("UNICFE").contains("did you mean 'UNICEF'?")
                    .contains("Try 'gmg query --help'");
        }

        @Test
        void unknownCountryOrRegionSuggests() {
            assertThat(gmg("query", "--country", "Moroco").usageError().err()).contains("did you mean").contains("Morocco");
            assertThat(gmg("query", "--region", "Afrca").usageError().err()).contains("did you mean").contains("Africa");
            assertThat(gmg("query", "--region", "Atlantis").usageError().err()).contains("Atlantis");
        }

        @Test
        void aRegionIsNotACountry() {
            assertThat(gmg("query", "--country", "Africa").usageError().err())
                    .contains("not a country").contains("--region");
            gmg("query", "--country", "arab-region").usageError();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2014-13-01", "2014-02-30", "yesterday", "2014/01/01", "14-01-01"})
        void badDate(String date) {
            assertThat(gmg("query", "--from", date).usageError().err()).contains("--from").contains(date);
            assertThat(gmg("query", "--to", date).usageError().err()).contains("--to");
        }

        @Test
        void toBeforeFrom() {
            assertThat(gmg("query", "--from", "2014-05-01", "--to", "2014-01-01").usageError().err())
                    .contains("--to 2014-01-01 is before --from 2014-05-01");
        }

        @Test
        void unknownStatusKindThemeRoleActionPoint() {
            assertThat(gmg("query", "--status", "done").usageError().err()).contains("unknown status 'done'")
                    .contains("planned");
            assertThat(gmg("query", "--kind", "party").usageError().err()).contains("'party'").contains("meeting");
            assertThat(gmg("query", "--theme", "food").usageError().err()).contains("'food'").contains("children");
            assertThat(gmg("query", "--role", "boss").usageError().err()).contains("'boss'").contains("lead");
            assertThat(gmg("query", "--action-point", "9").usageError().err()).contains("'9'");
            gmg("query", "--action-point", "nothing-like-it").usageError();
        }

        @Test
        void unknownOptionOrBadValues() {
            assertThat(gmg("query", "--agencyy", "ILO").usageError().err()).contains("--agencyy");
            assertThat(gmg("query", "--format", "yaml").usageError().err()).contains("yaml");
            assertThat(gmg("query", "--sort", "size").usageError().err()).contains("size");
            assertThat(gmg("query", "--limit", "-1").usageError().err()).contains("--limit");
            assertThat(gmg("query", "--limit", "many").usageError().err()).contains("many");
            gmg("query", "--agency").usageError();
            gmg("query", "extra-argument").usageError();
            gmg("no-such-command").usageError();
        }
    }
}
