package dev.gmg.query;

import static dev.gmg.query.BundledDatasetQueryTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.Agency;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.query.ActivityQuery.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
/**
 * The bundled dataset, continued from {@link BundledDatasetQueryTest} (whose helpers and pinned ids it uses): dates,
 * then order, paging, facet counts and the rest of the result.
 */
class BundledDatasetDatesAndResultsTest {

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
