package dev.gmg.query;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.List;

/**
 * A small handmade dataset whose activities sit on the edges the query semantics must get right: a country, a
 * named area spanning two M49 regions, a whole region, the World, Kosovo, open-ended and undated periods, a season.
 */
final class Fixtures {

    private Fixtures() {
    }

    static final Dataset DATASET = Dataset.builder()
            .metadata(DatasetMetadata.builder().title("Fixture").publisher("Tests").published(EdtfPeriod.ofYear(2014))
                    .asOf(LocalDate.of(2014, 5, 1)).version("test").build())
            .addAgencies(
                    agency("UNESCO", "United Nations Educational, Scientific and Cultural Organization", null),
                    agency("UIS", "UNESCO Institute for Statistics", "UNESCO"),
                    agency("ILO", "International Labour Organization", null),
                    agency("ITC-ILO", "International Training Centre of the ILO", "ILO"),
                    agency("IOM", "International Organization for Migration", null),
                    agency("UN-Women", "United Nations Entity for Gender Equality and the Empowerment of Women", null))
            .addActivities(
                    activity("morocco-workshop", "Réunion d'experts on migration statistics",
                            "Experts from ministries meet in Rabat.", "2014-03-10", Status.COMPLETED,
                            ActivityKind.MEETING, List.of(ActionPoint.EVIDENCE_BASE), List.of(Theme.STATISTICS),
                            List.of(Participant.of("UNESCO", Role.LEAD)),
                            List.of(ActivityPlace.of("MAR", PlaceRole.VENUE))),
                    activity("arab-region-study", "Study of labour mobility in the Arab region",
                            "A survey of recruitment costs.", "2013-23", Status.COMPLETED, ActivityKind.RESEARCH,
                            List.of(ActionPoint.DEVELOPMENT_AGENDA, ActionPoint.COSTS_OF_LABOUR_MIGRATION),
                            List.of(Theme.RECRUITMENT), List.of(Participant.of("ILO", Role.LEAD)),
                            List.of(ActivityPlace.of("arab-region", PlaceRole.SCOPE))),
                    activity("africa-data", "Education statistics for Africa",
                            "Household surveys on student mobility.", "2014-40", Status.ONGOING, ActivityKind.DATA,
                            List.of(ActionPoint.HUMAN_RIGHTS, ActionPoint.EVIDENCE_BASE),
                            List.of(Theme.EDUCATION, Theme.STATISTICS), List.of(Participant.of("UIS", Role.LEAD)),
                            List.of(ActivityPlace.of("002", PlaceRole.TARGET))),
                    activity("global-report", "World migration report",
                            "A worldwide review of migration trends.", "2014", Status.ONGOING,
                            ActivityKind.PUBLICATION, List.of(ActionPoint.EVIDENCE_BASE), List.of(Theme.STATISTICS),
                            List.of(Participant.of("IOM", Role.LEAD), Participant.of("UNESCO", Role.PARTNER)),
                            List.of(ActivityPlace.of("001", PlaceRole.SCOPE))),
                    activity("kenya-programme", "Fair recruitment programme",
                            "Pilot of fair recruitment corridors.", "2012/..", Status.ONGOING,
                            ActivityKind.PROGRAMME, List.of(ActionPoint.COSTS_OF_LABOUR_MIGRATION),
                            List.of(Theme.RECRUITMENT, Theme.LABOUR_MIGRATION),
                            List.of(Participant.of("ILO", Role.LEAD), Participant.of("UNESCO", Role.FUNDER)),
                            List.of(ActivityPlace.of("KEN", PlaceRole.TARGET), ActivityPlace.of("KEN", PlaceRole.ORIGIN),
                                    ActivityPlace.of("QAT", PlaceRole.TARGET))),
                    activity("kosovo-training", "Training on return and reintegration",
                            "Courses for municipal officials.", "2014-06/2014-09", Status.ONGOING,
                            ActivityKind.TRAINING, List.of(ActionPoint.EXPLOITATION_AND_TRAFFICKING),
                            List.of(Theme.TRAFFICKING), List.of(Participant.of("ITC-ILO", Role.LEAD)),
                            List.of(ActivityPlace.of("XKX", PlaceRole.VENUE))),
                    activity("france-campaign", "Campaign against xenophobia",
                            "Posters and radio spots.", null, Status.ONGOING, ActivityKind.CAMPAIGN,
                            List.of(ActionPoint.PUBLIC_PERCEPTIONS), List.of(Theme.XENOPHOBIA),
                            List.of(Participant.of("IOM", Role.LEAD), Participant.of("UN-Women", Role.PARTNER)),
                            List.of(ActivityPlace.of("FRA", PlaceRole.VENUE))),
                    activity("coordination-meeting", "Coordination meeting of the working group",
                            "Agencies compare work plans.", "../2013", Status.COMPLETED,
                            ActivityKind.COORDINATION, List.of(ActionPoint.PARTNERSHIPS), List.of(),
                            List.of(Participant.of("UN-Women", Role.LEAD)), List.of()),
                    activity("world-and-morocco", "Global forum held in Marrakech",
                            "A worldwide meeting hosted in Morocco.", "2014-11-10/2014-11-14", Status.PLANNED,
                            ActivityKind.MEETING, List.of(ActionPoint.PARTNERSHIPS), List.of(Theme.POST_2015_AGENDA),
                            List.of(Participant.of("IOM", Role.LEAD), Participant.of("ILO", Role.HOST)),
                            List.of(ActivityPlace.of("001", PlaceRole.SCOPE), ActivityPlace.of("MAR", PlaceRole.VENUE))))
            .build();

    static final ActivityIndex INDEX = ActivityIndex.of(DATASET);

    static Agency agency(String id, String name, String parent) {
        var b = Agency.builder().id(id).name(name).kind(parent == null ? AgencyKind.SPECIALIZED_AGENCY : AgencyKind.UNIT)
                .gmgMember(parent == null);
        if (parent != null) {
            b.parentId(parent);
        }
        return b.build();
    }

    static Activity activity(String id, String title, String summary, String period, Status status,
            ActivityKind kind, List<ActionPoint> aps, List<Theme> themes, List<Participant> participants,
            List<ActivityPlace> places) {
        var b = Activity.builder().id(id).title(title).summary(summary).status(status).kind(kind)
                .actionPoints(aps).themes(themes).participants(participants).places(places);
        if (period != null) {
            b.period(EdtfPeriod.parse(period));
        }
        return b.build();
    }
}
