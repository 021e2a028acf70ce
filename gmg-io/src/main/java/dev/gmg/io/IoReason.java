package dev.gmg.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an input or output failed, in words: {@code java.nio.file}'s exceptions often carry nothing but the path
 * ("cannot read m.json: m.json"), so the reason comes from their type.
 */
final class IoReason {

    private IoReason() {
    }

    static String of(IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemLoopException ? "a loop of symbolic links"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof FileAlreadyExistsException ? "it already exists"
                : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
                : e instanceof FileSystemException f ? f.getReason()
                : e.getMessage();
        return reason != null ? reason : e.getClass().getSimpleName();
    }
}
