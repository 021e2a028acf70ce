package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.query.DatePrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code gmg query} on the filter tree: {@code --where}, the options for the new leaves, {@code --format count}, the
 * line about what was left out, and the usage errors. Expected ids come from plain model predicates.
 */
class QueryTreeOptionsTest {

    static final Dataset HLD = Datasets.hld2014();

    static Set<String> ids(String... args) {
        List<String> all = new ArrayList<>(List.of("query"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "ids"));
        return Set.copyOf(gmg(all.toArray(String[]::new)).ok().lines());
    }

    static Set<String> where(Predicate<Activity> p) {
        return HLD.activities().stream().filter(p).map(Activity::id).collect(Collectors.toSet());
    }

    static boolean serves(Activity a, int point) {
        return a.actionPoints().contains(ActionPoint.of(point));
    }

    @Test
    void whereTakesTheLanguageWithOrAndNot() {
        Set<String> expected = where(a -> (serves(a, 6) || serves(a, 8)) && a.status() != Status.COMPLETED);
        assertThat(expected).isNotEmpty();
        assertThat(ids("--where", "(point:6 OR point:8) AND NOT status:completed")).isEqualTo(expected);
        assertThat(ids("--where", "point:6 OR point:8", "--status", "planned", "--status", "ongoing"))
                .isEqualTo(expected);
    }

    @Test
    void whereCanAskForOneAgencyAsLeadAndAnotherAsPartner() {
        Set<String> expected = where(a -> a.participants().stream().anyMatch(p -> p.agencyId().equals("IOM")
                && p.role() == Role.LEAD) && a.participants().stream().anyMatch(p -> p.agencyId().equals("ILO")
                && p.role() == Role.PARTNER));
        assertThat(ids("--where", "agency:IOM/lead AND exact-agency:ILO/partner")).isEqualTo(expected);
    }

    @Test
    void allActionPointsMeansEveryPointGiven() {
        assertThat(ids("--action-point", "6", "--action-point", "8", "--all-action-points"))
                .isEqualTo(where(a -> serves(a, 6) && serves(a, 8)));
        assertThat(ids("--action-point", "6", "--action-point", "8"))
                .isEqualTo(where(a -> serves(a, 6) || serves(a, 8)));
    }

    @Test
    void newOptionsMapToTheirLeaves() {
        assertThat(ids("--place-role", "venue")).isEqualTo(where(a -> a.places().stream()
                .anyMatch(p -> p.role() == PlaceRole.VENUE))).isNotEmpty();
        assertThat(ids("--section", "2.7")).isEqualTo(where(a -> a.sources().stream()
                .anyMatch(s -> s.section().equals("2.7")))).isNotEmpty();
        assertThat(ids("--section", "2.7#5")).isEqualTo(where(a -> a.sources().stream()
                .anyMatch(s -> s.section().equals("2.7") && s.paragraph() == 5))).isNotEmpty();
        assertThat(ids("--precision", "day")).isEqualTo(where(a -> a.period()
                .map(p -> DatePrecision.of(p) == DatePrecision.DAY).orElse(false))).isNotEmpty();
        assertThat(ids("--starts-within", "2014")).isEqualTo(where(a -> a.period()
                .map(p -> p.earliest().getYear() == 2014).orElse(false))).isNotEmpty();
        Set<String> members = HLD.agencies().stream().filter(Agency::gmgMember).map(Agency::id)
                .collect(Collectors.toSet());
        assertThat(ids("--gmg-only", "--role", "funder")).isEqualTo(where(a -> a.participants().stream()
                .anyMatch(p -> members.contains(p.agencyId()) && p.role() == Role.FUNDER)));
        Set<String> commissions = HLD.agencies().stream().filter(g -> g.kind() == AgencyKind.REGIONAL_COMMISSION)
                .map(Agency::id).collect(Collectors.toSet());
        assertThat(ids("--agency-kind", "regional-commission")).isEqualTo(where(a -> a.participants().stream()
                .anyMatch(p -> commissions.contains(p.agencyId())))).isNotEmpty();
        Activity initiative = HLD.activities().stream().filter(a -> a.partOf().isPresent()).findFirst()
                .flatMap(a -> HLD.activity(a.partOf().get())).orElseThrow();
        assertThat(ids("--part-of", initiative.id())).isNotEmpty()
                .containsAll(where(a -> a.partOf().filter(initiative.id()::equals).isPresent()));
    }

