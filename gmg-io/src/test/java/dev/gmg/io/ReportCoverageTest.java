package dev.gmg.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gmg.model.Activity;
import dev.gmg.model.Dataset;
import dev.gmg.model.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Paragraph coverage of the bundled dataset against the report: every paragraph of sections 2.1-2.8 and 3 is
 * cited by at least one activity, unless it is in the reviewed list of context-only paragraphs
 * ({@code context-only-paragraphs.tsv}); context-only paragraphs are not cited; every source cites a paragraph of
 * the index ({@code report-paragraphs.tsv}) with the index's sub-heading.
 */
@DisplayName("Report coverage: every paragraph of sections 2.1-2.8 and 3 is encoded or reviewed as context only")
class ReportCoverageTest {

    /** The sections whose paragraphs must all be encoded (section 1 and the section 2 introduction hold none). */
    static final List<String> SCOPE = List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "3");

    /** One row of the paragraph index. */
    record Paragraph(String section, int number, String subheading, int line, String firstWords) {

        String key() {
            return key(section, number);
        }

        static String key(String section, int number) {
            return "§" + section + " ¶" + number;
        }

        @Override
        public String toString() {
            return key() + " (report line " + line + "): \"" + firstWords + " ...\"";
        }
    }

    static Map<String, Paragraph> index;
    static Map<String, String> contextOnly;
    static Dataset dataset;

    @BeforeAll
    static void load() {
        index = new LinkedHashMap<>();
        for (String[] row : tsv("report-paragraphs.tsv", 6)) {
            Paragraph p = new Paragraph(row[0], Integer.parseInt(row[1]), row[2], Integer.parseInt(row[3]), row[5]);
            assertThat(index.put(p.key(), p)).as("the paragraph index lists %s twice", p.key()).isNull();
        }
        contextOnly = new LinkedHashMap<>();
        for (String[] row : tsv("context-only-paragraphs.tsv", 3)) {
            String key = Paragraph.key(row[0], Integer.parseInt(row[1]));
            assertThat(contextOnly.put(key, row[2])).as("the context-only list names %s twice", key).isNull();
        }
        dataset = Datasets.hld2014();
    }

    /** The rows of a tab-separated test resource, without '#' comment lines and blank lines. */
    static List<String[]> tsv(String resource, int columns) {
        InputStream in = ReportCoverageTest.class.getResourceAsStream(resource);
        assertThat(in).as("test resource dev/gmg/io/%s", resource).isNotNull();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                assertThat(row).as("%s line %d: %s", resource, number, line).hasSize(columns);
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<Paragraph> inScope() {
        return index.values().stream().filter(p -> SCOPE.contains(p.section())).toList();
    }

    /** Paragraph key to the ids of the activities citing it, in dataset order. */
    static Map<String, Set<String>> citations() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Activity a : dataset.activities()) {
            for (SourceRef s : a.sources()) {
                out.computeIfAbsent(Paragraph.key(s.section(), s.paragraph()), k -> new LinkedHashSet<>()).add(a.id());
            }
        }
        return out;
    }

    @Test
    @DisplayName("the paragraph index numbers each section's paragraphs 1, 2, 3 ... and covers every section in scope")
    void indexIsConsecutivePerSection() {
        Map<String, List<Integer>> numbers = new TreeMap<>();
        index.values().forEach(p -> numbers.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p.number()));
        assertThat(numbers.keySet()).containsAll(SCOPE);
        numbers.forEach((section, list) -> {
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= list.size(); i++) {
                expected.add(i);
            }
            assertThat(list).as("paragraph numbers of section %s", section).isEqualTo(expected);
        });
        // The PDF text stops in section 3 after its sixth paragraph; the index must not lose any of them.
        assertThat(numbers.get("3")).hasSize(6);
        assertThat(inScope()).hasSizeGreaterThan(70);
    }

    @Test
    @DisplayName("every paragraph of sections 2.1-2.8 and 3 is cited by an activity or reviewed as context only")
    void everyParagraphInScopeIsCitedOrContextOnly() {
        Map<String, Set<String>> cited = citations();
        List<String> uncited = inScope().stream()
                .filter(p -> !cited.containsKey(p.key()) && !contextOnly.containsKey(p.key()))
                .map(Paragraph::toString)
                .toList();
        assertThat(uncited)
                .as("paragraphs cited by no activity and not in context-only-paragraphs.tsv; encode them or add"
                        + " them to the reviewed list with a reason")
                .isEmpty();
    }

    @Test
    @DisplayName("context-only paragraphs exist in the index, lie in scope, give a reason, and are cited by nothing")
    void contextOnlyParagraphsAreHonest() {
        assertThat(contextOnly).isNotEmpty();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> cited = citations();
        contextOnly.forEach((key, reason) -> {
            Paragraph p = index.get(key);
            if (p == null) {
                problems.add(key + " is not in the paragraph index");
                return;
            }
            if (!SCOPE.contains(p.section())) {
                problems.add(p + " is outside sections 2.1-2.8 and 3");
            }
            if (reason.isBlank()) {
                problems.add(p + " has no reason");
            }
            if (cited.containsKey(key)) {
                problems.add(p + " is listed as context only but is cited by " + cited.get(key));
            }
        });
        assertThat(problems).as("context-only-paragraphs.tsv must list only paragraphs that no activity cites")
                .isEmpty();
    }

    @Test
    @DisplayName("every source cites a paragraph that exists in the index")
    void everySourceCitesAnIndexedParagraph() {
        List<String> unknown = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            assertThat(a.sources()).as("sources of %s", a.id()).isNotEmpty();
            for (SourceRef s : a.sources()) {
                if (!index.containsKey(Paragraph.key(s.section(), s.paragraph()))) {
                    unknown.add(a.id() + " cites " + s + ", which is not in report-paragraphs.tsv");
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    @DisplayName("no activity cites section 1 or the unnumbered introduction to section 2")
    void nothingCitesTheIntroductions() {
        List<String> outside = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            a.sources().stream().filter(s -> !SCOPE.contains(s.section()))
                    .forEach(s -> outside.add(a.id() + " cites " + s));
        }
        assertThat(outside).isEmpty();
    }

    @Test
    @DisplayName("a source's sub-heading, when given, is the index's sub-heading for that paragraph")
    void subheadingsMatchTheIndex() {
        List<String> mismatches = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            for (SourceRef s : a.sources()) {
                Paragraph p = index.get(Paragraph.key(s.section(), s.paragraph()));
                if (p != null && s.subheading().isPresent() && !s.subheading().get().equals(p.subheading())) {
                    mismatches.add(a.id() + " cites " + s + " but the index puts " + p.key() + " under "
                            + (p.subheading().isEmpty() ? "no sub-heading" : "\"" + p.subheading() + "\""));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    @DisplayName("a source names the sub-heading exactly when its paragraph sits under one (DATASET.md)")
    void subheadingsAreGivenWherePresent() {
        List<String> missing = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            for (SourceRef s : a.sources()) {
                Paragraph p = index.get(Paragraph.key(s.section(), s.paragraph()));
                if (p != null && !p.subheading().isEmpty() && s.subheading().isEmpty()) {
                    missing.add(a.id() + " cites " + s + " without its sub-heading \"" + p.subheading() + "\"");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("each activity cites a paragraph at most once")
    void noDuplicateSources() {
        List<String> duplicates = new ArrayList<>();
        for (Activity a : dataset.activities()) {
            Set<String> seen = new LinkedHashSet<>();
            a.sources().forEach(s -> {
                if (!seen.add(Paragraph.key(s.section(), s.paragraph()))) {
                    duplicates.add(a.id() + " cites " + s + " twice");
                }
            });
        }
        assertThat(duplicates).isEmpty();
    }
}
