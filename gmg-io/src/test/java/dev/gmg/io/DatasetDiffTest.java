package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Participant;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.ActivityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetDiffTest {

    /** The dataset as released in version 2014.1, kept so later versions can be compared with it. */
    private static final Dataset V1 = GmgJson.read(Fixtures.path("hld-2014.1.json"));

    private static final String SESSION = "iom-council-103rd-session";
    private static final String SEGMENT = "iom-council-103-high-level-segment-gmg";

    @Test
    void theKeptReleaseIsVersion2014Point1() {
        assertThat(V1.metadata().version()).isEqualTo("2014.1");
        assertThat(V1.activities()).hasSize(163);
    }

    @Test
    void identicalDatasetsHaveNoDifferences() {
        DatasetDiff diff = DatasetDiff.between(V1, GmgJson.read(Fixtures.path("hld-2014.1.json")));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toText()).isEqualTo("Dataset 2014.1 -> 2014.1\nNo differences in metadata, agencies or"
                + " activities.\n");
        assertThat(diff.changedActivities()).isEmpty();
    }

    @Test
    void listsExactlyTheHandmadeChangesFieldByField() {
        Activity unreferenced = unreferencedActivity();
        Activity added = Activity.builder().id("test-new-activity").title("A new activity").summary("Ours.")
                .addActionPoints(ActionPoint.EVIDENCE_BASE).addParticipants(Participant.of("ILO", Role.LEAD))
                .status(Status.PLANNED).kind(ActivityKind.MEETING).addSources(SourceRef.of("3", 2)).build();
        List<Activity> activities = new ArrayList<>();
        for (Activity a : V1.activities()) {
            if (a.equals(unreferenced)) {
                continue;
            }
            if (a.id().equals(SEGMENT)) {
                a = Activity.builder().from(a).period(EdtfPeriod.parse("2013-11-26/2013-11-29")).build();
            }
            if (a.id().equals(SESSION)) {
                a = Activity.builder().from(a).participants(a.participants().stream()
                        .filter(p -> !p.agencyId().equals("MEMBER-STATES")).toList()).build();
            }
            activities.add(a);
        }
        activities.add(added);
        List<Agency> agencies = new ArrayList<>(V1.agencies().stream()
                .map(a -> a.id().equals("IOM") ? Agency.builder().from(a).name("IOM, renamed").build() : a).toList());
        agencies.add(Agency.builder().id("TEST-ORG").name("Test organisation").kind(AgencyKind.CIVIL_SOCIETY).build());
        Dataset v2 = Dataset.builder().from(V1).activities(activities).agencies(agencies)
                .metadata(DatasetMetadata.builder().from(V1.metadata()).version("2014.2").build()).build();

        DatasetDiff diff = DatasetDiff.between(V1, v2);

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.beforeVersion()).isEqualTo("2014.1");
        assertThat(diff.afterVersion()).isEqualTo("2014.2");
        assertThat(diff.metadataChanges()).extracting(Object::toString).containsExactly("version: \"2014.1\" -> \"2014.2\"");
        assertThat(diff.addedActivities()).containsExactly(added);
        assertThat(diff.removedActivities()).containsExactly(unreferenced);
        assertThat(diff.changedActivities()).extracting(DatasetDiff.Change::id).containsExactly(SESSION, SEGMENT);
        DatasetDiff.FieldChange period = diff.changedActivities().get(1).field("period").orElseThrow();
        assertThat(period.before()).contains("\"2013-11\"");
        assertThat(period.after()).contains("\"2013-11-26/2013-11-29\"");
        assertThat(diff.changedActivities().get(1).fields()).containsExactly(period);
        assertThat(diff.changedActivities().get(0).fields()).extracting(DatasetDiff.FieldChange::field)
                .containsExactly("participants");
        assertThat(diff.addedAgencies()).extracting(Agency::id).containsExactly("TEST-ORG");
        assertThat(diff.removedAgencies()).isEmpty();
        assertThat(diff.changedAgencies()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("IOM");
            assertThat(c.fields()).extracting(Object::toString)
                    .containsExactly("name: \"International Organization for Migration\" -> \"IOM, renamed\"");
        });
        assertThat(diff).hasToString("2014.1 -> 2014.2: 1 metadata field, agencies +1 -0 ~1, activities +1 -1 ~2");
    }

    @Test
    void theTextShowsListItemsLostAndGainedAndAbsentValues() {
        Activity a = V1.activity(SESSION).orElseThrow();
        Activity changed = Activity.builder().from(a).period(Optional.empty())
                .participants(List.of(a.participants().get(0), Participant.of("UNHCR", Role.FUNDER))).build();
        Dataset v2 = replace(V1, changed);

        String text = DatasetDiff.between(V1, v2).toText();

        assertThat(text).isEqualTo("""
                Dataset 2014.1 -> 2014.1

                activities: 0 added, 0 removed, 1 changed
                  ~ iom-council-103rd-session
                      participants:
                        - {"agency":"IOM","role":"lead"}
                        - {"agency":"MEMBER-STATES","role":"partner"}
                        + {"agency":"UNHCR","role":"funder"}
                      period: "2013-11-26/2013-11-29" -> (none)
                """);
    }

    @Test
    void theJsonHasVersionsRecordsAndFieldChangesWithAbsentValuesLeftOut() throws Exception {
        Activity a = V1.activity(SESSION).orElseThrow();
        Dataset v2 = replace(V1, Activity.builder().from(a).period(Optional.empty()).build());

        JsonNode json = JsonMapper.builder().build().readTree(DatasetDiff.between(V1, v2).toJson());

        assertThat(json.get("before").asString()).isEqualTo("2014.1");
        assertThat(json.get("metadata").size()).isZero();
        assertThat(json.get("activities").get("added").size()).isZero();
        JsonNode change = json.get("activities").get("changed").get(0);
        assertThat(change.get("id").asString()).isEqualTo(SESSION);
        assertThat(change.get("fields").get(0).get("field").asString()).isEqualTo("period");
        assertThat(change.get("fields").get(0).get("before").asString()).isEqualTo("2013-11-26/2013-11-29");
        assertThat(change.get("fields").get(0).has("after")).isFalse();

        JsonNode reverse = JsonMapper.builder().build().readTree(DatasetDiff.between(v2, V1).toJson());
        assertThat(reverse.get("activities").get("changed").get(0).get("fields").get(0).has("before")).isFalse();
    }

    @Test
    void removedAndAddedRecordsAppearWholeInTheJson() throws Exception {
        Activity gone = unreferencedActivity();
        Dataset v2 = Dataset.builder().from(V1).activities(V1.activities().stream()
                .filter(a -> !a.equals(gone)).toList()).build();

        JsonNode json = JsonMapper.builder().build().readTree(DatasetDiff.between(V1, v2).toJson());

        JsonNode removed = json.get("activities").get("removed").get(0);
        assertThat(removed.get("id").asString()).isEqualTo(gone.id());
        assertThat(removed.get("summary").asString()).isEqualTo(gone.summary());
        assertThat(DatasetDiff.between(V1, v2).toText()).contains("  - " + gone.id() + "  " + gone.title() + "\n");
    }

    private static Dataset replace(Dataset d, Activity changed) {
        return Dataset.builder().from(d).activities(d.activities().stream()
                .map(a -> a.id().equals(changed.id()) ? changed : a).toList()).build();
    }

    /** An activity that no other activity points to and that points to none. */
    private static Activity unreferencedActivity() {
        Set<String> referenced = V1.activities().stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.related().stream(), a.partOf().stream()))
                .collect(Collectors.toSet());
        return V1.activities().stream().filter(a -> !referenced.contains(a.id()))
                .filter(a -> a.related().isEmpty() && a.partOf().isEmpty()).findFirst().orElseThrow();
    }
}
