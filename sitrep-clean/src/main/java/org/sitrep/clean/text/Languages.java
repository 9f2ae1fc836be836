package org.sitrep.clean.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guess from function words, enough to tell the common news languages apart.
 * Returns null when the text is too short or no language stands out: unknown is null, not a guess.
 */
public final class Languages {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "as", "by", "it"),
            "de", Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine", "auch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "du", "qui", "au", "sur", "pas"),
            "es", Set.of("el", "los", "las", "y", "que", "del", "en", "una", "por", "con", "para", "es", "se", "al", "lo"),
            "it", Set.of("il", "della", "che", "di", "e", "per", "una", "non", "con", "sono", "gli", "del", "alla", "anche", "nel"),
            "pt", Set.of("o", "os", "que", "do", "da", "em", "uma", "para", "com", "não", "dos", "das", "por", "mais", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn", "ook", "maar"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "для", "от", "о", "он"));

    private Languages() {
    }

    public static String guess(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2000);
        if (words.length < 8) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = e.getKey();
            } else if (hits > second) {
                second = hits;
            }
        }
        boolean clear = bestHits >= 3 && bestHits >= words.length / 12 && bestHits > second * 1.5;
        return clear ? best : null;
    }
}
