package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.lexicon.EventWords.Trigger;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;

/**
 * Finds the words of a sentence that name a happening: verbs by lemma, nouns by their singular form, multi-word
 * triggers ("air strike", "exchange of fire", "gun down") by the words around their head. Reads tokens only, so
 * that only sentences with a trigger are parsed.
 */
final class TriggerFinder {

    /** A trigger found at a token of the sentence (the head of a multi-word trigger). */
    record Found(Token token, Trigger trigger) {
    }

    private final EventWords words;

    TriggerFinder(EventWords words) {
        this.words = words;
    }

    List<Found> find(Sentence sentence) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean verb = t.pos().startsWith("VB");
            boolean noun = t.pos().startsWith("NN");
            if (!verb && !noun || Character.isUpperCase(t.text().charAt(0)) && t.ner() != null && !t.ner().equals("O")) {
                continue; // a name is no trigger ("Storm" the person, "Battle Creek")
            }
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            for (Trigger trigger : words.triggers(lemma, verb)) {
                if (matches(tokens, i, trigger) && !(noun && figurative(tokens, i))) {
                    out.add(new Found(t, trigger));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the other words of a multi-word trigger stand around its head: before a noun's, after a verb's. */
    private static boolean matches(List<Token> tokens, int head, Trigger trigger) {
        String[] w = trigger.words();
        if (w.length == 1) {
            return true;
        }
        if (trigger.verb()) {
            // a particle may stand one word away: "gunned them down", "called on X for"
            for (int k = 1; k < w.length; k++) {
                if (!near(tokens, head + k, w[k]) && !near(tokens, head + k + 1, w[k])) {
                    return false;
                }
            }
            return true;
        }
        for (int k = w.length - 2, at = head - 1; k >= 0; k--, at--) {
            if (!near(tokens, at, w[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean near(List<Token> tokens, int at, String word) {
        if (at < 0 || at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        return t.word().equalsIgnoreCase(word) || t.lemma() != null && t.lemma().equalsIgnoreCase(word);
    }

    /** Whether a noun trigger is figurative: "a trade war", "a battle of words". */
    private boolean figurative(List<Token> tokens, int head) {
        return head > 0 && words.figurativeModifier(tokens.get(head - 1).word())
                || head + 2 < tokens.size() && tokens.get(head + 1).word().equalsIgnoreCase("of")
                && words.figurativeModifier(tokens.get(head + 2).word());
    }
}
