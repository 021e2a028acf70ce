package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.io.Datasets;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.query.ActivityIndex;
import dev.gmg.query.ActivityQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data package as a non-Java user sees it: {@code gmg export --format datapackage} writes it, DuckDB loads every
 * CSV into a table built from the Table Schema in {@code datapackage.json} (types, required fields, primary keys),
 * every declared foreign key is checked, and plain SQL joins give exactly the ids the SDK's index gives. The
 * queries are the ones the README shows.
 */
class DataPackageSqlTest {

    /**
     * {@code gmg query --region Africa}: a place that shares a country with the region; a worldwide place counts
     * only when the World itself is asked for.
     */
    static final String REGION_SQL = """
            SELECT DISTINCT ap.activity
            FROM activity_places ap
            JOIN places p ON p.code = ap.place
            JOIN place_members pm ON pm.place = ap.place
            JOIN place_members rm ON rm.country = pm.country
            JOIN places r ON r.code = rm.place
            WHERE r.name = ?
              AND (p.kind <> 'world' OR p.code = r.code)""";

    /** {@code gmg query --agency UNICEF}: the agency or any body below it, at any depth. */
    static final String AGENCY_SQL = """
            WITH RECURSIVE body(id) AS (
              SELECT id FROM agencies WHERE id = ?
              UNION
              SELECT a.id FROM agencies a JOIN body b ON a.parent = b.id)
            SELECT DISTINCT p.activity
            FROM participants p JOIN body b ON p.agency = b.id""";

    /** {@code gmg query --action-point 7}. */
    static final String ACTION_POINT_SQL = """
            SELECT activity FROM activity_action_points WHERE action_point = ?""";

    private static final Dataset HLD = Datasets.hld2014();
    private static final ActivityIndex INDEX = ActivityIndex.of(HLD);

    @TempDir
    static Path folder;
    static Connection db;
    static JsonNode descriptor;

    static Path dir;

