package dev.gmg.model;

import static dev.gmg.model.ModelTestSupport.activity;
import static dev.gmg.model.ModelTestSupport.agency;
import static dev.gmg.model.ModelTestSupport.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityAndDatasetTest {

    @Test
    void activityWithoutIdCannotBeBuiltAndTheMessageNamesTheAttribute() {
        Activity.Builder noId = Activity.builder()
                .title("t").summary("s").addActionPoints(ActionPoint.HUMAN_RIGHTS)
                .addParticipants(Participant.of("ILO", Role.LEAD)).status(Status.ONGOING).kind(ActivityKind.DATA);
        assertThatThrownBy(noId::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("[id]");
        assertThatThrownBy(() -> activity(" ").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id must not be blank");
    }

    @Test
    void activityWithoutActionPointCannotBeBuilt() {
        Activity.Builder b = Activity.builder().from(activity("a-b").build()).actionPoints(java.util.Set.of());
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("Activity 'a-b' needs at least one action point (actionPoints is empty)");
    }

    @Test
    void activityWithoutParticipantCannotBeBuilt() {
        Activity.Builder b = Activity.builder().from(activity("a-b").build()).participants(java.util.List.of());
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs at least one participant (participants is empty)");
    }

    @Test
    void activityRefusesSelfReferencesAndRepeats() {
        assertThatThrownBy(() -> activity("a-b").partOf("a-b").build())
                .hasMessageContaining("part of or related to itself");
        assertThatThrownBy(() -> activity("a-b").addRelated("a-b").build())
                .hasMessageContaining("part of or related to itself");
        assertThatThrownBy(() -> activity("a-b").addParticipants(Participant.of("UNCTAD", Role.LEAD)).build())
                .hasMessageContaining("same participant twice");
        assertThatThrownBy(() -> activity("a-b").addPlaces(ActivityPlace.of("CHE", PlaceRole.VENUE)).build())
                .hasMessageContaining("same place in the same role twice");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> activity("a-b").title(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
    }

    @Test
    void activityIsAReadableImmutableValue() {
        Activity a = activity("unctad-expert-meeting").build();
        assertThat(a).isEqualTo(activity("unctad-expert-meeting").build());
        assertThat(a).hasToString("unctad-expert-meeting: Expert Meeting on the impact of access to financial services");
        assertThat(a.agencyIds()).containsExactly("UNCTAD");
        assertThat(a.period()).map(EdtfPeriod::toString).contains("2014-11-10/2014-11-14");
        Activity later = Activity.builder().from(a).status(Status.COMPLETED).build();
        assertThat(a.status()).isEqualTo(Status.PLANNED);
        assertThat(later.status()).isEqualTo(Status.COMPLETED);
        assertThatThrownBy(() -> a.participants().add(Participant.of("ILO", Role.LEAD)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void actionPointsKeepAgendaOrder() {
        Activity a = activity("a-b").actionPoints(java.util.List.of(ActionPoint.PARTNERSHIPS, ActionPoint.HUMAN_RIGHTS))
                .build();
        assertThat(a.actionPoints()).containsExactly(ActionPoint.HUMAN_RIGHTS, ActionPoint.PARTNERSHIPS);
    }

    private static Dataset dataset() {
        return Dataset.builder()
                .metadata(metadata())
                .addAgencies(agency("UNCTAD", "United Nations Conference on Trade and Development"))
                .addAgencies(Agency.builder().from(agency("UN-Women",
                        "United Nations Entity for Gender Equality and the Empowerment of Women"))
                        .addAliases("UN Women").build())
                .addAgencies(agency("UNESCO", "United Nations Educational, Scientific and Cultural Organization"))
                .addAgencies(Agency.builder().id("UIS").name("UNESCO Institute for Statistics").kind(AgencyKind.UNIT)
                        .parentId("UNESCO").build())
                .addAgencies(Agency.builder().id("UIS-LAB").name("A unit of UIS").kind(AgencyKind.UNIT)
                        .parentId("UIS").build())
                .addActivities(activity("unctad-expert-meeting").build())
                .build();
    }

    @Test
    void agenciesAreFoundByIdNameOrAliasIgnoringCaseAndPunctuation() {
        Dataset d = dataset();
        for (String name : new String[] {"UN-Women", "UN Women", "un-women", "UNWomen", "unwomen",
            "United Nations Entity for Gender Equality and the Empowerment of Women"}) {
            assertThat(d.findAgency(name)).map(Agency::id).as(name).contains("UN-Women");
        }
        assertThat(d.agency("UN Women")).isEmpty();
        assertThat(d.agency("UN-Women")).isPresent();
        assertThat(d.findAgency("unesco institute for statistics")).map(Agency::id).contains("UIS");
    }

    @Test
    void unknownAgencySuggestsTheClosestId() {
        assertThatThrownBy(() -> dataset().requireAgency("UNCATD"))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.suggestions()).containsExactly("UNCTAD"))
                .hasMessage("unknown agency 'UNCATD', did you mean 'UNCTAD'?");
    }

    @Test
    void subBodiesAreFoundAtAnyDepth() {
        assertThat(dataset().agencyAndSubBodies("UNESCO")).containsExactlyInAnyOrder("UNESCO", "UIS", "UIS-LAB");
        assertThat(dataset().agencyAndSubBodies("UIS")).containsExactlyInAnyOrder("UIS", "UIS-LAB");
        assertThat(dataset().agencyAndSubBodies("NOPE")).isEmpty();
    }

    @Test
    void activitiesAreFoundById() {
        assertThat(dataset().activity("unctad-expert-meeting")).isPresent();
        assertThat(dataset().activity("nope")).isEmpty();
        assertThat(dataset()).hasToString("Dataset{Follow-up report, version test: 5 agencies, 1 activities}");
    }

    @Test
    void datasetRefusesDuplicateIds() {
        assertThatThrownBy(() -> Dataset.builder().from(dataset())
                .addAgencies(agency("UNCTAD", "again")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("Dataset lists agency id 'UNCTAD' twice");
        assertThatThrownBy(() -> Dataset.builder().from(dataset())
                .addActivities(activity("unctad-expert-meeting").build()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Dataset lists activity id 'unctad-expert-meeting' twice");
    }

    @Test
    void agencyCannotBeItsOwnParent() {
        assertThatThrownBy(() -> Agency.builder().id("X").name("x").kind(AgencyKind.UNIT).parentId("X").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("own parent");
    }
}
