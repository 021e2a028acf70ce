package dev.gmg.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import dev.gmg.testing.SyntheticDatasets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index returns exactly what a linear scan with the query's predicate returns (same activities, same order,
 * same page, same facet counts), over hundreds of random queries on random synthetic datasets. Seeds are fixed so a
 * failure reproduces; the failing query is printed.
 */
class IndexMatchesScanPropertyTest {

    static final List<Place> REGIONS = Gazetteer.standard().places().stream().filter(p -> !p.isCountry()).toList();
    static final List<Place> COUNTRIES = Gazetteer.standard().countries();

    @Test
    void indexAgreesWithScanOnRandomQueries() {
        SplittableRandom random = new SplittableRandom(20140501);
        int[] sizes = {0, 1, 57, 300, 1_000, 2_500, 4_000, 6_000, 12_000};
        int queries = 0;
        int nonEmpty = 0;
        for (int size : sizes) {
            Dataset dataset = SyntheticDatasets.generate(random.nextLong(), size);
            ActivityIndex index = ActivityIndex.of(dataset);
            for (int i = 0; i < 50; i++) {
                ActivityQuery q = randomQuery(random, dataset);
                QueryResult viaIndex = index.query(q);
                List<Activity> scanned = dataset.activities().stream().filter(q.predicate(dataset))
                        .sorted(q.sort().comparator()).toList();
                QueryResult viaScan = QueryResult.of(q, dataset, scanned);
                assertThat(viaIndex.total()).as("total of %s on %d activities", q, size).isEqualTo(viaScan.total());
                assertThat(viaIndex.ids()).as("page of %s on %d activities", q, size).isEqualTo(viaScan.ids());
                assertThat(viaIndex.hasMore()).isEqualTo(viaScan.hasMore());
                if (i % 10 == 0) {
                    assertThat(viaIndex.facets()).as("facets of %s", q).isEqualTo(viaScan.facets());
                    assertThat(viaIndex.matrix()).as("matrix of %s", q).isEqualTo(viaScan.matrix());
                }
                queries++;
                nonEmpty += viaIndex.total() > 0 ? 1 : 0;
            }
        }
        assertThat(queries).isEqualTo(450);
        assertThat(nonEmpty).as("queries with matches, so the comparison is not vacuous").isGreaterThan(150);
    }

    static ActivityQuery randomQuery(SplittableRandom r, Dataset d) {
        ActivityQuery.Builder b = ActivityQuery.builder();
        List<Agency> agencies = d.agencies();
        if (r.nextInt(100) < 35) {
            for (int k = 0; k <= r.nextInt(2); k++) {
                b.actionPoints(pick(r, ActionPoint.values()));
            }
        }
        if (r.nextInt(100) < 10) {
            b.excludeActionPoints(pick(r, ActionPoint.values()));
        }
        if (r.nextInt(100) < 35) {
            for (int k = 0; k <= r.nextInt(2); k++) {
                b.agencies(agencies.get(r.nextInt(agencies.size())).id());
            }
            if (r.nextInt(100) < 30) {
                b.agencyRoles(pick(r, Role.values()));
            }
        }
        if (r.nextInt(100) < 10) {
            b.excludeAgencies(agencies.get(r.nextInt(agencies.size())).id());
        }
        b.includeSubBodies(r.nextInt(100) < 70);
        boolean places = false;
        if (r.nextInt(100) < 25) {
            b.countries(randomCountry(r, d));
            places = true;
        }
        if (r.nextInt(100) < 40) {
            b.regions(r.nextInt(100) < 10 ? randomCountry(r, d) : REGIONS.get(r.nextInt(REGIONS.size())));
            if (r.nextInt(100) < 20) {
                b.regions(REGIONS.get(r.nextInt(REGIONS.size())));
            }
            places = true;
        }
        if (places || r.nextInt(100) < 5) {
            if (r.nextInt(100) < 30) {
                b.placeMatch(ActivityQuery.PlaceMatch.WITHIN);
            }
            if (r.nextInt(100) < 25) {
                b.placeRoles(pick(r, PlaceRole.values()));
            }
            b.includeGlobal(r.nextInt(100) < 30);
        }
        if (r.nextInt(100) < 40) {
            LocalDate from = LocalDate.of(2009, 1, 1).plusDays(r.nextInt(365 * 10));
            LocalDate to = from.plusDays(r.nextInt(r.nextBoolean() ? 40 : 900));
            int open = r.nextInt(100);
            if (open < 8) {
                from = LocalDate.MIN;
            } else if (open < 16) {
                to = LocalDate.MAX;
            }
            if (r.nextInt(100) < 35) {
                b.within(from, to);
            } else {
                b.overlapping(from, to);
            }
            b.includeUndated(r.nextInt(100) < 20);
        }
        if (r.nextInt(100) < 15) {
            b.statuses(pick(r, Status.values()));
        }
        if (r.nextInt(100) < 15) {
            b.kinds(pick(r, ActivityKind.values()), pick(r, ActivityKind.values()));
        }
        if (r.nextInt(100) < 20) {
            b.themes(pick(r, Theme.values()));
        }
        if (r.nextInt(100) < 10) {
            b.excludeThemes(pick(r, Theme.values()));
        }
        if (r.nextInt(100) < 20 && !d.activities().isEmpty()) {
            Activity a = d.activities().get(r.nextInt(d.activities().size()));
            List<String> words = Text.wordList(a.title() + " " + a.summary());
            List<String> chosen = new ArrayList<>();
            for (int k = 0; k <= r.nextInt(2); k++) {
                String w = words.get(r.nextInt(words.size()));
                chosen.add(r.nextBoolean() ? w.substring(0, 1 + r.nextInt(w.length())) : w.toUpperCase());
            }
            b.text(String.join(" ", chosen) + (r.nextInt(100) < 5 ? " zzzz" : ""));
        }
        b.sortBy(pick(r, ActivityQuery.Sort.values()));
        if (r.nextInt(100) < 30) {
            b.offset(r.nextInt(50)).limit(r.nextInt(30));
        }
        return b.build();
    }

    static Place randomCountry(SplittableRandom r, Dataset d) {
        if (!d.activities().isEmpty() && r.nextBoolean()) {
            for (ActivityPlace p : d.activities().get(r.nextInt(d.activities().size())).places()) {
                if (p.place().isCountry()) {
                    return p.place();
                }
            }
        }
        return COUNTRIES.get(r.nextInt(COUNTRIES.size()));
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
