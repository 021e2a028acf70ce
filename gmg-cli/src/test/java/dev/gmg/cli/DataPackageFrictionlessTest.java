package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported data package checked by the Frictionless Data reference implementation for JavaScript (the npm
 * package {@code datapackage}, run by {@code src/test/node/check-datapackage.js}): the descriptor against the
 * Tabular Data Package profile, every row cast by its Table Schema, every foreign key resolved.
 *
 * <p>Needs node and that package. When they are missing the test fails if the environment variable {@code CI} is
 * {@code true}, and is skipped otherwise; {@code .ci/run} installs them.
 */
class DataPackageFrictionlessTest {

    private static final Path CHECKER_DIR = Path.of("src", "test", "node");
    private static final String MISSING = "node and the npm package 'datapackage' in gmg-cli/src/test/node are needed;"
            + " .ci/run installs them (npm install --prefix gmg-cli/src/test/node)";

    @TempDir
    static Path folder;

    @BeforeAll
    static void needsNodeAndTheChecker() {
        boolean ready = Files.isDirectory(CHECKER_DIR.resolve("node_modules").resolve("datapackage"))
                && run(List.of("node", "--version")).exit() == 0;
        if (!ready) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(MISSING);
            }
            Assumptions.abort(MISSING);
        }
    }

    @Test
    void theExportedPackageIsValidAndEveryRowAndForeignKeyChecksOut() {
        Path dir = folder.resolve("valid");
        assertThat(gmg("export", "--format", "datapackage", "--out", dir.toString()).exit()).isZero();

        Result r = check(dir);

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("activities: " + dev.gmg.io.Datasets.hld2014().activities().size() + " rows",
                "place_members: ", "valid");
    }

    @Test
    void theCheckerCatchesADanglingAgency() throws IOException {
        Path dir = folder.resolve("broken");
        assertThat(gmg("export", "--format", "datapackage", "--out", dir.toString()).exit()).isZero();
        Path participants = dir.resolve("participants.csv");
        List<String> lines = Files.readAllLines(participants);
        String[] first = lines.get(1).split(",", -1);
        first[1] = "NO-SUCH-AGENCY";
        lines.set(1, String.join(",", first));
        Files.write(participants, lines);

        Result r = check(dir);

        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("participants: ", "agency");
    }

    private static Result check(Path dir) {
        return run(List.of("node", CHECKER_DIR.resolve("check-datapackage.js").toString(),
                dir.resolve("datapackage.json").toAbsolutePath().toString()));
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, out + "\n(timed out)");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
