package org.sitrep.annotate.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed word classes of English that matter to coreference: function words (articles, prepositions,
 * conjunctions, auxiliaries), which never head a participant or an event mention, and pronouns, which stand for a
 * participant named elsewhere, with what they can stand for. Loaded on first use, once per JVM.
 */
public final class ClosedClassWords {

    /** What a pronoun can stand for. */
    public record Pronoun(String word, boolean person, boolean thing, boolean one, boolean many, boolean relative) {
    }

    private static final WordList FUNCTION_WORDS = WordList.load("function-words.txt");
    private static final Map<String, Pronoun> PRONOUNS = pronouns(WordList.load("pronouns.tsv"));

    private ClosedClassWords() {
    }

    private static Map<String, Pronoun> pronouns(WordList list) {
        Map<String, Pronoun> out = new HashMap<>();
        for (List<String> row : list.rows()) {
            String what = row.get(1);
            String number = row.get(2);
            out.put(WordList.key(row.get(0)), new Pronoun(WordList.key(row.get(0)), !what.equals("thing"),
                    !what.equals("person"), !number.equals("many"), !number.equals("one"),
                    row.size() > 3 && row.get(3).equals("relative")));
        }
        return Map.copyOf(out);
    }

    /** Whether a word is an article, preposition, conjunction or auxiliary (never a mention's head). */
    public static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** The pronoun a word is, or null where it is none. */
    public static Pronoun pronoun(String word) {
        return word == null ? null : PRONOUNS.get(WordList.key(word));
    }
}
