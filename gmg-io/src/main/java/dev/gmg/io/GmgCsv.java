package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityLink;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Coded;
import dev.gmg.model.Crosswalk;
import dev.gmg.model.Dataset;
import dev.gmg.model.EdtfPeriod;
import dev.gmg.model.Framework;
import dev.gmg.model.Participant;
import dev.gmg.model.Place;
import dev.gmg.model.SourceRef;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Exports activities as CSV for spreadsheets: "who does what, where, when", one row per activity and
 * participant, codes with their labels beside them, and optionally a second header row of
 * <a href="https://hxlstandard.org/">HXL</a> hashtags so humanitarian data tools recognise the columns.
 *
 * <pre>{@code
 * Files.writeString(Path.of("hld.csv"), GmgCsv.toCsv(Datasets.hld2014(), true));
 * }</pre>
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>HXL</th><th>content</th></tr>
 * <tr><td>activity</td><td>#activity+code</td><td>activity id</td></tr>
 * <tr><td>title</td><td>#activity+name</td><td>activity title</td></tr>
 * <tr><td>agency</td><td>#org+code</td><td>participant's agency id ({@code ILO})</td></tr>
 * <tr><td>agency_name</td><td>#org+name</td><td>its full name ({@code International Labour Organization})</td></tr>
 * <tr><td>role</td><td>#org+role+code</td><td>participant's role code ({@code lead})</td></tr>
 * <tr><td>role_label</td><td>#org+role+name</td><td>its label</td></tr>
 * <tr><td>action_points</td><td>#sector+code</td><td>action point numbers</td></tr>
 * <tr><td>action_point_titles</td><td>#sector+name</td><td>their titles</td></tr>
 * <tr><td>kind, kind_label</td><td>#activity+type+code, #activity+type+name</td><td>activity kind</td></tr>
 * <tr><td>status, status_label</td><td>#status+code, #status+name</td><td>status at the report's date</td></tr>
 * <tr><td>countries, country_names</td><td>#country+code, #country+name</td><td>places that are countries
 * (ISO alpha-3)</td></tr>
 * <tr><td>cities, city_names</td><td>#loc+code, #loc+name</td><td>places that are cities (UN/LOCODE); each
 * city's country is also in the countries columns</td></tr>
 * <tr><td>regions, region_names</td><td>#region+code, #region+name</td><td>other places (M49 regions, named
 * areas)</td></tr>
 * <tr><td>period</td><td>#date+edtf</td><td>EDTF period</td></tr>
 * <tr><td>start, end</td><td>#date+start, #date+end</td><td>its first and last day, empty when open or
 * unknown</td></tr>
 * <tr><td>themes, theme_labels</td><td>#subsector+code, #subsector+name</td><td>themes</td></tr>
 * <tr><td>sources</td><td>#meta+source</td><td>where the report says so, like {@code §2.2 ¶3}</td></tr>
 * <tr><td>derived_sdg_targets, derived_gcm_objectives</td><td>#meta+sdg, #meta+gcm</td><td>the SDG targets and
 * GCM objectives the activity reaches through its points and themes, derived from the {@link Crosswalk}
 * (never part of the data), like {@code 10.c (direct); 17.3 (direct)}</td></tr>
 * <tr><td>dataset_version</td><td>#meta+version</td><td>the version of the dataset the row comes from, like
 * {@code 2014.1}</td></tr>
 * </table>
 *
 * <p>Several values in one cell are separated by {@code "; "}. Rows follow the order of the activities and of
 * their participants; lines end with {@code \n}; the text is UTF-8 with no byte-order mark.
 */
public final class GmgCsv {

    private static final String SEPARATOR = "; ";

