package dev.gmg.report;

import dev.gmg.model.Dataset;
import dev.gmg.query.QueryResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes one self-contained HTML page about a query's selection: a header with the query and the counts, the
 * agency × action-point matrix as a heat map, a timeline of the dated activities, a world map of the countries
 * they name, a filterable list of the activities and bar charts of their status, kind and theme.
 *
 * <p>The page needs no network and no server: its style, pictures (inline SVG) and small filter script are all
 * inside it, so it opens from disk and prints. Every text from the data is escaped.
 *
 * <pre>{@code
 * Dataset hld = Datasets.hld2014();
 * QueryResult unicef = ActivityIndex.of(hld).query(ActivityQuery.builder().agencies("UNICEF").build());
 * Reports.html(hld, unicef, Path.of("unicef.html"));
 * }</pre>
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes the page for every match of {@code result} (not only its page) to {@code file}, replacing it.
     *
     * @param dataset the dataset the result comes from: agency names, parents and GMG membership
     * @param result the selection to show
     * @param file where to write the page (UTF-8)
     * @throws IOException if the file cannot be written
     */
    public static void html(Dataset dataset, QueryResult result, Path file) throws IOException {
        html(dataset, result, ReportOptions.defaults(), file);
    }

    /**
     * Writes the page for every match of {@code result} to {@code file}, replacing it.
     *
     * @param dataset the dataset the result comes from: agency names, parents and GMG membership
     * @param result the selection to show
     * @param options the query text to print and the "left out" counts, if known
     * @param file where to write the page (UTF-8)
     * @throws IOException if the file cannot be written
     */
    public static void html(Dataset dataset, QueryResult result, ReportOptions options, Path file)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Files.writeString(file, html(dataset, result, options), StandardCharsets.UTF_8);
    }

    /**
     * The page for every match of {@code result}, as a string.
     *
     * @param dataset the dataset the result comes from: agency names, parents and GMG membership
     * @param result the selection to show
     * @param options the query text to print and the "left out" counts, if known
     * @return the whole HTML document
     */
    public static String html(Dataset dataset, QueryResult result, ReportOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(options, "options");
        return new ReportPage(dataset, result, options).render();
    }
}
