package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadOptions#maxLineBytes()} counts a line's bytes and not its line end, wherever the line lies against the
 * read buffer's end; a line one byte longer is refused and never skipped unread; lines that end in a carriage
 * return alone are named as such.
 */
class NdjsonLineLimitTest {

    private static final Dataset HLD = Datasets.hld2014();
    private static final Activity ACTIVITY = HLD.activities().get(0);
    private static final String LINE = GmgJson.toNdjson(ACTIVITY).strip();
    private static final int LENGTH = LINE.getBytes(StandardCharsets.UTF_8).length;
    /** Empty lines that put the next line across the end of the 64 KiB read buffer. */
    private static final String ACROSS = "\n".repeat(64 * 1024 - LENGTH / 2);

    @Test
    void aLineOfExactlyTheLimitIsReadWhateverItsLineEnd() {
        for (String before : List.of("", ACROSS)) {
            for (String end : List.of("\n", "\r\n", "\r", "")) {
                assertThat(read(before + LINE + end, LENGTH)).as(show(before, end)).containsExactly(ACTIVITY.id());
            }
        }
    }

    @Test
    void aLineOneByteOverTheLimitIsRefusedWhateverItsLineEnd() {
        int lines = ACROSS.length() + 1;
        for (String before : List.of("", ACROSS)) {
            for (String end : List.of("\n", "\r\n", "\r", "")) {
                assertThat(read(before + LINE + end, LENGTH - 1)).as(show(before, end)).containsExactly(
                        "line " + (before.isEmpty() ? 1 : lines) + ": line too long: a line may have at most "
                                + (LENGTH - 1) + " bytes (see ReadOptions.maxLineBytes)");
            }
        }
    }

    /** The part of the line that is kept is blank; the rest holds an activity, which is not skipped unread. */
    @Test
    void aLineTooLongThatBeginsBlankIsRefused() {
        assertThat(read(" ".repeat(LENGTH) + LINE + "\n", LENGTH)).containsExactly(
                "line 1: line too long: a line may have at most " + LENGTH + " bytes (see ReadOptions.maxLineBytes)");
        assertThat(read(" ".repeat(LENGTH) + "\n" + LINE, LENGTH)).containsExactly(ACTIVITY.id());
    }

    @Test
    void linesThatEndInACarriageReturnAloneAreNamed() {
        String other = LINE.replace(ACTIVITY.id(), "x-" + ACTIVITY.id());
        String hint = "the line holds carriage returns (CR) with no line feed: NDJSON lines end with LF or CRLF";

        assertThat(read(LINE + "\r" + other + "\r", GmgJson.MAX_LINE_LENGTH)).singleElement().asString()
                .endsWith("unexpected content after the activity: one activity a line; " + hint);
        for (int max : new int[] {LENGTH, LENGTH + 10}) {
            // at LENGTH, the first CR is the last byte kept of the line cut short: it is no CRLF's CR
            assertThat(read(LINE + "\r" + other + "\r", max)).as("limit %d", max).singleElement().asString()
                    .endsWith("(see ReadOptions.maxLineBytes); " + hint);
        }
        assertThat(read(LINE + other, GmgJson.MAX_LINE_LENGTH)).singleElement().asString()
                .endsWith("unexpected content after the activity: one activity a line");
    }

    /** The ids read and the problems, each as "line N: message", in their order. */
    private static List<String> read(String ndjson, int maxLineBytes) {
        List<String> out = new ArrayList<>();
        try (Stream<Activity> activities = GmgJson.readNdjson(new ByteArrayInputStream(
                ndjson.getBytes(StandardCharsets.UTF_8)), HLD, ReadOptions.defaults().withMaxLineBytes(maxLineBytes),
                problem -> out.add("line " + problem.line() + ": " + problem.message()))) {
            activities.forEach(a -> out.add(a.id()));
        }
        return out;
    }

    private static String show(String before, String end) {
        return (before.isEmpty() ? "at the start" : "across the buffer's end") + ", ending "
                + end.replace("\r", "CR").replace("\n", "LF");
    }
}
