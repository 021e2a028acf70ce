package dev.gmg.cli;

import static dev.gmg.cli.Cli.gmg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gmg.cli.Cli.Run;
import dev.gmg.io.Datasets;
import dev.gmg.io.GmgJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a user should not give the command line still end in exit 1 or 2 with a message, never a trace. */
class HostileInputTest {

    @TempDir
    Path dir;

    private static void noTrace(Run run) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isIn(Gmg.INVALID_DATA, Gmg.USAGE);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void aUtf16DatasetIsInvalidData() throws Exception {
        Path f = dir.resolve("utf16.json");
        Files.write(f, GmgJson.toJson(Datasets.hld2014()).getBytes(StandardCharsets.UTF_16));

        Run run = gmg("validate", f.toString());

        noTrace(run);
        assertThat(run.exit()).isEqualTo(Gmg.INVALID_DATA);
        assertThat(run.err()).contains(":1:1: expected UTF-8, found UTF-16 (BOM)");
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithoutATrace() throws Exception {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs /proc/self/mem (Linux)");
        Path link = dir.resolve("m.json");
        Files.createSymbolicLink(link, mem);

        Run run = gmg("validate", link.toString());

        noTrace(run);
        assertThat(run.err()).contains("cannot read " + link);
    }

    @Test
    void aFifoIsRefusedAsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "needs mkfifo");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        Run run = gmg("validate", fifo.toString());

        noTrace(run);
        assertThat(run.exit()).isEqualTo(Gmg.USAGE);
        assertThat(run.err()).contains("not a regular file: " + fifo);
    }

    @Test
    void aLoopOfLinksAndAFolderAreNamedForWhatTheyAreByEveryCommandThatReadsAFile() throws Exception {
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, dir.resolve("loop.json"));
        String looping = "no such file: " + loop + " (a symbolic link that leads nowhere, or into a loop of links)";
        Path json = Files.createDirectory(dir.resolve("folder.json"));
        String folder = "not a regular file: " + json + " (a folder, device or pipe)";

        for (String[] args : new String[][] {{"validate", loop.toString()}, {"stats", "--data", loop.toString()},
                {"diff", loop.toString(), loop.toString()}}) {
            Run run = gmg(args);
            noTrace(run);
            assertThat(run.exit()).isEqualTo(Gmg.USAGE);
            assertThat(run.err()).contains(looping);
        }
        for (String[] args : new String[][] {{"validate", json.toString()}, {"diff", json.toString(),
                json.toString()}}) {
            Run run = gmg(args);
            noTrace(run);
            assertThat(run.err()).contains(folder);
        }
    }

    @Test
    void anExportIntoAMissingFolderSaysWhichFolderIsMissing() {
        Path out = dir.resolve("nodir/x.json");

        Run run = gmg("export", "--format", "json", "--out", out.toString());

        run.usageError();
        assertThat(run.err()).contains("cannot write " + out + ": no such folder " + out.getParent());
    }

    @Test
    void exportRefusesToReplaceADevice() throws Exception {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "needs /dev/null");

        Run run = gmg("export", "--format", "json", "--out", device.toString());

        run.usageError();
        assertThat(run.err()).contains("exists and is not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void exportRefusesADanglingLink() throws Exception {
        Path link = dir.resolve("out.json");
        Files.createSymbolicLink(link, dir.resolve("nowhere/else.json"));

        gmg("export", "--format", "json", "--out", link.toString()).usageError();

        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void theReadingLimitsAreOptions() throws Exception {
        Path f = dir.resolve("hld.json");
        Files.writeString(f, GmgJson.toJson(Datasets.hld2014()));

        Run small = gmg("validate", "--max-document-bytes", "1000", f.toString());
        Run ok = gmg("validate", "--max-document-bytes", "100000000", f.toString());

        assertThat(small.exit()).isEqualTo(Gmg.INVALID_DATA);
        assertThat(small.err()).contains("the input is too large: at most 1000 bytes");
        assertThat(ok.exit()).isZero();
        gmg("validate", "--max-item-tokens", "0", f.toString()).usageError();
    }
}