    @Test
    void countPrintsTheNumberOfMatchesOnly() {
        assertThat(gmg("query", "--format", "count").ok().out()).isEqualTo(HLD.activities().size() + "\n");
        assertThat(gmg("query", "--agency", "ILO", "--limit", "1", "--format", "count").ok().out())
                .isEqualTo(where(a -> a.participants().stream().anyMatch(p -> HLD.agencyAndSubBodies("ILO")
                        .contains(p.agencyId()))).size() + "\n");
    }

    @Test
    void theTableSaysWhatThePlaceAndDateFiltersCouldNotJudge() {
        Cli.Run run = gmg("query", "--action-point", "7", "--region", "Africa", "--from", "2014-01-01", "--to",
                "2014-12-31").ok();
        long undated = HLD.activities().stream().filter(a -> serves(a, 7) && a.period().isEmpty()
                && a.places().stream().anyMatch(p -> p.place().overlaps(dev.gmg.model.Place.of("Africa"))
                        && p.place().kind() != dev.gmg.model.PlaceKind.WORLD)).count();
        assertThat(String.join(" ", run.lines())).contains("also not shown, as the filter could not judge them: "
                + undated + " undated (--include-undated, or OR undated)").contains("with no place");
        Cli.assertFits80Columns(run.out());
        assertThat(gmg("query", "--agency", "ILO").ok().out()).doesNotContain("not shown");
    }

    @Test
    void unknownOptionsAndCommandsGetPicocliSuggestions() {
        assertThat(gmg("query", "--agncy", "ILO").usageError().err())
                .contains("unknown option '--agncy', did you mean '--agency'");
        assertThat(gmg("qurey", "--agency", "ILO").usageError().err())
                .contains("unknown command 'qurey', did you mean 'query'");
    }

    @Test
    void aBadDateSaysWhichValueAndWhyWithoutAJavaClassName() {
        String err = gmg("query", "--from", "2014-13-01").usageError().err();
        assertThat(err).contains("--from").contains("'2014-13-01'").contains("month 13 does not exist")
                .doesNotContain("java.").doesNotContain("Exception");
        assertThat(gmg("query", "--to", "2014-02-30").usageError().err()).contains("February 2014 has 28 days");
        assertThat(gmg("query", "--from", "May").usageError().err()).contains("expected YYYY-MM-DD");
        assertThat(gmg("query", "--starts-within", "2014-13").usageError().err()).contains("--starts-within")
                .contains("'2014-13'").doesNotContain("Exception");
    }

    @Test
    void aBadWhereNamesTheOffsetAndPointsAtIt() {
        String err = gmg("query", "--where", "point:7 AND stauts:planned").usageError().err();
        assertThat(err).contains("at offset 12").contains("did you mean").contains("'status'")
                .contains("  point:7 AND stauts:planned\n" + " ".repeat(14) + "^");
        assertThat(gmg("query", "--where", "part-of:no-such-initiative").usageError().err())
                .contains("unknown activity 'no-such-initiative'");
        assertThat(gmg("query", "--where", "agency:UNICFE").usageError().err()).contains("did you mean 'UNICEF'");
        assertThat(gmg("query", "--where", "country:Africa").usageError().err()).contains("not a country");
    }

    @Test
    void everyOptionTogetherIsOneAndOfLeaves() {
        Cli.Run run = gmg("query", "--where", "NOT theme:health", "--action-point", "7", "--agency", "ILO",
                "--role", "lead", "--region", "Europe", "--include-global", "--from", "2013-01-01", "--include-undated",
                "--status", "ongoing", "--format", "json");
        assertThat(run.ok().out()).contains("\"filter\": \"NOT theme:health AND point:7 AND agency:ILO/lead AND"
                + " (region:Europe OR global) AND (overlaps:2013/.. OR undated) AND status:ongoing\"");
    }
}
