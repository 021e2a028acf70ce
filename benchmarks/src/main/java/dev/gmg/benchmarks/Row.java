package dev.gmg.benchmarks;

import dev.gmg.model.Activity;
import java.util.Arrays;
import java.util.List;

/**
 * One activity with the values the scan and CQEngine test, computed once when the engines are built, so no query
 * pays for splitting text, flattening regions or boxing dates: the same head start the index has.
 */
final class Row {

    final Activity activity;
    /** The position of the activity in the default order (earliest date, then id, undated last). */
    final int rank;
    /** The distinct words of title and summary, folded as the index folds them, sorted. */
    final String[] words;
    /** The same words as a list, for CQEngine. */
    final List<String> wordList;
    /** The title in lower case: the sort key of {@code ORDER BY title}, before the id. */
    final String titleKey;
    /** Codes of the regions a default region filter finds the activity by. */
    final List<String> regions;
    /** Epoch day of the earliest day; {@code Integer.MAX_VALUE} when undated, so it never starts. */
    final Integer earliest;
    /** Epoch day of the latest day; {@code Integer.MIN_VALUE} when undated, so it never ends. */
    final Integer latest;
    /** True for a period with an open end or longer than {@link Table#LONG_SPAN_DAYS}. */
    final Boolean longSpan;
    /** The report sections the activity is described in. */
    final List<String> sections;
    /** The ids of the initiatives the activity is part of, directly or through other parts. */
    final List<String> ancestors;

    Row(Activity activity, int rank, String[] words, List<String> regions, int earliest, int latest,
            boolean longSpan, List<String> sections, List<String> ancestors) {
        this.activity = activity;
        this.rank = rank;
        this.words = words;
        this.wordList = List.of(words);
        this.titleKey = activity.title().toLowerCase(java.util.Locale.ROOT);
        this.regions = regions;
        this.earliest = earliest;
        this.latest = latest;
        this.longSpan = longSpan;
        this.sections = sections;
        this.ancestors = ancestors;
    }

    /** True when every one of {@code prefixes} begins one of the words (binary search in the sorted words). */
    boolean hasWords(List<String> prefixes) {
        for (String p : prefixes) {
            int i = Arrays.binarySearch(words, p);
            if (i < 0 && (-i - 1 >= words.length || !words[-i - 1].startsWith(p))) {
                return false;
            }
        }
        return true;
    }

    /** The order of {@code ORDER BY title}: the lower-case title, then the id. */
    static int compareByTitle(Row a, Row b) {
        int c = a.titleKey.compareTo(b.titleKey);
        return c != 0 ? c : a.activity.id().compareTo(b.activity.id());
    }
}
