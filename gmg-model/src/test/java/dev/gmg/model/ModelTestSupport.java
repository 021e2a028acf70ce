package dev.gmg.model;

import java.time.LocalDate;

/** Small valid objects for tests to vary. */
final class ModelTestSupport {

    private ModelTestSupport() {
    }

    static Activity.Builder activity(String id) {
        return Activity.builder()
                .id(id)
                .title("Expert Meeting on the impact of access to financial services")
                .summary("Experts look at cheaper remittances and mobile money.")
                .addActionPoints(ActionPoint.COSTS_OF_LABOUR_MIGRATION)
                .addParticipants(Participant.of("UNCTAD", Role.LEAD))
                .addPlaces(ActivityPlace.of("CHE", PlaceRole.VENUE))
                .period(EdtfPeriod.parse("2014-11-10/2014-11-14"))
                .status(Status.PLANNED)
                .kind(ActivityKind.MEETING)
                .addThemes(Theme.REMITTANCES)
                .addSources(SourceRef.of("2.2", 2));
    }

    static Agency agency(String id, String name) {
        return Agency.builder().id(id).name(name).kind(AgencyKind.FUND_OR_PROGRAMME).gmgMember(true).build();
    }

    static DatasetMetadata metadata() {
        return DatasetMetadata.builder()
                .title("Follow-up report")
                .publisher("Global Migration Group")
                .published(EdtfPeriod.parse("2014-05"))
                .asOf(LocalDate.of(2014, 5, 1))
                .version("test")
                .addMigrantStock(MigrantStock.of(1990, 154), MigrantStock.of(2000, 175), MigrantStock.of(2013, 232))
                .build();
    }
}
