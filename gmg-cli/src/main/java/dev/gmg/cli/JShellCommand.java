package dev.gmg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gmg jshell}: JShell with the SDK on the class path and the bundled dataset in {@code hld}. */
@Command(name = "jshell", mixinStandardHelpOptions = true,
        description = "Opens JShell with the SDK on the class path, its packages imported, the bundled dataset in the variable hld and an index over it in index. Try hld.activities() or hld.agencies().")
final class JShellCommand implements Callable<Integer> {

    static final String STARTUP = "/dev/gmg/cli/gmg.jsh";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path script = Files.createTempFile("gmg-", ".jsh");
        script.toFile().deleteOnExit();
        try (InputStream in = JShellCommand.class.getResourceAsStream(STARTUP)) {
            if (in == null) {
                throw new IllegalStateException("the start-up script " + STARTUP + " is missing from the jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        List<String> command = new ArrayList<>(List.of(Files.isExecutable(jshell) ? jshell.toString() : "jshell",
                "--class-path", System.getProperty("java.class.path"),
                "--startup", "DEFAULT", "--startup", script.toString()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }
}
