package org.sitrep.annotate.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of armed non-state groups ("Al-Shabaab", "Boko Haram", "Hay'at Tahrir al-Sham") from public designation
 * lists, which CoreNLP's tagger, trained on older news, often reads as people or misses. Names match whatever their
 * case, hyphens, spaces and apostrophes ("al-Shabaab", "Al Shabaab"). Loaded on first use, once per JVM.
 */
public final class ArmedGroups {

    private static final class Shared {
        static final ArmedGroups INSTANCE = new ArmedGroups(WordList.load("armed-groups.txt"));
    }

    private final Set<String> keys;
    private final int longest;

    private ArmedGroups(WordList list) {
        this.keys = list.words().stream().map(ArmedGroups::key).collect(Collectors.toUnmodifiableSet());
        this.longest = keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public static ArmedGroups instance() {
        return Shared.INSTANCE;
    }

    /** Whether {@code text} is one of the groups' names as a whole. */
    public boolean isName(String text) {
        return keys.contains(key(text));
    }

    /** The most words (split at spaces and hyphens) a name has. */
    public int longestName() {
        return longest;
    }

    /** A name's form for matching: lower case, apostrophes dropped, hyphens and runs of spaces one space. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "").replace('\u2010', '-')
                .replaceAll("[\\s\\-]+", " ").strip();
    }
}
