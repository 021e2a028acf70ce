package dev.gmg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, is forced to disk, and
 * is renamed over the target. Readers see the old file or the new one, never half of one; when writing fails,
 * the temporary file is removed and the old file is left as it was.
 */
final class AtomicFiles {

    /** The body of a write. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UncheckedIOException("cannot write " + target + ": no such folder " + folder,
                    new java.nio.file.NoSuchFileException(String.valueOf(folder)));
        }
        if (Files.isDirectory(absolute)) {
            throw new UncheckedIOException("cannot write " + target + ": it is a folder",
                    new java.nio.file.FileSystemException(target.toString()));
        }
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            // A device, a FIFO, a socket or a dangling link: renaming over it would replace it with a file.
            throw new UncheckedIOException("cannot write " + target + ": it exists and is not a regular file",
                    new java.nio.file.FileSystemException(target.toString()));
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoReason.of(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named as such; nothing more to do
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            try {
                target.setPermissions(source.readAttributes().permissions());
            } catch (FileSystemException e) {
                // keep the default permissions
            }
        }
    }
}
