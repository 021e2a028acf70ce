package dev.gmg.query;

import dev.gmg.model.Activity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every activity's title and summary (folded as {@link Text#words} folds them), sorted, each with the
 * ordinals of its activities. Splitting the text is most of the cost of building an index, so an index builds this
 * part on its first text query: a command-line run that asks no text question never pays for it.
 */
final class WordIndex {

    private final String[] terms;
    private final Postings[] postings;

    WordIndex(Activity[] byOrdinal) {
        int n = byOrdinal.length;
        Map<String, Integer> numbers = new HashMap<>();
        PostingLists lists = new PostingLists(0);
        for (int o = 0; o < n; o++) {
            Activity a = byOrdinal[o];
            for (String w : Text.words(a.title() + " " + a.summary())) {
                Integer number = numbers.computeIfAbsent(w, k -> numbers.size());
                lists.add(number, o);
            }
        }
        this.terms = numbers.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        Postings[] byNumber = lists.toPostings(n, terms.length);
        this.postings = new Postings[terms.length];
        for (int i = 0; i < terms.length; i++) {
            postings[i] = byNumber[numbers.get(terms[i])];
        }
    }

    /** The postings of every word that begins with {@code prefix}. */
    List<Postings> startingWith(String prefix) {
        int i = Arrays.binarySearch(terms, prefix);
        if (i < 0) {
            i = -i - 1;
        }
        List<Postings> out = new ArrayList<>();
        while (i < terms.length && terms[i].startsWith(prefix)) {
            out.add(postings[i++]);
        }
        return out;
    }

    int size() {
        return terms.length;
    }

    /** Approximate bytes held: the sorted words and their postings. */
    long bytes() {
        long bytes = 16 + 4L * postings.length;
        for (Postings p : postings) {
            bytes += p == Postings.EMPTY ? 0 : p.bytes();
        }
        for (String t : terms) {
            bytes += 24 + 16 + t.length();
        }
        return bytes;
    }
}
