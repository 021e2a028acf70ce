package dev.gmg.io;

import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a dataset as a <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a>:
 * a folder of CSV tables and a {@code datapackage.json} that describes each of them with a Table Schema (field
 * types, required fields, allowed codes, primary and foreign keys), so that Python (pandas, frictionless), R
 * (frictionless, readr), DuckDB, SQLite or a spreadsheet can load the data without the SDK.
 *
 * <pre>{@code
 * DataPackage.write(Datasets.hld2014(), Path.of("hld-2014"));
 * }</pre>
 *
 * <table>
 * <caption>Tables</caption>
 * <tr><th>file</th><th>one row per</th><th>key</th></tr>
 * <tr><td>activities.csv</td><td>activity (id, title, summary, status, kind, period with its first and last
 * day, part_of)</td><td>id</td></tr>
 * <tr><td>activity_action_points.csv</td><td>activity and action point</td><td>activity, action_point</td></tr>
 * <tr><td>action_points.csv</td><td>point of the eight-point agenda</td><td>number</td></tr>
 * <tr><td>participants.csv</td><td>activity, agency and role</td><td>activity, agency, role</td></tr>
 * <tr><td>agencies.csv</td><td>organisation (with its parent)</td><td>id</td></tr>
 * <tr><td>agency_aliases.csv</td><td>other name of an organisation</td><td>agency, alias</td></tr>
 * <tr><td>activity_places.csv</td><td>activity, place and place role</td><td>activity, place, role</td></tr>
 * <tr><td>places.csv</td><td>place of the gazetteer (code, name, kind, parent, M49 and ISO codes)</td>
 * <td>code</td></tr>
 * <tr><td>place_members.csv</td><td>place and each country it covers (a country covers itself)</td>
 * <td>place, country</td></tr>
 * <tr><td>activity_themes.csv</td><td>activity and theme</td><td>activity, theme</td></tr>
 * <tr><td>related_activities.csv</td><td>link between two activities</td><td>activity, related</td></tr>
 * <tr><td>sources.csv</td><td>paragraph of the report an activity cites</td><td>activity, section,
 * paragraph</td></tr>
 * </table>
 *
 * <p>The descriptor carries the dataset's {@code version}, its metadata in the dataset's JSON form, the licence of
 * the SDK's encoding ({@value #LICENSE}) and the report as its source. Place membership is flattened from the
 * gazetteer: an activity's place lies in a region when the two share a country in {@code place_members}, which is
 * how the SDK's region filter decides. Empty cells are missing values; files are UTF-8 with {@code \n} line ends.
 *
 * <p>Writing is atomic: every file is written to a hidden folder beside {@code dir} first. When {@code dir} does not
 * exist, that folder is renamed to it; otherwise each file is renamed into it, {@code datapackage.json} last, and
 * other files in {@code dir} are left alone. A failed write leaves {@code dir} as it was.
 */
public final class DataPackage {

    /** The name of the descriptor file in the package folder. */
    public static final String DESCRIPTOR = "datapackage.json";

    /** The SPDX identifier of the licence of the SDK's encoding of the report. */
    public static final String LICENSE = "CC-BY-4.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DataPackage() {
    }

    /**
     * Writes {@code dataset} as a data package into the folder {@code dir}, creating the folder if needed.
     *
     * @param dataset the dataset to write
     * @param dir the package folder; its parent folder must exist
     * @throws UncheckedIOException if {@code dir} exists and is not a folder, or writing fails
     */
    public static void write(Dataset dataset, Path dir) {
        Objects.requireNonNull(dataset, "dataset");
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UncheckedIOException("cannot write a data package to " + dir + ": it exists and is not a folder",
                    new NotDirectoryException(dir.toString()));
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UncheckedIOException("cannot write a data package to " + dir + ": no such folder " + parent,
                    new NoSuchFileException(String.valueOf(parent)));
        }
        List<TableResource> tables = PackageTables.of(dataset);
        byte[] descriptor = descriptor(dataset, tables).getBytes(StandardCharsets.UTF_8);
        Path staging = parent.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            Files.createDirectory(staging);
            List<String> files = new ArrayList<>();
            for (TableResource t : tables) {
                AtomicFiles.write(staging.resolve(t.fileName()), t::writeCsv);
                files.add(t.fileName());
            }
            AtomicFiles.write(staging.resolve(DESCRIPTOR), out -> out.write(descriptor));
            files.add(DESCRIPTOR);
            if (!Files.exists(target) && moveFolder(staging, target)) {
                return;
            }
            for (String f : files) {
                move(staging.resolve(f), target.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a data package to " + dir + ": " + IoReason.of(e), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Renames the staging folder to the target; false when the target appeared meanwhile. */
    private static boolean moveFolder(Path staging, Path target) throws IOException {
        try {
            move(staging, target);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a hidden, temporary folder named as such is all that can be left; nothing more to do
        }
    }

    /** The text of {@code datapackage.json} for {@code dataset}: two-space indent, a final newline. */
    static String descriptor(Dataset dataset, List<TableResource> tables) {
        DatasetMetadata m = dataset.metadata();
        ObjectNode d = NODES.objectNode();
        d.put("profile", "tabular-data-package");
        d.put("name", "gmg-sdk-dataset");
        d.put("title", "GMG SDK dataset, version " + m.version() + ": " + m.title());
        d.put("description", "Who does what, where and when, encoded by hand by the GMG SDK from the report named"
                + " in sources. Summaries are the SDK's own words; names of initiatives, publications and events"
                + " keep the report's spelling.");
        d.put("version", m.version());
        ArrayNode licenses = d.putArray("licenses");
        ObjectNode license = licenses.addObject();
        license.put("name", LICENSE);
        license.put("path", "https://creativecommons.org/licenses/by/4.0/");
        license.put("title", "Creative Commons Attribution 4.0 International (the SDK's encoding; credit the"
                + " report named in sources)");
        ObjectNode source = d.putArray("sources").addObject();
        source.put("title", m.title() + " (" + m.publisher() + ", " + m.published() + ")");
        d.set("metadata", metadataJson(dataset));
        ArrayNode resources = d.putArray("resources");
        tables.forEach(t -> resources.add(t.descriptor()));
        return JsonText.pretty(d);
    }

    /** The dataset's metadata exactly as the dataset's JSON form writes it, so no field is left out. */
    private static JsonNode metadataJson(Dataset dataset) {
        return JsonText.parse(GmgJson.toJson(dataset)).get("metadata");
    }
}