    @BeforeAll
    static void exportAndLoad() throws Exception {
        dir = folder.resolve("hld-2014");
        Cli.Run run = gmg("export", "--format", "datapackage", "--out", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + HLD.activities().size() + " activities to " + dir, "dataset version "
                + HLD.metadata().version());
        descriptor = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("datapackage.json")));
        db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            for (JsonNode r : descriptor.get("resources").values()) {
                s.execute(createTable(r));
                s.execute("INSERT INTO " + r.get("name").asString() + " SELECT * FROM read_csv('"
                        + dir.resolve(r.get("path").asString()).toString().replace("'", "''")
                        + "', header = true, all_varchar = true, quote = '\"', escape = '\"')");
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /** CREATE TABLE from a Table Schema: types, NOT NULL for required fields, the primary key. */
    static String createTable(JsonNode resource) {
        JsonNode schema = resource.get("schema");
        List<String> columns = new ArrayList<>();
        for (JsonNode f : schema.get("fields").values()) {
            String type = switch (f.get("type").asString()) {
                case "string" -> "VARCHAR";
                case "integer" -> "INTEGER";
                case "boolean" -> "BOOLEAN";
                case "date" -> "DATE";
                default -> throw new AssertionError("no SQL type for " + f);
            };
            boolean required = f.path("constraints").path("required").asBoolean(false);
            columns.add("\"" + f.get("name").asString() + "\" " + type + (required ? " NOT NULL" : ""));
        }
        if (schema.has("primaryKey")) {
            columns.add("PRIMARY KEY (" + schema.get("primaryKey").values().stream().map(JsonNode::asString)
                    .map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + ")");
        }
        return "CREATE TABLE " + resource.get("name").asString() + " (" + String.join(", ", columns) + ")";
    }

    @Test
    void everyTableLoadsWithItsRowCount() throws Exception {
        assertThat(count("SELECT count(*) FROM activities")).isEqualTo(HLD.activities().size());
        assertThat(count("SELECT count(*) FROM agencies")).isEqualTo(HLD.agencies().size());
        assertThat(count("SELECT count(*) FROM participants"))
                .isEqualTo(HLD.activities().stream().mapToInt(a -> a.participants().size()).sum());
        assertThat(count("SELECT count(*) FROM agencies WHERE gmg_member"))
                .isEqualTo((int) HLD.agencies().stream().filter(a -> a.gmgMember()).count());
        assertThat(count("SELECT count(*) FROM activities WHERE start > \"end\"")).isZero();
    }

    @Test
    void everyDeclaredForeignKeyResolves() throws Exception {
        int checked = 0;
        for (JsonNode r : descriptor.get("resources").values()) {
            String table = r.get("name").asString();
            for (JsonNode fk : r.get("schema").path("foreignKeys").values()) {
                String column = fk.get("fields").get(0).asString();
                String target = fk.get("reference").get("resource").asString();
                String key = fk.get("reference").get("fields").get(0).asString();
                String sql = "SELECT count(*) FROM " + table + " c WHERE c.\"" + column + "\" IS NOT NULL AND NOT"
                        + " EXISTS (SELECT 1 FROM " + (target.isEmpty() ? table : target) + " t WHERE t.\"" + key
                        + "\" = c.\"" + column + "\")";
                assertThat(count(sql)).as("%s.%s -> %s.%s", table, column, target, key).isZero();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void regionAfricaInSqlIsTheIndexAnswer() throws Exception {
        List<String> sql = ids(REGION_SQL, "Africa");

        assertThat(sql).containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().regions("Africa")));
        assertThat(sql).hasSizeGreaterThan(5);
    }

    @Test
    void otherRegionsAndNamedAreasAgreeToo() throws Exception {
        for (String region : List.of("Europe", "Western Asia", "Arab region", "South-eastern Asia", "World")) {
            assertThat(ids(REGION_SQL, region)).as(region)
                    .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().regions(region)));
        }
    }

    @Test
    void agencyUnicefWithSubBodiesInSqlIsTheIndexAnswer() throws Exception {
        List<String> sql = ids(AGENCY_SQL, "UNICEF");

        assertThat(sql).containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().agencies("UNICEF")));
        List<String> subBodies = HLD.agencyAndSubBodies("UNICEF").stream().filter(id -> !id.equals("UNICEF"))
                .toList();
        assertThat(subBodies).as("UNICEF's sub-bodies").isNotEmpty();
        assertThat(HLD.activities().stream().filter(a -> !a.agencyIds().contains("UNICEF"))
                .filter(a -> a.agencyIds().stream().anyMatch(subBodies::contains)).map(Activity::id))
                .as("activities found only through a sub-body").isNotEmpty().allMatch(sql::contains);
    }

    @Test
    void agenciesTwoLevelsDeepAgreeToo() throws Exception {
        for (String agency : List.of("World-Bank", "EU", "UNESCO", "ILO")) {
            assertThat(ids(AGENCY_SQL, agency)).as(agency)
                    .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().agencies(agency)));
        }
    }

    @Test
    void actionPointSevenInSqlIsTheIndexAnswer() throws Exception {
        assertThat(ids(ACTION_POINT_SQL, 7))
                .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().actionPoints("7")))
                .hasSizeGreaterThan(20);
    }

    /**
     * The README's way: each CSV loaded with DuckDB's own type detection, M49 codes and section numbers kept as
     * text, and the same three queries with their values written in.
     */
    @Test
    void theReadmeWayOfLoadingGivesTheSameAnswers() throws Exception {
        try (Connection readme = DriverManager.getConnection("jdbc:duckdb:"); Statement s = readme.createStatement()) {
            for (JsonNode r : descriptor.get("resources").values()) {
                String name = r.get("name").asString();
                String csv = "'" + dir.resolve(r.get("path").asString()).toString().replace("'", "''") + "'";
                s.execute("CREATE TABLE " + name + " AS FROM " + switch (name) {
                    case "places" -> "read_csv(" + csv + ", types = {'m49': 'VARCHAR'})";
                    case "sources" -> "read_csv(" + csv + ", types = {'section': 'VARCHAR'})";
                    default -> csv;
                });
            }
            assertThat(ids(s, REGION_SQL.replace("?", "'Africa'")))
                    .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().regions("Africa")));
            assertThat(ids(s, AGENCY_SQL.replace("?", "'UNICEF'")))
                    .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().agencies("UNICEF")));
            assertThat(ids(s, ACTION_POINT_SQL.replace("?", "7")))
                    .containsExactlyInAnyOrderElementsOf(index(ActivityQuery.builder().actionPoints("7")));
            assertThat(ids(s, "SELECT m49 FROM places WHERE code = '001'")).containsExactly("001");
            assertThat(ids(s, "SELECT iso2 FROM places WHERE code = 'NAM'")).containsExactly("NA");
        }
    }

    private static List<String> ids(Statement s, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static List<String> index(ActivityQuery.Builder query) {
        return INDEX.query(query.build()).all().stream().map(Activity::id).toList();
    }

    private static List<String> ids(String sql, Object parameter) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
