package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.io.GmgFormatException.Problem;
import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * NDJSON refuses {@code partOf} cycles among its lines, of any length and wherever their members lie, while a
 * target outside the input still ends a chain.
 */
class NdjsonPartOfCyclesTest {

    static final Dataset AGENCIES = GmgJson.read(Fixtures.path("sample.json"));

    @Test
    void aCycleIsReportedAtTheEndAtTheMemberMetFirstAfterEveryActivity() {
        List<String> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();

        GmgJson.readNdjson(new ByteArrayInputStream(Fixtures.bytes("bad/part-of-cycle-of-two.ndjson")), AGENCIES,
                p -> {
                    problems.add(p);
                    events.add("problem");
                }).forEach(a -> events.add(a.id()));

        assertThat(events).containsExactly("a-1", "a-2", "a-3", "a-4", "problem");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).hasToString("line 2, column 170: partOf: partOf forms a cycle: a-2 -> a-3 -> a-2; an"
                    + " activity cannot be part of itself, even through others");
            assertThat(p.found()).hasValue("'a-3'");
            assertThat(p.expected()).hasValue("the id of a larger activity, not of one below this one");
        });
    }

    @Test
    void theQuickAndTheLocatedPathPlaceACycleAlike() {
        // a-0 leads into the cycle a-1 -> a-2 -> a-3 -> a-4 -> a-1, entered at a-4; a-1's line starts with blanks
        byte[] bytes = lines(6, i -> i == 0 ? activity(0, 4) : i == 1 ? "  " + activity(1, 2)
                : activity(i, i < 4 ? i + 1 : 1));

        DirectBinderTest.Outcome quick = DirectBinderTest.ndjson(bytes, true);

        assertThat(quick).isEqualTo(DirectBinderTest.ndjson(bytes, false));
        assertThat(quick.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(2 + activity(1, 2).indexOf("\"a-2\"") + 1);
            assertThat(p.message()).contains("a-4 -> a-1 -> a-2 -> a-3 -> a-4;");
        });
    }

    @Test
    void aLongCycleAcrossManyReadBuffersIsNamedInShort() {
        int n = 5_000; // about 900 kB: the read buffer is filled many times over
        byte[] bytes = lines(n, i -> activity(i, (i + 1) % n));

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.readNdjson(new ByteArrayInputStream(bytes), AGENCIES).count());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("partOf forms a cycle: a-0 -> a-1 -> a-2 -> a-3 -> a-4 -> a-5 -> a-6"
                    + " -> a-7 -> a-8 -> ... (5000 activities) -> a-0;");
        });
    }

    @Test
    void chainsWithoutACycleAreAcceptedInEitherOrderAndTargetsOutsideTheInputEndThem() {
        int n = 20_000;
        byte[] backward = lines(n, i -> i == 0 ? activity(0, -1) : activity(i, i - 1));
        byte[] forward = lines(n, i -> i == n - 1 ? activity(i, -1) : activity(i, i + 1));
        byte[] elsewhere = lines(n, i -> activity(i, n + i % 7));

        for (byte[] input : List.of(backward, forward, elsewhere)) {
            assertThat(GmgJson.readNdjson(new ByteArrayInputStream(input), AGENCIES).count()).isEqualTo(n);
        }
    }

    @Test
    void everyCycleIsReportedOnceAndTheirTailsNever() {
        // three cycles of two, each entered from a tail of two activities
        byte[] bytes = lines(12, i -> switch (i % 4) {
            case 0 -> activity(i, i + 1);
            case 1 -> activity(i, i + 2);
            case 2 -> activity(i, i + 1);
            default -> activity(i, i - 1);
        });

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.readNdjson(new ByteArrayInputStream(bytes), AGENCIES).count());

        assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 7, 11);
        assertThat(e.problems().get(0).message()).contains("a-3 -> a-2 -> a-3;");
        assertThat(e.problems().get(2).message()).contains("a-11 -> a-10 -> a-11;");
    }

    /**
     * The same activities as a document and as NDJSON give the same cycles, named alike and each at the same
     * member (the document's quick and located paths alike), whatever the graph of their links.
     */
    @Test
    void aDocumentAndNdjsonReportTheSameCycles() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String empty = GmgJson.toJson(Dataset.builder().from(AGENCIES).activities(List.of()).build());
        java.util.regex.Matcher activities = java.util.regex.Pattern.compile("\"activities\"\\s*:\\s*\\[\\s*]")
                .matcher(empty);
        assertThat(activities.find()).isTrue();
        int cycles = 0;
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(30);
            int[] partOf = new int[n];
            for (int i = 0; i < n; i++) {
                int target = random.nextInt(n + 1) - 1;
                partOf[i] = target == i ? -1 : target;
            }
            byte[] ndjson = lines(n, i -> activity(i, partOf[i]));
            String array = new String(ndjson, StandardCharsets.UTF_8).strip().replace("\n", ",\n");
            byte[] document = (empty.substring(0, activities.start()) + "\"activities\": [\n" + array + "\n]"
                    + empty.substring(activities.end())).getBytes(StandardCharsets.UTF_8);

            List<Problem> fromLines = DirectBinderTest.ndjson(ndjson, true).problems();
            DirectBinderTest.Outcome fromDocument = DirectBinderTest.json(document, true);

            assertThat(fromDocument).isEqualTo(DirectBinderTest.json(document, false));
            // a document's problems come in the order of their places, NDJSON's cycles in the order they are found
            assertThat(fromDocument.problems()).map(p -> p.path() + ": " + p.message())
                    .containsExactlyInAnyOrderElementsOf(fromLines.stream()
                            .map(p -> "activities[" + (p.line() - 1) + "].partOf: " + p.message()).toList());
            cycles += fromLines.size();
        }
        assertThat(cycles).as("cycles among the 200 graphs").isGreaterThan(100);
    }

    /** A valid activity {@code a-i}, part of {@code a-partOf} (none when negative). */
    static String activity(int i, int partOf) {
        return "{\"id\": \"a-" + i + "\", \"title\": \"A\", \"summary\": \"S.\", \"actionPoints\": [1],"
                + " \"participants\": [{\"agency\": \"ILO\", \"role\": \"lead\"}], \"status\": \"planned\","
                + " \"kind\": \"meeting\"" + (partOf < 0 ? "" : ", \"partOf\": \"a-" + partOf + "\"") + "}";
    }

    private static byte[] lines(int n, IntFunction<String> line) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(line.apply(i)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