    private static final List<String[]> COLUMNS = List.of(
            new String[] {"activity", "#activity+code"},
            new String[] {"title", "#activity+name"},
            new String[] {"agency", "#org+code"},
            new String[] {"agency_name", "#org+name"},
            new String[] {"role", "#org+role+code"},
            new String[] {"role_label", "#org+role+name"},
            new String[] {"action_points", "#sector+code"},
            new String[] {"action_point_titles", "#sector+name"},
            new String[] {"kind", "#activity+type+code"},
            new String[] {"kind_label", "#activity+type+name"},
            new String[] {"status", "#status+code"},
            new String[] {"status_label", "#status+name"},
            new String[] {"countries", "#country+code"},
            new String[] {"country_names", "#country+name"},
            new String[] {"cities", "#loc+code"},
            new String[] {"city_names", "#loc+name"},
            new String[] {"regions", "#region+code"},
            new String[] {"region_names", "#region+name"},
            new String[] {"period", "#date+edtf"},
            new String[] {"start", "#date+start"},
            new String[] {"end", "#date+end"},
            new String[] {"themes", "#subsector+code"},
            new String[] {"theme_labels", "#subsector+name"},
            new String[] {"sources", "#meta+source"},
            new String[] {"derived_sdg_targets", "#meta+sdg"},
            new String[] {"derived_gcm_objectives", "#meta+gcm"},
            new String[] {"dataset_version", "#meta+version"});

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(c -> b.addColumn(c[0]));
        SCHEMA = b.build().withHeader().withLineSeparator("\n");
    }

    private GmgCsv() {
    }

    /**
     * Every activity of the dataset as CSV text, with or without the HXL hashtag row.
     *
     * @param dataset the dataset
     * @param hxlRow whether to add the row of HXL hashtags under the header
     * @return the CSV text, one line per activity after the header
     */
    public static String toCsv(Dataset dataset, boolean hxlRow) {
        StringWriter out = new StringWriter();
        write(dataset, dataset.activities(), out, hxlRow);
        return out.toString();
    }

    /**
     * Writes {@code activities} (for example a query's result) as CSV; agency names come from {@code dataset}.
     * The writer is flushed and not closed.
     *
     * @param hxlRow whether to write the row of HXL hashtags under the header
     *
     * @param dataset the dataset the activities come from, for agency names
     * @param activities the activities to write, in order
     * @param out where to write
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(Dataset dataset, Iterable<? extends Activity> activities, Writer out, boolean hxlRow) {
        Objects.requireNonNull(dataset, "dataset");
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(new NonClosingWriter(out))) {
            if (hxlRow) {
                rows.write(COLUMNS.stream().map(c -> c[1]).toArray(String[]::new));
            }
            for (Activity a : activities) {
                // the activity's cells once; each participant's row differs only in the participant's four cells
                String[] row = activityCells(a, dataset.metadata().version());
                for (Participant p : a.participants()) {
                    row[2] = p.agencyId();
                    row[3] = dataset.agency(p.agencyId()).map(Agency::name).orElse("");
                    row[4] = p.role().code();
                    row[5] = p.role().label();
                    rows.write(row.clone());
                }
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every activity of the dataset as a UTF-8 CSV file, atomically (see {@link GmgJson#write}).
     *
     * @param dataset the dataset
     * @param file the file to write
     * @param hxlRow whether to add the row of HXL hashtags under the header
     */
    public static void write(Dataset dataset, Path file, boolean hxlRow) {
        AtomicFiles.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(dataset, dataset.activities(), w, hxlRow);
        });
    }

    /** A row of the activity with the participant's four cells (2 to 5) left for the caller. */
    private static String[] activityCells(Activity a, String datasetVersion) {
        List<Place> countries = a.places().stream().map(ActivityPlace::place)
                .flatMap(pl -> pl.isCity() ? pl.country().stream() : Stream.of(pl)).filter(Place::isCountry).distinct()
                .toList();
        List<Place> cities = a.places().stream().map(ActivityPlace::place).filter(Place::isCity).distinct().toList();
        List<Place> regions = a.places().stream().map(ActivityPlace::place)
                .filter(pl -> !pl.isCountry() && !pl.isCity()).distinct().toList();
        EdtfPeriod period = a.period().orElse(null);
        List<ActivityLink> links = Crosswalk.standard().linksOf(a);
        return new String[] {
            a.id(),
            a.title(),
            "",
            "",
            "",
            "",
            join(a.actionPoints(), ap -> Integer.toString(ap.number())),
            join(a.actionPoints(), ActionPoint::title),
            a.kind().code(),
            a.kind().label(),
            a.status().code(),
            a.status().label(),
            join(countries, Place::code),
            join(countries, Place::name),
            join(cities, Place::code),
            join(cities, Place::name),
            join(regions, Place::code),
            join(regions, Place::name),
            period == null ? "" : period.toString(),
            period == null || period.hasOpenStart() ? "" : day(period.earliest()),
            period == null || period.hasOpenEnd() ? "" : day(period.latest()),
            join(a.themes(), Coded::code),
            join(a.themes(), Coded::label),
            join(a.sources(), SourceRef::toString),
            links(links, Framework.SDG),
            links(links, Framework.GCM),
            datasetVersion,
        };
    }

    private static String links(List<ActivityLink> links, Framework framework) {
        return join(links.stream().filter(l -> l.to().framework() == framework).toList(),
                l -> l.to().code() + " (" + l.strength() + ")");
    }

    private static String day(LocalDate d) {
        return d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX) ? "" : d.toString();
    }

    private static <T> String join(Collection<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.joining(SEPARATOR));
    }

    /** Lets Jackson close its generator without closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
