package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NDJSON is read in constant memory per activity: 200,000 activities validate in a JVM with a 64 MiB heap, the
 * duplicate-id check included. The test forks that JVM; the file is written here, about 70 MB.
 */
class NdjsonMemoryTest {

    static final int ACTIVITIES = 200_000;

    @TempDir
    Path dir;

    /** Run in the forked JVM: reads the file, prints the count, exits 0 when every line was valid. */
    public static void main(String[] args) {
        long n;
        try (var s = GmgJson.readNdjson(Path.of(args[0]))) {
            n = s.count();
        }
        System.out.println(n);
    }

    @Test
    void twoHundredThousandActivitiesValidateInA64MibHeap() throws Exception {
        Path file = dir.resolve("big.ndjson");
        String[] agencies = {"ILO", "IOM", "UNHCR", "UNICEF", "UNFPA", "UNDP", "UN-Women", "OHCHR"};
        String[] places = {"MAR", "CHE", "PHL", "015", "arab-region", "MEX", "NPL", "ETH"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ACTIVITIES; i++) {
                w.write("{\"id\": \"synthetic-activity-" + i + "\", \"title\": \"Workshop number " + i
                        + " on labour migration statistics\", \"summary\": \"A synthetic activity written to measure"
                        + " the memory of the reader; its text changes with its number " + i + ".\","
                        + " \"actionPoints\": [" + (1 + i % 8) + "], \"participants\": [{\"agency\": \""
                        + agencies[i % agencies.length] + "\", \"role\": \"lead\"}, {\"agency\": \""
                        + agencies[(i + 3) % agencies.length] + "\", \"role\": \"partner\"}], \"places\": [{\"place\": \""
                        + places[i % places.length] + "\", \"role\": \"venue\"}], \"period\": \"" + (2010 + i % 8)
                        + "-0" + (1 + i % 9) + "\", \"status\": \"completed\", \"kind\": \"meeting\", \"themes\": "
                        + "[\"statistics\"], \"sources\": [{\"section\": \"2.6\", \"paragraph\": " + (1 + i % 9)
                        + "}]}\n");
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath(),
                NdjsonMemoryTest.class.getName(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }

        assertThat(done).as("finished in time; output: %s", output).isTrue();
        assertThat(p.exitValue()).as("exit code; output: %s", output).isZero();
        assertThat(output.strip()).isEqualTo(Integer.toString(ACTIVITIES));
    }

    /** The test's class path, and its module path when the tests run as a module (the child runs on a class path). */
    private static String classPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        return modules.isEmpty() ? classes : modules + java.io.File.pathSeparator + classes;
    }
}
