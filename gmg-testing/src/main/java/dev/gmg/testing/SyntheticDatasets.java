package dev.gmg.testing;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityKind;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.AgencyKind;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Participant;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.model.PlaceRole;
import dev.gmg.model.Role;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Status;
import dev.gmg.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic, made-up datasets of any size for tests and benchmarks: the same seed and size always give the same
 * dataset, on every machine and JDK.
 *
 * <p>The distributions imitate the 2014 report's: the GMG agencies (with sub-bodies such as the UNESCO Institute for
 * Statistics and outside partners), the largest ones taking part most often; one or two action points per
 * activity, evidence base and human rights the most frequent; places drawn from every country and area of the
 * gazetteer with skewed (Zipf-like) frequencies, countries of Africa and Asia the most frequent, a share of regional
 * and named-area scopes, about one activity in eight global; periods of every precision the report uses (days,
 * ranges, months, seasons, quarters, half-years, years, spans, open ends) centred on 2013-2015, about one activity
 * in seven undated; status derived from the period against 1 May 2014; one to three themes; a fifth of the
 * activities part of an earlier initiative, in chains several levels deep. Titles and summaries draw their words
 * independently from a vocabulary of 6,000 words with Zipf-like frequencies (function words most often, then the
 * field's words, accented ones included, then made-up words), with the gazetteer's place names.
 *
 * <pre>{@code
 * Dataset d = SyntheticDatasets.generate(42, 10_000);
 * }</pre>
 */
public final class SyntheticDatasets {

    /** The date against which the status of synthetic activities is set. */
    public static final LocalDate AS_OF = LocalDate.of(2014, 5, 1);

    private SyntheticDatasets() {
    }

    private record AgencySpec(String id, String name, AgencyKind kind, boolean member, String parent, double weight) {
    }

    private static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec("IOM", "International Organization for Migration", AgencyKind.RELATED_ORGANIZATION, true, null, 10),
            new AgencySpec("ILO", "International Labour Organization", AgencyKind.SPECIALIZED_AGENCY, true, null, 10),
            new AgencySpec("UN-DESA", "United Nations Department of Economic and Social Affairs", AgencyKind.SECRETARIAT, true, null, 5),
            new AgencySpec("UNHCR", "Office of the United Nations High Commissioner for Refugees", AgencyKind.FUND_OR_PROGRAMME, true, null, 6),
            new AgencySpec("UNICEF", "United Nations Children's Fund", AgencyKind.FUND_OR_PROGRAMME, true, null, 6),
            new AgencySpec("UNODC", "United Nations Office on Drugs and Crime", AgencyKind.SECRETARIAT, true, null, 5),
            new AgencySpec("OHCHR", "Office of the United Nations High Commissioner for Human Rights", AgencyKind.SECRETARIAT, true, null, 5),
            new AgencySpec("UNDP", "United Nations Development Programme", AgencyKind.FUND_OR_PROGRAMME, true, null, 5),
            new AgencySpec("UNESCO", "United Nations Educational, Scientific and Cultural Organization", AgencyKind.SPECIALIZED_AGENCY, true, null, 3),
            new AgencySpec("UNFPA", "United Nations Population Fund", AgencyKind.FUND_OR_PROGRAMME, true, null, 3),
            new AgencySpec("UN-Women", "United Nations Entity for Gender Equality and the Empowerment of Women", AgencyKind.FUND_OR_PROGRAMME, true, null, 4),
            new AgencySpec("World-Bank", "World Bank", AgencyKind.SPECIALIZED_AGENCY, true, null, 4),
            new AgencySpec("UNITAR", "United Nations Institute for Training and Research", AgencyKind.RESEARCH_AND_TRAINING, true, null, 2.5),
            new AgencySpec("UNCTAD", "United Nations Conference on Trade and Development", AgencyKind.SECRETARIAT, true, null, 3),
            new AgencySpec("UNU", "United Nations University", AgencyKind.RESEARCH_AND_TRAINING, true, null, 2),
            new AgencySpec("FAO", "Food and Agriculture Organization of the United Nations", AgencyKind.SPECIALIZED_AGENCY, true, null, 2),
            new AgencySpec("WHO", "World Health Organization", AgencyKind.SPECIALIZED_AGENCY, true, null, 2),
            new AgencySpec("UNEP", "United Nations Environment Programme", AgencyKind.FUND_OR_PROGRAMME, false, null, 1),
            new AgencySpec("ECA", "Economic Commission for Africa", AgencyKind.REGIONAL_COMMISSION, true, null, 1.5),
            new AgencySpec("ECE", "Economic Commission for Europe", AgencyKind.REGIONAL_COMMISSION, true, null, 1.5),
            new AgencySpec("ECLAC", "Economic Commission for Latin America and the Caribbean", AgencyKind.REGIONAL_COMMISSION, true, null, 1.5),
            new AgencySpec("ESCAP", "Economic and Social Commission for Asia and the Pacific", AgencyKind.REGIONAL_COMMISSION, true, null, 2),
            new AgencySpec("ESCWA", "Economic and Social Commission for Western Asia", AgencyKind.REGIONAL_COMMISSION, true, null, 2),
            new AgencySpec("UIS", "UNESCO Institute for Statistics", AgencyKind.UNIT, false, "UNESCO", 1),
            new AgencySpec("ITC-ILO", "International Training Centre of the ILO", AgencyKind.UNIT, false, "ILO", 1),
            new AgencySpec("UN-DESA-PD", "Population Division of UN-DESA", AgencyKind.UNIT, false, "UN-DESA", 2),
            new AgencySpec("KNOMAD", "Global Knowledge Partnership on Migration and Development", AgencyKind.NETWORK, false, "World-Bank", 1),
            new AgencySpec("EU", "European Union", AgencyKind.INTERGOVERNMENTAL, false, null, 1),
            new AgencySpec("OECD", "Organisation for Economic Co-operation and Development", AgencyKind.INTERGOVERNMENTAL, false, null, 1),
            new AgencySpec("AU", "African Union", AgencyKind.INTERGOVERNMENTAL, false, null, 0.8),
            new AgencySpec("GFMD", "Global Forum on Migration and Development", AgencyKind.NETWORK, false, null, 0.8),
            new AgencySpec("Switzerland", "Government of Switzerland", AgencyKind.GOVERNMENT, false, null, 0.5),
            new AgencySpec("MFA", "Migrant Forum in Asia", AgencyKind.CIVIL_SOCIETY, false, null, 0.5));

    private static final double[] ACTION_POINT_WEIGHTS = {14, 9, 11, 5, 6, 12, 16, 13};
    private static final double[] KIND_WEIGHTS = {16, 5, 12, 14, 4, 6, 9, 10, 3, 6, 4, 8, 3};
    private static final String[] KIND_WORDS = {"Meeting", "Consultation", "Report", "Programme", "Campaign",
        "Database", "Study", "Training course", "Guidelines", "Working group", "Assistance", "Technical support",
        "Advocacy"};
    private static final String[] ADJECTIVES = {"Regional", "National", "Global", "Joint", "Inter-agency",
        "High-level", "Expert", "Technical", "Pilot", "Annual", "Sub-regional", "Thematic"};
    private static final String[] VERBS = {"strengthens", "supports", "maps", "reviews", "documents", "promotes",
        "assesses", "builds", "improves", "monitors", "coordinates", "examines"};

    /**
     * The most frequent words, in rank order: short function words first, as in any English text, then the words of
     * the field (with a few French, Spanish and German ones, accents included). {@link Vocabulary} continues the
     * ranks with made-up words.
     */
    private static final String[] COMMON_WORDS = ("the of and to in for on with by as at from among between through"
            + " its their this that which also into under over within across both each other such new all more"
            + " migration migrants migrant labour workers development policy data national regional global"
            + " rights protection countries government governments capacity support research report programme"
            + " training dialogue cooperation co-operation partners partnership network statistics survey"
            + " remittances diaspora return reintegration recruitment practices employment skills mobility"
            + " border management refugees asylum trafficking smuggling children youth women gender health"
            + " education social services access legal frameworks coordination agencies civil society"
            + " awareness campaign evidence knowledge assessment review guidelines standards indicators"
            + " monitoring evaluation integration inclusion discrimination xenophobia decent work wages"
            + " contracts domestic seasonal circular temporary permanent corridors origin destination transit"
            + " irregular regular pathways admission visas consular assistance emergency crisis humanitarian"
            + " climate environmental displacement disasters urban rural cities local authorities municipal"
            + " community communities family families students academic universities private sector employers"
            + " unions trade investment financial inclusion costs transfer banking entrepreneurship"
            + " agenda post-2015 goals targets sustainable poverty reduction growth economic household census"
            + " registers administrative sources harmonised comparable disaggregated estimates projections"
            + " population ageing demographic fertility mortality stocks flows census-based methodology"
            + " handbook toolkit module course curriculum workshop seminar conference forum consultation"
            + " meeting expert group session plenary side event launch publication study paper brief"
            + " strategy plan action framework mechanism platform initiative project pilot phase"
            + " detention alternatives safeguards procedures screening referral identification victims"
            + " exploitation forced abuse violence vulnerable situations unaccompanied minors stateless"
            + " nationality documentation registration birth identity portability pensions benefits"
            + " coverage insurance agreements bilateral multilateral memoranda treaties conventions"
            + " ratification implementation compliance reporting committee special rapporteur mandate"
            + " réseau partenaires coopération société protección género migración trabajadores derechos"
            + " entwicklung zusammenarbeit").split(" ");

    /** Ranks below this are function words, never drawn for titles. */
    private static final int FUNCTION_WORDS = 33;
    /** How many words {@link Vocabulary} holds. */
    private static final int VOCABULARY_SIZE = 6_000;

    /**
     * Thousands of words with Zipf-like frequencies (the word of rank {@code k} is drawn with a weight of
     * {@code 1/(k+1)}): a few words in most texts, most words in few, and words drawn independently, so two words
     * do not always come together. The same for every seed.
     */
    private static final class Vocabulary {
        private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "br", "tr", "st", "pl", "gr", "ch", "sh", "c", "h", "j", "w"};
        private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io"};
        private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "t", "m", "nd", "st"};

        final String[] words = new String[VOCABULARY_SIZE];
        /** Cumulative Zipf weights of {@link #words}. */
        final double[] cumulative = new double[VOCABULARY_SIZE];

        Vocabulary() {
            List<String> common = List.copyOf(new LinkedHashSet<>(List.of(COMMON_WORDS)));
            Set<String> seen = new java.util.HashSet<>(common);
            SplittableRandom r = new SplittableRandom(0x5EED_2014L);
            List<String> made = new ArrayList<>();
            while (seen.size() < VOCABULARY_SIZE) {
                StringBuilder w = new StringBuilder();
                int syllables = 2 + r.nextInt(3);
                for (int k = 0; k < syllables; k++) {
                    w.append(ONSETS[r.nextInt(ONSETS.length)]).append(NUCLEI[r.nextInt(NUCLEI.length)]);
                }
                w.append(CODAS[r.nextInt(CODAS.length)]);
                String word = w.toString();
                if (seen.add(word)) {
                    made.add(word);
                }
            }
            // function words first, then the field's words, then the made-up ones
            int k = 0;
            for (String w : common) {
                words[k++] = w;
            }
            for (int i = 0; k < VOCABULARY_SIZE; i++) {
                words[k++] = made.get(i);
            }
            double total = 0;
            for (int i = 0; i < VOCABULARY_SIZE; i++) {
                total += 1.0 / (i + 1);
                cumulative[i] = total;
            }
        }

        /** A word drawn with Zipf-like frequency; {@code content} skips the function words. */
        String word(SplittableRandom r, boolean content) {
            double low = content ? cumulative[FUNCTION_WORDS - 1] : 0;
            double x = low + r.nextDouble() * (cumulative[VOCABULARY_SIZE - 1] - low);
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return words[Math.min(VOCABULARY_SIZE - 1, i >= 0 ? i + 1 : -i - 1)];
        }
    }

    /**
     * A dataset of {@code activities} activities generated from {@code seed}, with the synthetic agencies. Ids are
     * {@code syn-<kind>-<n>}.
     *
     * @param seed the random seed; the same seed gives the same dataset
     * @param activities how many activities to make
     * @return the dataset
     * @throws IllegalArgumentException if {@code activities} is negative
     */
    public static Dataset generate(long seed, int activities) {
        if (activities < 0) {
            throw new IllegalArgumentException("activities must not be negative, was " + activities);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Generator g = new Generator();
        List<Activity> list = new ArrayList<>(activities);
        for (int i = 0; i < activities; i++) {
            list.add(g.activity(random, i));
        }
        return Dataset.builder()
                .metadata(DatasetMetadata.builder()
                        .title("Synthetic GMG dataset, seed " + seed + ", " + activities + " activities")
                        .publisher("GMG SDK synthetic data generator")
                        .published(EdtfPeriod.ofYear(2014))
                        .asOf(AS_OF)
                        .addMigrantStock(MigrantStock.of(1990, 154), MigrantStock.of(2000, 175),
                                MigrantStock.of(2013, 232))
                        .version("synthetic-1")
                        .build())
                .addAllAgencies(agencies())
                .addAllActivities(list)
                .build();
    }

    /** {@return the agencies of every synthetic dataset: the GMG members of 2014, some sub-bodies, some partners} */
    public static List<Agency> agencies() {
        List<Agency> out = new ArrayList<>();
        for (AgencySpec s : AGENCIES) {
            var b = Agency.builder().id(s.id()).name(s.name()).kind(s.kind()).gmgMember(s.member());
            if (s.parent() != null) {
                b.parentId(s.parent());
            }
            if (s.id().contains("-")) {
                b.addAliases(s.id().replace('-', ' '));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Pre-computed tables for picking values; holds no random state. */
    private static final class Generator {
        static final Vocabulary VOCABULARY = new Vocabulary();
        /** Share of activities that are initiatives other activities can be part of, in percent. */
        static final int INITIATIVE_PERCENT = 4;
        /** Share of activities that are part of an initiative, in percent. */
        static final int PART_PERCENT = 20;

        final double[] agencyWeights = AGENCIES.stream().mapToDouble(AgencySpec::weight).toArray();
        final List<Place> countries = new ArrayList<>();
        /** Cumulative weights of {@link #countries}. */
        final double[] countryWeights;
        final List<Place> areas = new ArrayList<>();
        /** Cumulative weights of {@link #areas}. */
        final double[] areaWeights;
        final Place world = Gazetteer.standard().place("001");
        /** Ids of the initiatives generated so far; the only state that carries from one activity to the next. */
        final List<String> initiatives = new ArrayList<>();

        Generator() {
            Gazetteer gz = Gazetteer.standard();
            Place africa = gz.place("002");
            Place asia = gz.place("142");
            Place americas = gz.place("019");
            Place europe = gz.place("150");
            // every country and area of the gazetteer, each with a Zipf-like weight by a fixed random rank (a few
            // places get most of the work, as in the report), countries of Africa and Asia weighted up
            List<Place> shuffled = shuffled(gz.countries(), 0xC0DE_2014L);
            countryWeights = new double[shuffled.size()];
            for (int i = 0; i < shuffled.size(); i++) {
                Place c = shuffled.get(i);
                double w = c.isWithin(africa) ? 3 : c.isWithin(asia) ? 3 : c.isWithin(americas) ? 1.5
                        : c.isWithin(europe) ? 1.5 : 0.5;
                countries.add(c);
                countryWeights[i] = w / Math.pow(i + 1, 0.6);
            }
            cumulate(countryWeights);
            areas.addAll(shuffled(gz.places().stream()
                    .filter(p -> p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.WORLD).toList(), 0xA4EA_2014L));
            areaWeights = new double[areas.size()];
            for (int i = 0; i < areaWeights.length; i++) {
                areaWeights[i] = 1 / Math.pow(i + 1, 0.6);
            }
            cumulate(areaWeights);
        }

        private static List<Place> shuffled(List<Place> places, long seed) {
            List<Place> out = new ArrayList<>(places);
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = out.size() - 1; i > 0; i--) {
                java.util.Collections.swap(out, i, r.nextInt(i + 1));
            }
            return out;
        }

        private static void cumulate(double[] weights) {
            for (int i = 1; i < weights.length; i++) {
                weights[i] += weights[i - 1];
            }
        }

        /** {@code count} words of the vocabulary, space-separated. */
        static String words(SplittableRandom r, int count, boolean content) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < count; k++) {
                s.append(k == 0 ? "" : " ").append(VOCABULARY.word(r, content));
            }
            return s.toString();
        }

        Activity activity(SplittableRandom r, int i) {
            int kindIndex = pick(r, KIND_WEIGHTS);
            ActivityKind kind = ActivityKind.values()[kindIndex];
            Set<ActionPoint> aps = EnumSet.noneOf(ActionPoint.class);
            int apCount = r.nextInt(100) < 70 ? 1 : r.nextInt(100) < 85 ? 2 : 3;
            while (aps.size() < apCount) {
                aps.add(ActionPoint.values()[pick(r, ACTION_POINT_WEIGHTS)]);
            }
            List<Participant> participants = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            String lead = AGENCIES.get(pick(r, agencyWeights)).id();
            used.add(lead);
            participants.add(Participant.of(lead, Role.LEAD));
            int partners = r.nextInt(100) < 55 ? 0 : r.nextInt(100) < 70 ? 1 : 2 + r.nextInt(3);
            for (int k = 0; k < partners; k++) {
                String id = AGENCIES.get(pick(r, agencyWeights)).id();
                if (used.add(id)) {
                    participants.add(Participant.of(id, r.nextInt(100) < 85 ? Role.PARTNER
                            : r.nextBoolean() ? Role.FUNDER : Role.HOST));
                }
            }
            List<ActivityPlace> places = places(r);
            EdtfPeriod period = r.nextInt(100) < 14 ? null : period(r);
            Status status = period == null ? (r.nextInt(100) < 80 ? Status.ONGOING : Status.COMPLETED)
                    : period.latest().isBefore(AS_OF) ? Status.COMPLETED
                    : period.earliest().isAfter(AS_OF) ? Status.PLANNED : Status.ONGOING;
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            int themeCount = 1 + r.nextInt(3);
            while (themes.size() < themeCount) {
                themes.add(Theme.values()[(int) Math.min(Theme.values().length - 1,
                        Math.abs(gaussian(r)) * Theme.values().length / 2.5)]);
            }
            Theme mainTheme = themes.iterator().next();
            String where = places.isEmpty() ? "" : " in " + places.get(0).place().name();
            String opening = r.nextInt(100) < 50 ? ADJECTIVES[r.nextInt(ADJECTIVES.length)]
                    : words(r, 1 + r.nextInt(2), true);
            String title = opening + " " + KIND_WORDS[kindIndex].toLowerCase(Locale.ROOT) + " on "
                    + words(r, 1 + r.nextInt(2), true) + " and " + mainTheme.label().toLowerCase(Locale.ROOT) + where;
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            String summary = lead + " " + VERBS[r.nextInt(VERBS.length)] + " " + words(r, 6 + r.nextInt(15), false)
                    + ". The work serves " + aps.iterator().next().shortName() + " and touches on "
                    + themes.stream().map(t -> t.label().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b)
                            .orElseThrow() + ".";
            ActionPoint first = aps.iterator().next();
            var b = Activity.builder()
                    .id("syn-" + kind.code() + "-" + i)
                    .title(title)
                    .summary(summary)
                    .actionPoints(aps)
                    .participants(participants)
                    .places(places)
                    .status(status)
                    .kind(kind)
                    .themes(themes)
                    .addSources(SourceRef.of(first.section(), 1 + r.nextInt(40)));
            if (period != null) {
                b.period(period);
            }
            // a fifth of the activities are part of an earlier initiative, mostly of the first (largest) ones;
            // initiatives are themselves parts of others, so "part of" chains run several levels deep
            if (!initiatives.isEmpty() && r.nextInt(100) < PART_PERCENT) {
                double u = r.nextDouble();
                b.partOf(initiatives.get((int) (initiatives.size() * u * u * u)));
            }
            Activity activity = b.build();
            if (r.nextInt(100) < INITIATIVE_PERCENT) {
                initiatives.add(activity.id());
            }
            return activity;
        }

        List<ActivityPlace> places(SplittableRandom r) {
            int roll = r.nextInt(100);
            List<ActivityPlace> out = new ArrayList<>();
            if (roll < 8) {
                return out;
            }
            if (roll < 20) {
                out.add(ActivityPlace.of(world, PlaceRole.SCOPE));
                if (r.nextInt(100) < 25) {
                    out.add(ActivityPlace.of(country(r), PlaceRole.VENUE));
                }
                return out;
            }
            if (roll < 35) {
                Place area = areas.get(pickCumulative(r, areaWeights));
                out.add(ActivityPlace.of(area, r.nextInt(100) < 60 ? PlaceRole.SCOPE : PlaceRole.TARGET));
                if (r.nextInt(100) < 30) {
                    out.add(ActivityPlace.of(country(r), PlaceRole.VENUE));
                }
                return out;
            }
            int count = roll < 80 ? 1 : roll < 92 ? 2 : 3 + r.nextInt(4);
            for (int k = 0; k < count; k++) {
                int role = r.nextInt(100);
                ActivityPlace p = ActivityPlace.of(country(r), role < 40 ? PlaceRole.VENUE
                        : role < 85 ? PlaceRole.TARGET : PlaceRole.ORIGIN);
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }

        Place country(SplittableRandom r) {
            return countries.get(pickCumulative(r, countryWeights));
        }

        EdtfPeriod period(SplittableRandom r) {
            int year = 2010 + (int) Math.round(Math.max(0, Math.min(7, 3.5 + gaussian(r) * 1.3)));
            int form = r.nextInt(100);
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
            if (form < 20) {
                return EdtfPeriod.of(day);
            }
            if (form < 33) {
                return EdtfPeriod.between(day, day.plusDays(1 + r.nextInt(6)));
            }
            if (form < 48) {
                return EdtfPeriod.parse(yearMonth(year, 1 + r.nextInt(12)));
            }
            if (form < 53) {
                return EdtfPeriod.parse(yearMonth(year, 21 + r.nextInt(4)));
            }
            if (form < 56) {
                return EdtfPeriod.parse(yearMonth(year, 33 + r.nextInt(4)));
            }
            if (form < 63) {
                return EdtfPeriod.parse(yearMonth(year, 40 + r.nextInt(2)));
            }
            if (form < 78) {
                return EdtfPeriod.ofYear(year);
            }
            if (form < 90) {
                return EdtfPeriod.parse(year + "/" + (year + 1 + r.nextInt(4)));
            }
            if (form < 93) {
                return EdtfPeriod.parse(yearMonth(year, 1 + r.nextInt(12)) + "/"
                        + yearMonth(year + 1, 1 + r.nextInt(12)));
            }
            if (form < 97) {
                return EdtfPeriod.parse(year + "/..");
            }
            return EdtfPeriod.parse("../" + year);
        }

        /** {@code YYYY-MM} (a month, or a season, quarter or half-year code above 12) without String.format. */
        static String yearMonth(int year, int month) {
            return year + (month < 10 ? "-0" : "-") + month;
        }

        /** Picks an index with probability proportional to its weight. */
        static int pick(SplittableRandom r, double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double x = r.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** Picks an index from cumulative weights by binary search. */
        static int pickCumulative(SplittableRandom r, double[] cumulative) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
        }

        /** A standard normal approximation (Irwin-Hall of four uniforms), defined by this code on every JDK. */
        static double gaussian(SplittableRandom r) {
            return (r.nextDouble() + r.nextDouble() + r.nextDouble() + r.nextDouble() - 2) * Math.sqrt(3);
        }
    }
}
