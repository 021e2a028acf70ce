package dev.gmg.testing;

import dev.gmg.io.Datasets;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Minimal valid activities and datasets for tests, in one line each. Everything not given gets a plain default,
 * so a test names only what it is about.
 *
 * <pre>{@code
 * Activity a = TestActivities.activity("ilo-test").ledBy("ILO").inPoint(7).build();
 * Dataset d = TestActivities.dataset(
 *         TestActivities.activity("ilo-test").ledBy("ILO").inPoint(7).placedIn("Morocco").period("2014-05"),
 *         TestActivities.activity("iom-test").ledBy("IOM").partner("ILO").relatedTo("ilo-test"));
 * }</pre>
 *
 * <p>Defaults: the title "Test activity ID", a one-sentence summary, action point 1 (human rights), IOM as lead,
 * no places, no period, kind {@link ActivityKind#PROGRAMME}, no themes, cited from paragraph 1 of the first action
 * point's section, and a status that follows from the period against {@link SyntheticDatasets#AS_OF} (ongoing when
 * undated). {@link #dataset(Builder...)} adds the agencies the activities name: those of the bundled dataset (with
 * their parents) where it knows them, a made-up agency of kind {@link AgencyKind#NETWORK} otherwise.
 */
public final class TestActivities {

    private TestActivities() {
    }

    /**
     * A builder of a minimal valid activity with this id.
     *
     * @param id the activity id: 3 to 80 lower-case letters and digits joined by single hyphens
     * @return the builder
     * @throws IllegalArgumentException if {@code id} is not a valid activity id
     */
    public static Builder activity(String id) {
        Objects.requireNonNull(id, "id");
        if (!id.matches(Activity.ID_PATTERN) || id.length() < 3 || id.length() > 80) {
            throw new IllegalArgumentException("test activity id '" + id + "' must be 3 to 80 lower-case letters"
                    + " and digits joined by single hyphens, like 'ilo-test'");
        }
        return new Builder(id);
    }

    /**
     * A valid dataset of these activities and the agencies they name.
     *
     * @param activities the activities, in order
     * @return the dataset
     * @throws IllegalStateException if two activities have the same id
     */
    public static Dataset dataset(Builder... activities) {
        return dataset(Arrays.stream(activities).map(Builder::build).toList());
    }

    /**
     * A valid dataset of these activities and the agencies they name; see {@link #dataset(Builder...)}.
     *
     * @param activities the activities, in order
     * @return the dataset
     * @throws IllegalStateException if two activities have the same id
     */
    public static Dataset dataset(List<Activity> activities) {
        Dataset known = Datasets.hld2014();
        Map<String, Agency> agencies = new LinkedHashMap<>();
        for (Activity activity : activities) {
            for (String id : activity.agencyIds()) {
                String next = id;
                while (next != null && !agencies.containsKey(next)) {
                    Agency agency = known.agency(next).orElse(null);
                    if (agency == null) {
                        agency = Agency.builder().id(next).name("Test agency " + next).kind(AgencyKind.NETWORK)
                                .build();
                    }
                    agencies.put(next, agency);
                    next = agency.parentId().orElse(null);
                }
            }
        }
        return Dataset.builder()
                .metadata(DatasetMetadata.builder()
                        .title("Test dataset")
                        .publisher("GMG SDK tests")
                        .published(EdtfPeriod.ofYear(2014))
                        .asOf(SyntheticDatasets.AS_OF)
                        .version("test")
                        .build())
                .addAllAgencies(agencies.values())
                .addAllActivities(activities)
                .build();
    }

    /** Builds one test activity; every setter returns the builder. Not thread-safe; reusable. */
    public static final class Builder {

        private final String id;
        private String title;
        private String summary = "An activity made up for a test.";
        private final Set<ActionPoint> points = EnumSet.noneOf(ActionPoint.class);
        private final List<Participant> participants = new ArrayList<>();
        private final List<ActivityPlace> places = new ArrayList<>();
        private EdtfPeriod period;
        private Status status;
        private ActivityKind kind = ActivityKind.PROGRAMME;
        private final Set<Theme> themes = EnumSet.noneOf(Theme.class);
        private final List<SourceRef> sources = new ArrayList<>();
        private String partOf;
        private final List<String> related = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
            this.title = "Test activity " + id;
        }

        /**
         * Sets the title.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary the summary
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /**
         * Adds action points by number.
         *
         * @param numbers the numbers, 1 to 8
         * @return this builder
         * @throws IllegalArgumentException if a number is not 1 to 8
         */
        public Builder inPoint(int... numbers) {
            for (int n : numbers) {
                points.add(ActionPoint.of(n));
            }
            return this;
        }

        /**
         * Adds action points.
         *
         * @param actionPoints the points
         * @return this builder
         */
        public Builder inPoint(ActionPoint... actionPoints) {
            points.addAll(List.of(actionPoints));
            return this;
        }

        /**
         * Adds an agency as lead.
         *
         * @param agencyId the agency's id
         * @return this builder
         */
        public Builder ledBy(String agencyId) {
            return participant(agencyId, Role.LEAD);
        }

        /**
         * Adds an agency as partner.
         *
         * @param agencyId the agency's id
         * @return this builder
         */
        public Builder partner(String agencyId) {
            return participant(agencyId, Role.PARTNER);
        }

        /**
         * Adds an agency in a role.
         *
         * @param agencyId the agency's id
         * @param role its role
         * @return this builder
         */
        public Builder participant(String agencyId, Role role) {
            Participant p = Participant.of(agencyId, role);
            if (!participants.contains(p)) {
                participants.add(p);
            }
            return this;
        }

        /**
         * Adds a place: a country as venue, any other place as scope.
         *
         * @param place a code or name of the standard gazetteer ({@code "MAR"}, {@code "Morocco"}, {@code "Africa"})
         * @return this builder
         * @throws dev.gmg.model.UnknownReferenceException if the gazetteer does not know {@code place}
         */
        public Builder placedIn(String place) {
            Place p = Place.of(place);
            return place(p, p.isCountry() ? PlaceRole.VENUE : PlaceRole.SCOPE);
        }

        /**
         * Adds a place in a role.
         *
         * @param place the place
         * @param role what it is to the activity
         * @return this builder
         */
        public Builder place(Place place, PlaceRole role) {
            ActivityPlace p = ActivityPlace.of(place, role);
            if (!places.contains(p)) {
                places.add(p);
            }
            return this;
        }

        /**
         * Sets the period.
         *
         * @param edtf the period in EDTF, for example {@code "2014-05"} or {@code "2013/2015"}
         * @return this builder
         * @throws java.time.format.DateTimeParseException if {@code edtf} is not EDTF
         */
        public Builder period(String edtf) {
            this.period = EdtfPeriod.parse(edtf);
            return this;
        }

        /**
         * Sets the status, instead of the one that follows from the period.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(Status status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(ActivityKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Adds themes.
         *
         * @param added the themes
         * @return this builder
         */
        public Builder themes(Theme... added) {
            themes.addAll(List.of(added));
            return this;
        }

        /**
         * Adds a source.
         *
         * @param section the report section, for example {@code "2.7"}
         * @param paragraph the paragraph within it, from 1
         * @return this builder
         */
        public Builder citedFrom(String section, int paragraph) {
            sources.add(SourceRef.of(section, paragraph));
            return this;
        }

        /**
         * Sets the activity this one is part of.
         *
         * @param activityId the larger activity's id
         * @return this builder
         */
        public Builder partOf(String activityId) {
            this.partOf = Objects.requireNonNull(activityId, "activityId");
            return this;
        }

        /**
         * Adds related activities.
         *
         * @param activityIds their ids
         * @return this builder
         */
        public Builder relatedTo(String... activityIds) {
            related.addAll(List.of(activityIds));
            return this;
        }

        /**
         * The activity, with defaults for whatever was not set.
         *
         * @return a new activity
         */
        public Activity build() {
            Set<ActionPoint> aps = points.isEmpty() ? EnumSet.of(ActionPoint.HUMAN_RIGHTS) : points;
            var b = Activity.builder()
                    .id(id)
                    .title(title)
                    .summary(summary)
                    .actionPoints(aps)
                    .participants(participants.isEmpty() ? List.of(Participant.of("IOM", Role.LEAD)) : participants)
                    .places(places)
                    .status(status != null ? status : statusOf(period))
                    .kind(kind)
                    .themes(themes)
                    .sources(sources.isEmpty() ? List.of(SourceRef.of(aps.iterator().next().section(), 1)) : sources)
                    .related(related);
            if (period != null) {
                b.period(period);
            }
            if (partOf != null) {
                b.partOf(partOf);
            }
            return b.build();
        }

        private static Status statusOf(EdtfPeriod period) {
            if (period == null) {
                return Status.ONGOING;
            }
            return period.latest().isBefore(SyntheticDatasets.AS_OF) ? Status.COMPLETED
                    : period.earliest().isAfter(SyntheticDatasets.AS_OF) ? Status.PLANNED : Status.ONGOING;
        }

        /** The id and what has been set, for test reports. */
        @Override
        public String toString() {
            return "TestActivities.activity(" + id + ")";
        }
    }
}
