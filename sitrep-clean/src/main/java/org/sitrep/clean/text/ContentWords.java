package org.sitrep.clean.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The content words of a text, for telling which body a headline or summary belongs to. */
final class ContentWords {

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "has", "have", "had", "its",
            "his", "her", "their", "they", "them", "but", "not", "said", "says", "will", "would", "could", "into",
            "over", "after", "before", "about", "than", "been", "being", "also", "which", "who", "what", "when",
            "where", "while", "amid", "despite", "as", "our", "out", "new", "one", "two", "all", "more", "most");

    private ContentWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The share of {@code part}'s words that occur in {@code whole}. */
    static double coverage(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : part) {
            if (whole.contains(w)) {
                hit++;
            }
        }
        return (double) hit / part.size();
    }
}
