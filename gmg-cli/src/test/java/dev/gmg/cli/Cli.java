package dev.gmg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the {@code gmg} command line in-process and captures what it prints. */
final class Cli {

    private Cli() {
    }

    /** The outcome of one run: exit code, standard output, standard error. */
    record Run(int exit, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }

        /** Asserts success with nothing on standard error, and returns this run. */
        Run ok() {
            assertThat(err).as("stderr of a successful run").isEmpty();
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
            return this;
        }

        /** Asserts a failure with the code, a message on standard error and nothing on standard output. */
        Run fails(int code) {
            assertThat(exit).as("exit code; stdout: %s; stderr: %s", out, err).isEqualTo(code);
            assertThat(out).as("stdout of a failed run").isEmpty();
            assertThat(err).as("stderr of a failed run").startsWith("gmg: ");
            return this;
        }

        Run usageError() {
            return fails(Gmg.USAGE);
        }
    }

    static Run gmg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Gmg.commandLine(o, e).execute(args);
        }
        return new Run(exit, normalize(out.toString()), normalize(err.toString()));
    }

    /** Line separators as {@code \n}, whatever the platform. */
    private static String normalize(String s) {
        return s.replace(System.lineSeparator(), "\n");
    }

    /** Asserts that no line is wider than 80 columns (counting characters, not bytes). */
    static void assertFits80Columns(String text) {
        for (String line : text.split("\n")) {
            assertThat(line.codePointCount(0, line.length())).as("width of line '%s'", line).isLessThanOrEqualTo(80);
        }
    }
}
