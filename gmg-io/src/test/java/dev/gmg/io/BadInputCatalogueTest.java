package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gmg.io.GmgFormatException.Problem;
import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken inputs under {@code src/test/resources/dev/gmg/io/bad}: for each, the reader throws
 * {@link GmgFormatException} with a problem at the given JSON path, line and column, whose message says what is
 * wrong. {@link JsonSchemaTest} runs the same catalogue through the JSON Schema.
 */
class BadInputCatalogueTest {

    /** Whether the JSON Schema can express the rule a catalogue entry breaks. */
    enum Schema {
        /** The schema rejects the file too. */
        REJECTS,
        /** The rule is beyond a schema (references, uniqueness of ids, period order, ...): only the reader sees it. */
        ACCEPTS,
        /** The file is not JSON at all (or not UTF-8): a schema validator cannot even parse it. */
        UNPARSABLE
    }

    /** One broken input and the first problem the reader must report. */
    record Case(String file, String path, int line, int column, String message, Schema schema) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Case bad(String file, String path, int line, int column, String message, Schema schema) {
        return new Case(file, path, line, column, message, schema);
    }

    static Stream<Case> catalogue() {
        return Stream.of(
                bad("empty.json", "", 1, 1, "the input is empty; expected a JSON object", Schema.UNPARSABLE),
                bad("blank.json", "", 1, 1, "the input is empty", Schema.UNPARSABLE),
                bad("not-json.json", "", 1, 1, "not valid JSON: unrecognized token 'agencies'", Schema.UNPARSABLE),
                // the input ends where the activity's next name should be: the place is the activity, not places
                bad("truncated.json", "activities[0]", 11, 6, "the input ends too early (truncated?)",
                        Schema.UNPARSABLE),
                bad("trailing-garbage.json", "", 14, 1, "unexpected content after the end of the document",
                        Schema.UNPARSABLE),
                bad("invalid-utf8.json", "activities[0].title", 9, 43, "the input is not valid UTF-8",
                        Schema.UNPARSABLE),
                bad("control-character.json", "activities[0].title", 9, 42,
                        "control character U+0001 inside a string", Schema.UNPARSABLE),
                bad("escaped-control-character.json", "activities[0].title", 9, 37,
                        "control character U+0007 at index 4", Schema.REJECTS),
                bad("deep-nesting.json", "activities[0].extra" + "[0]".repeat(30), 11, 120,
                        "nested too deeply: at most 32 levels", Schema.REJECTS),
                bad("root-array.json", "", 1, 1, "expected an object, found an array", Schema.REJECTS),
                bad("wrong-type-string.json", "activities[0].title", 9, 37,
                        "expected a string, found a number (42)", Schema.REJECTS),
                bad("wrong-type-array.json", "activities[0].actionPoints", 9, 91,
                        "expected an array, found a string ('2')", Schema.REJECTS),
                bad("null-value.json", "activities[0].period", 11, 16,
                        "expected a string, found null (leave out a field that has no value)", Schema.REJECTS),
                bad("not-boolean.json", "agencies[0].gmgMember", 4, 107, "expected true or false, found a string",
                        Schema.REJECTS),
                bad("decimal-number.json", "activities[0].sources[0].paragraph", 11, 125,
                        "expected an integer, found a number (2.5)", Schema.REJECTS),
                bad("integer-too-large.json", "activities[0].sources[0].paragraph", 11, 125,
                        "integer out of range: 99999999999", Schema.ACCEPTS),
                bad("missing-field.json", "activities[0].summary", 9, 5, "missing required field 'summary'",
                        Schema.REJECTS),
                bad("missing-metadata.json", "metadata", 1, 1, "missing required field 'metadata'",
                        Schema.REJECTS),
                bad("unknown-field.json", "activities[0].colour", 11, 81,
                        "unknown field 'colour'; known fields are id, title, summary", Schema.REJECTS),
                bad("misspelled-field.json", "activities[0].summary", 9, 5, "missing required field 'summary'",
                        Schema.REJECTS),
                bad("duplicate-key.json", "activities[0].title", 9, 49,
                        "duplicate field 'title' (first given at line 9, column 28)", Schema.ACCEPTS),
                bad("duplicate-activity-id.json", "activities[1].id", 12, 12,
                        "duplicate activity id 'ilo-workshop': activities[0] has the same id", Schema.ACCEPTS),
                bad("empty-id.json", "activities[0].id", 9, 12, "the id must not be empty", Schema.REJECTS),
                bad("bad-id-pattern.json", "activities[0].id", 9, 12,
                        "must be lower-case letters and digits joined by single hyphens, found 'ILO Workshop'",
                        Schema.REJECTS),
                bad("unknown-agency.json", "activities[1].participants[0].agency", 13, 34,
                        "unknown agency 'UNICFE', did you mean 'UNICEF'?", Schema.ACCEPTS),
                bad("unknown-parent.json", "agencies[2].parent", 6, 88,
                        "unknown agency 'UNESCCO', did you mean 'UNESCO'?", Schema.ACCEPTS),
                bad("own-parent.json", "agencies[0].parent", 4, 104, "an agency cannot be its own parent",
                        Schema.ACCEPTS),
                bad("unknown-part-of.json", "activities[0].partOf", 11, 91, "unknown activity 'ilo-programme'",
                        Schema.ACCEPTS),
                bad("unknown-country.json", "activities[0].places[0].place", 10, 80,
                        "unknown place 'CHX', did you mean 'CHE', 'CHL' or 'CHN'?", Schema.REJECTS),
                bad("place-by-name.json", "activities[0].places[0].place", 10, 80,
                        "a place is given by its code: write 'CHE' for 'Switzerland'", Schema.REJECTS),
                bad("city-code-with-space.json", "activities[0].places[0].place", 10, 80,
                        "a place is given by its code: write 'CHGVA' for 'CH GVA'", Schema.REJECTS),
                bad("bad-edtf.json", "activities[0].period", 11, 22,
                        "invalid period: Text '2014-13' is not a supported EDTF date at index 5", Schema.REJECTS),
                bad("period-ends-before-start.json", "activities[0].period", 11, 28,
                        "the interval ends (2014-11-10) before it starts (2014-11-14)", Schema.ACCEPTS),
                bad("bad-date.json", "metadata.asOf", 2, 86, "invalid date '2014-02-30'", Schema.ACCEPTS),
                bad("action-point-0.json", "activities[0].actionPoints[0]", 9, 92,
                        "action point must be 1 to 8, found 0", Schema.REJECTS),
                bad("action-point-9.json", "activities[0].actionPoints[1]", 9, 95,
                        "action point must be 1 to 8, found 9", Schema.REJECTS),
                bad("no-action-point.json", "activities[0].actionPoints", 9, 91,
                        "an activity needs at least one action point", Schema.REJECTS),
                bad("no-participant.json", "activities[0].participants", 10, 22,
                        "an activity needs at least one participant", Schema.REJECTS),
                bad("unknown-status.json", "activities[0].status", 11, 51,
                        "unknown status 'Planned', did you mean 'planned'?", Schema.REJECTS),
                bad("unknown-theme.json", "activities[0].themes[0]", 11, 92,
                        "unknown theme 'remitances', did you mean 'remittances'?", Schema.REJECTS),
                bad("duplicate-theme.json", "activities[0].themes[1]", 11, 102, "theme 'health' is listed twice",
                        Schema.REJECTS),
                bad("title-too-long.json", "activities[0].title", 9, 37,
                        "size must be between 0 and 300, found 'Workshop Workshop", Schema.REJECTS),
                bad("several-problems.json", "metadata.version", 2, 110, "must not be blank, found ''",
                        Schema.REJECTS),
                // Issue 12: encodings other than UTF-8, lone surrogates, cycles, hostile sizes, limits.
                bad("utf16-bom.json", "", 1, 1, "expected UTF-8, found UTF-16 (BOM)", Schema.UNPARSABLE),
                bad("utf16le-no-bom.json", "", 1, 1, "expected UTF-8, found UTF-16LE (no BOM)", Schema.UNPARSABLE),
                bad("utf16be-no-bom.json", "", 1, 1, "expected UTF-8, found UTF-16BE (no BOM)", Schema.UNPARSABLE),
                bad("utf32-bom.json", "", 1, 1, "expected UTF-8, found UTF-32 (BOM)", Schema.UNPARSABLE),
                bad("utf32be-no-bom.json", "", 1, 1, "expected UTF-8, found UTF-32BE (no BOM)", Schema.UNPARSABLE),
                bad("utf8-encoded-surrogate.json", "activities[0].title", 9, 45,
                        "the input is not valid UTF-8: invalid UTF-8: Illegal surrogate character 0xd800",
                        Schema.UNPARSABLE),
                bad("lone-high-surrogate.json", "activities[0].title", 9, 37,
                        "lone surrogate \\uD800 at index 4: not a Unicode character", Schema.ACCEPTS),
                bad("lone-low-surrogate.json", "activities[0].title", 9, 37,
                        "lone surrogate \\uDC00 at index 4", Schema.ACCEPTS),
                bad("reversed-surrogate-pair.json", "activities[0].title", 9, 37,
                        "lone surrogate \\uDC00 at index 4", Schema.ACCEPTS),
                bad("lone-surrogate-in-agency.json", "activities[0].participants[0].agency", 10, 34,
                        "lone surrogate \\uDFFF at index 2", Schema.REJECTS),
                bad("nul-in-string.json", "activities[0].title", 9, 42, "control character U+0000 inside a string",
                        Schema.UNPARSABLE),
                bad("part-of-cycle-of-two.json", "activities[0].partOf", 11, 91,
                        "partOf forms a cycle: ilo-workshop -> ilo-b -> ilo-workshop", Schema.ACCEPTS),
                bad("part-of-cycle-of-three.json", "activities[0].partOf", 11, 91,
                        "partOf forms a cycle: ilo-workshop -> ilo-c -> ilo-b -> ilo-workshop", Schema.ACCEPTS),
                bad("part-of-itself.json", "activities[0].partOf", 11, 91, "an activity cannot be part of itself",
                        Schema.ACCEPTS),
                bad("related-to-itself.json", "activities[0].related[0]", 11, 93,
                        "an activity cannot be related to itself", Schema.ACCEPTS),
                bad("unknown-related.json", "activities[0].related[0]", 11, 93, "unknown activity 'ilo-programme'",
                        Schema.ACCEPTS),
                bad("agency-parent-cycle.json", "agencies[0].parent", 4, 104, "agency 'ILO' is its own ancestor",
                        Schema.ACCEPTS),
                bad("duplicate-agency-id.json", "agencies[1].id", 5, 12,
                        "duplicate agency id 'ILO': agencies[0] has the same id", Schema.ACCEPTS),
                bad("huge-unknown-agency.json", "activities[0].participants[0].agency", 10, 34,
                        "unknown agency 'UUUUUUUUUU", Schema.REJECTS),
                bad("huge-place-code.json", "activities[0].places[0].place", 10, 80, "unknown place 'CCCCCCCCCC",
                        Schema.REJECTS),
                bad("huge-unknown-field-name.json", "activities[0][\"" + "x".repeat(39) + "\u2026 (999 characters)\"]",
                        9, 49, "unknown field 'xxxxxxxxxx", Schema.REJECTS),
                bad("field-name-too-long.json", "activities[0]", 9, 1052,
                        "field name too long: at most 1000 characters", Schema.UNPARSABLE),
                bad("string-too-long.json", "activities[0].summary", 9, 60,
                        "text too long: a string may have at most 100000 characters", Schema.UNPARSABLE),
                bad("number-too-long.json", "activities[0].actionPoints[0]", 9, 152,
                        "number too long: at most 50 digits", Schema.UNPARSABLE),
                // the field is named, with the limit its value breaks (see anUnknownFieldTooLargeToSkip...)
                bad("unknown-field-many-numbers.json", "activities[0].extra", 11, 81,
                        "unknown field 'extra'; known fields are id, title", Schema.REJECTS),
                bad("unknown-field-many-objects.json", "activities[0].extra", 11, 81,
                        "unknown field 'extra'; known fields are id, title", Schema.REJECTS),
                bad("too-many-themes.json", "activities[0].themes[9963]", 11, 89759,
                        "too many values: an activity may have at most 10000 JSON tokens", Schema.REJECTS),
                bad("unknown-top-level-many-values.json", "extra", 13, 3,
                        "unknown field 'extra'; known fields are metadata, agencies, activities", Schema.REJECTS),
                bad("unknown-top-level-field.json", "activites", 8, 3,
                        "unknown field 'activites', did you mean 'activities'?", Schema.REJECTS),
                bad("duplicate-top-level-field.json", "agencies", 13, 3,
                        "duplicate field 'agencies' (first given at line 3, column 3)", Schema.ACCEPTS),
                bad("activities-not-array.json", "activities", 8, 17, "expected an array, found an object",
                        Schema.REJECTS),
                bad("root-string.json", "", 1, 1, "expected an object, found a string ('a dataset')", Schema.REJECTS),
                bad("blank-title.json", "activities[0].title", 9, 37, "must not be blank, found '   '",
                        Schema.REJECTS),
                bad("bad-section.json", "activities[0].sources[0].section", 11, 105,
                        "must be a section number like 2.6 or 3, found '12'", Schema.REJECTS),
                bad("paragraph-zero.json", "activities[0].sources[0].paragraph", 11, 125,
                        "must be greater than 0, found 0", Schema.REJECTS),
                bad("related-not-an-id.json", "activities[0].related[0]", 11, 93,
                        "must be an activity id, found 'Not An Id'", Schema.REJECTS),
                bad("participant-agency-not-an-id.json", "activities[0].participants[0].agency", 10, 34,
                        "unknown agency 'ILO workshop team'", Schema.REJECTS),
                bad("id-too-short.json", "activities[0].id", 9, 12, "size must be between 3 and 80, found 'ab'",
                        Schema.REJECTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void theReaderReportsTheProblemWithItsLocation(Case c) {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(Fixtures.path("bad/" + c.file())));

        assertThat(e).as("%s must be refused", c.file()).isNotNull();
        Problem first = e.problems().get(0);
        assertThat(first.message()).contains(c.message());
        assertThat(first.path()).isEqualTo(c.path());
        assertThat(first.line()).isEqualTo(c.line());
        assertThat(first.column()).isEqualTo(c.column());
        assertThat(e.getMessage()).contains("line " + c.line() + ", column " + c.column()).contains(c.message())
                .endsWith(e.problems().get(e.problems().size() - 1).toString());
        assertThat(e.source()).hasValueSatisfying(s -> assertThat(s).endsWith(c.file()));
    }

    @Test
    void theCatalogueHasAtLeastThirtyEntries() {
        assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(30 + 25);
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(Fixtures.path("bad/several-problems.json")));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("metadata.version",
                "activities[0].status", "activities[1].participants[0].agency");
        assertThat(e.getMessage()).startsWith("3 problems in ");
    }

    @Test
    void aMisspelledFieldIsReportedAsUnknownWithTheFieldItProbablyMeant() {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(Fixtures.path("bad/misspelled-field.json")));

        Problem unknown = e.problems().get(1);
        assertThat(unknown.path()).isEqualTo("activities[0].sumary");
        assertThat(unknown.message()).isEqualTo("unknown field 'sumary', did you mean 'summary'?");
        assertThat(unknown.suggestions()).containsExactly("summary");
    }

