package org.sitrep.link.stories;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one article is a syndicated copy of another (the same wire story run by two outlets, with their own
 * headline, byline or boilerplate): a copy is one source, not two. Two bodies are copies when at least
 * {@value #SAME_TEXT} of their five-word shingles are shared (Jaccard), which edits around a shared text keep
 * and two reports of the same event in their own words never reach. Bounded: the first {@value #MAX_WORDS} words.
 */
public final class SyndicatedCopies {

    static final double SAME_TEXT = 0.6;
    static final int MAX_WORDS = 3000;
    private static final int SHINGLE = 5;

    private SyndicatedCopies() {
    }

    public static Set<String> shingles(String body) {
        Set<String> out = new HashSet<>();
        if (body == null) {
            return out;
        }
        String[] words = body.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        List<String> list = List.of(words);
        int n = Math.min(words.length, MAX_WORDS);
        for (int i = 0; i + SHINGLE <= n; i++) {
            out.add(String.join(" ", list.subList(i, i + SHINGLE)));
        }
        return out;
    }

    public static boolean areCopies(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared) >= SAME_TEXT;
    }
}
