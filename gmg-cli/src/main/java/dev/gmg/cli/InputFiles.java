package dev.gmg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check every input file gets before it is read: a usage error that says what is wrong with the path. */
final class InputFiles {

    private InputFiles() {
    }

    /** Why {@code file} cannot be read as an input file, or null when it is a regular file (or a link to one). */
    static String problem(Path file) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "no such file: " + file + " (a symbolic link that leads nowhere, or into a loop of links)";
        }
        if (!Files.exists(file)) {
            return "no such file: " + file;
        }
        return "not a regular file: " + file + " (a folder, device or pipe)";
    }
}
