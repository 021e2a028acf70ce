package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** An I/O failure is told by its reason, never by the bare path that java.nio puts in its message. */
class IoReasonTest {

    @Test
    void theReasonComesFromTheExceptionsTypeOrTheSystemsWords() {
        assertThat(IoReason.of(new NoSuchFileException("/data/x.json"))).isEqualTo("no such file or folder");
        assertThat(IoReason.of(new AccessDeniedException("/data/x.json"))).isEqualTo("permission denied");
        assertThat(IoReason.of(new FileSystemLoopException("/data/x.json"))).isEqualTo("a loop of symbolic links");
        assertThat(IoReason.of(new NotDirectoryException("/data"))).isEqualTo("not a folder");
        assertThat(IoReason.of(new FileSystemException("/data/x.json", null, "Input/output error")))
                .isEqualTo("Input/output error");
        assertThat(IoReason.of(new IOException("disk on fire"))).isEqualTo("disk on fire");
        assertThat(IoReason.of(new IOException())).isEqualTo("IOException");
        assertThat(IoReason.of(new FileSystemException("/data/x.json"))).isEqualTo("FileSystemException");
    }
}