    @Test
    void unknownCodesCarryExpectedFoundAndSuggestions() {
        GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                () -> GmgJson.read(Fixtures.path("bad/unknown-agency.json")));

        Problem p = e.problems().get(0);
        assertThat(p.found()).hasValue("'UNICFE'");
        assertThat(p.expected()).hasValue("the id of an agency of the dataset");
        assertThat(p.suggestions()).containsExactly("UNICEF");
        assertThat(p).hasToString("line 13, column 34: activities[1].participants[0].agency: unknown agency"
                + " 'UNICFE', did you mean 'UNICEF'?");
    }

    @Test
    void aTwoMillionCharacterTitleIsRefusedAtTheStringWithoutReadingItAll() {
        String json = "{\"metadata\": {\"title\": \"" + "x".repeat(2_000_000) + "\"}}";

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.parse(json));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("metadata.title");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(24);
            assertThat(p.message()).isEqualTo("text too long: a string may have at most 100000 characters");
        });
    }

    @Test
    void anNdjsonFileWithBrokenLinesStillDeliversEveryGoodLineAndReportsEveryBadOne() {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        List<String> read = new ArrayList<>();

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> {
            try (Stream<Activity> s = GmgJson.readNdjson(Fixtures.path("bad/broken-line.ndjson"), agencies)) {
                s.forEach(a -> read.add(a.id()));
            }
        });

        assertThat(read).containsExactly("a-1", "a-3", "a-5");
        assertThat(e.problems()).extracting(Problem::line, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "summary"),
                org.assertj.core.groups.Tuple.tuple(4, "participants[0].agency"),
                org.assertj.core.groups.Tuple.tuple(7, ""),
                org.assertj.core.groups.Tuple.tuple(8, "id"));
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "the input ends too early (truncated?): unexpected end-of-input within/between Object entries",
                "unknown agency 'UNICFE', did you mean 'UNICEF'?",
                "expected an object, found an array",
                "duplicate activity id 'a-1': line 1 has the same id");
        assertThat(e.source()).hasValueSatisfying(s -> assertThat(s).endsWith("broken-line.ndjson"));
    }

    @Test
    void withAProblemHandlerBadNdjsonLinesAreReportedAsTheyComeAndTheStreamEndsNormally() {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        List<Problem> problems = new ArrayList<>();

        List<String> read = GmgJson.readNdjson(new ByteArrayInputStream(Fixtures.bytes("bad/broken-line.ndjson")),
                agencies, problems::add).map(Activity::id).toList();

        assertThat(read).containsExactly("a-1", "a-3", "a-5");
        assertThat(problems).extracting(Problem::line).containsExactly(2, 4, 7, 8);
    }

    @Test
    void ndjsonLinesAreValidatedLikeADataset() {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        String line = "{\"id\": \"Bad Id\", \"title\": \"T\", \"summary\": \"S.\", \"actionPoints\": [1],"
                + " \"participants\": [{\"agency\": \"ILO\", \"role\": \"lead\"}], \"status\": \"planned\","
                + " \"kind\": \"meeting\"}\n";

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.readNdjson(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), agencies).count());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("id");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).startsWith("must be lower-case letters and digits");
        });
    }

    @Test
    void anUnknownFieldTooLargeToSkipIsNamedWithTheLimitItsValueBreaks() {
        for (String file : List.of("unknown-field-many-numbers.json", "unknown-field-many-objects.json")) {
            GmgFormatException e = catchThrowableOfType(GmgFormatException.class,
                    () -> GmgJson.read(Fixtures.path("bad/" + file)));

            assertThat(e.problems()).as(file).singleElement().hasToString("line 11, column 81: activities[0].extra:"
                    + " unknown field 'extra'; known fields are " + String.join(", ", Binder.ACTIVITY_FIELDS)
                    + "; its value is too large to skip: an activity may have at most 10000 JSON tokens (see"
                    + " ReadOptions.maxItemTokens)");
        }
        // the same for an agency and for the metadata, which are read on the located path only
        String sample = new String(Fixtures.bytes("sample.json"), StandardCharsets.UTF_8);
        String junk = "\"junk\": [" + "0,".repeat(20_000) + "0], ";
        for (String[] at : new String[][] {{"\"publisher\"", "metadata.junk", "the metadata"},
                {"\"id\": \"ILO\"", "agencies[0].junk", "an agency"}}) {
            String json = sample.replaceFirst(at[0], junk + at[0]);
            GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

            assertThat(e.problems()).as(at[1]).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo(at[1]);
                assertThat(p.message()).startsWith("unknown field 'junk'; known fields are ")
                        .contains("; its value is too large to skip: " + at[2] + " may have at most 10000");
            });
        }
    }

    @Test
    void anNdjsonLineReportsItsUnknownAgencyAlongWithItsOtherProblemsAsADocumentDoes() {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        String line = "{\"id\": \"a-1\", \"title\": \"T\", \"summary\": \"S.\", \"actionPoints\": [1],"
                + " \"participants\": [{\"agency\": \"ILO\", \"role\": \"lead\"}, {\"agency\": \"FOO\", \"role\":"
                + " \"partner\"}], \"places\": [{\"place\": \"XXQ\", \"role\": \"venue\"}], \"status\": \"bogus\","
                + " \"kind\": \"meeting\"}\n";

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> GmgJson.readNdjson(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), agencies).count());

        assertThat(e.problems()).extracting(Problem::path).containsExactly("participants[1].agency",
                "places[0].place", "status");
        assertThat(e.problems().get(0)).hasToString("line 1, column " + (line.indexOf("\"FOO\"") + 1)
                + ": participants[1].agency: unknown agency 'FOO'; not among the "
                + agencies.agencies().size() + " known agencies");
    }

    /**
     * An NDJSON entry of the catalogue: the line of its problems, the path of the first, the messages of all in
     * order, and the ids of the good lines read.
     */
    record NdjsonCase(String file, int line, String path, List<String> messages, List<String> good) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<NdjsonCase> ndjsonCatalogue() {
        return Stream.of(
                new NdjsonCase("utf16.ndjson", 1, "", List.of("expected UTF-8, found UTF-16 (BOM)"), List.of()),
                new NdjsonCase("lone-surrogate.ndjson", 2, "title", List.of("lone surrogate \\uD83D at index 0"),
                        List.of("a-1")),
                new NdjsonCase("two-activities-one-line.ndjson", 1, "",
                        List.of("unexpected content after the activity: one activity a line"), List.of()),
                // old Mac OS line ends: the parser counts the CR as a line end, so the second activity is on line 2
                new NdjsonCase("cr-line-ends.ndjson", 2, "", List.of("unexpected content after the activity: one"
                        + " activity a line; the line holds carriage returns (CR) with no line feed: NDJSON lines"
                        + " end with LF or CRLF"), List.of()),
                // the field is named, with the limit its value breaks: raising the limit would not help
                new NdjsonCase("many-values-one-line.ndjson", 1, "extra", List.of("unknown field 'extra'; known"
                        + " fields are id, title, summary, actionPoints, participants, places, period, status, kind,"
                        + " themes, sources, partOf, related; its value is too large to skip: an activity may have at"
                        + " most 10000 JSON tokens"), List.of("a-2")),
                // a cycle is known only at the end: its members were good lines until then
                new NdjsonCase("part-of-cycle-of-two.ndjson", 2, "partOf",
                        List.of("partOf forms a cycle: a-2 -> a-3 -> a-2"), List.of("a-1", "a-2", "a-3", "a-4")),
                new NdjsonCase("part-of-cycle-of-three.ndjson", 3, "partOf",
                        List.of("partOf forms a cycle: a-3 -> a-4 -> a-5 -> a-3"),
                        List.of("a-1", "a-2", "a-3", "a-4", "a-5", "a-6")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ndjsonCatalogue")
    void anNdjsonLineIsRefusedWithItsLineAndTheGoodLinesStillRead(NdjsonCase c) {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        List<String> read = new ArrayList<>();

        GmgFormatException e = catchThrowableOfType(GmgFormatException.class, () -> {
            try (Stream<Activity> s = GmgJson.readNdjson(Fixtures.path("bad/" + c.file()), agencies)) {
                s.forEach(a -> read.add(a.id()));
            }
        });

        assertThat(e).as("%s must be refused", c.file()).isNotNull();
        assertThat(e.problems()).hasSameSizeAs(c.messages()).allSatisfy(p -> assertThat(p.line())
                .isEqualTo(c.line()));
        assertThat(e.problems().get(0).path()).isEqualTo(c.path());
        for (int i = 0; i < c.messages().size(); i++) {
            assertThat(e.problems().get(i).message()).contains(c.messages().get(i));
        }
        assertThat(read).isEqualTo(c.good());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));

        try (Stream<Activity> s = GmgJson.readNdjson(Fixtures.path("bad/utf8-bom.ndjson"), agencies)) {
            assertThat(s.map(Activity::id)).containsExactly("a-1");
        }
        byte[] json = Fixtures.bytes("sample.json");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(GmgJson.read(new ByteArrayInputStream(withBom))).isEqualTo(GmgJson.read(Fixtures.path("sample.json")));
    }

    @Test
    void aHugeUnknownNameIsAnsweredQuicklyWithoutSuggestions() {
        String id = "U".repeat(99_999);
        Dataset agencies = GmgJson.read(Fixtures.path("sample.json"));
        String line = ("{\"id\": \"a-%d\", \"title\": \"A\", \"summary\": \"S.\", \"actionPoints\": [1],"
                + " \"participants\": [{\"agency\": \"" + id + "\", \"role\": \"lead\"}], \"status\": \"planned\","
                + " \"kind\": \"meeting\"}\n");
        String lines = line.formatted(1) + line.formatted(2) + line.formatted(3);
        List<Problem> problems = new ArrayList<>();

        GmgJson.readNdjson(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), agencies,
                problems::add).count();

        assertThat(problems).hasSize(3).allSatisfy(p -> {
            assertThat(p.suggestions()).isEmpty();
            assertThat(p.message()).startsWith("unknown agency 'UUU").contains("(99999 characters)");
        });
    }
}
