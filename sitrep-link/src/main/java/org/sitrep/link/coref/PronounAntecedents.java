package org.sitrep.link.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.lexicon.ClosedClassWords;
import org.sitrep.annotate.lexicon.ClosedClassWords.Pronoun;

/**
 * Finds, for each pronoun mention of a participant, the mention it stands for in its own document: a pronoun's words
 * ("he", "it", "they") say nothing of whom it means, so across documents it can corefer only through its
 * antecedent. The rule is the classic recency one, limited by agreement: a relative pronoun ("who", "which") takes
 * the mention that ends just before it; another pronoun takes the nearest earlier mention of its own sentence, else
 * the first mention of the nearest earlier sentence that has one (the subject, most often), within a few sentences,
 * that agrees with it: a person for "he" and "she", not a person for "it", many or a group for "they".
 */
final class PronounAntecedents {

    /** A pronoun further than this from any agreeing mention is left without an antecedent. */
    static final int SENTENCES_BACK = 3;

    /** How far before a relative pronoun its antecedent may end ("the man , who": the comma between). */
    static final int RELATIVE_GAP = 2;

    private final MentionHeads heads;

    PronounAntecedents(MentionHeads heads) {
        this.heads = heads;
    }

    /** The pronoun a mention is, or null when it is not a one-word pronoun. */
    static Pronoun pronoun(Mention mention, CorefDocument document) {
        if (mention.kind() != Mention.Kind.ENTITY || mention.tokens().size() != 1) {
            return null;
        }
        return ClosedClassWords.pronoun(document.token(mention.sentence(), mention.tokens().get(0)));
    }

    /** Each pronoun mention that has an antecedent, mapped to it (never itself a pronoun). */
    Map<Mention, Mention> find(List<Mention> mentions, Map<String, CorefDocument> documents) {
        Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mention.kind() == Mention.Kind.ENTITY) {
                byDocument.computeIfAbsent(mention.document(), k -> new ArrayList<>()).add(mention);
            }
        }
        Map<Mention, Mention> antecedents = new HashMap<>();
        for (List<Mention> inDocument : byDocument.values()) {
            CorefDocument document = documents.get(inDocument.get(0).document());
            List<Mention> ordered = new ArrayList<>(inDocument);
            ordered.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(m -> m.tokens().get(0)));
            for (Mention mention : ordered) {
                Pronoun pronoun = pronoun(mention, document);
                if (pronoun != null) {
                    Mention antecedent = antecedent(mention, pronoun, ordered, document);
                    if (antecedent != null) {
                        antecedents.put(mention, antecedent);
                    }
                }
            }
        }
        return antecedents;
    }

    private Mention antecedent(Mention pronounMention, Pronoun pronoun, List<Mention> ordered,
            CorefDocument document) {
        int at = pronounMention.tokens().get(0);
        int sentence = pronounMention.sentence();
        if (pronoun.relative()) {
            Mention best = null;
            for (Mention candidate : ordered) {
                int end = candidate.tokens().get(candidate.tokens().size() - 1);
                if (candidate.sentence() == sentence && end < at && at - end <= RELATIVE_GAP
                        && pronoun(candidate, document) == null && agrees(pronoun, candidate, document)) {
                    best = candidate;
                }
            }
            return best;
        }
        Mention nearestInSentence = null;
        for (Mention candidate : ordered) {
            if (candidate.sentence() == sentence && candidate.tokens().get(0) < at
                    && pronoun(candidate, document) == null && agrees(pronoun, candidate, document)) {
                nearestInSentence = candidate;
            }
        }
        if (nearestInSentence != null) {
            return nearestInSentence;
        }
        for (int back = sentence - 1; back >= Math.max(0, sentence - SENTENCES_BACK); back--) {
            for (Mention candidate : ordered) {
                if (candidate.sentence() == back && pronoun(candidate, document) == null
                        && agrees(pronoun, candidate, document)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Agreement from the head alone: a name WordNet does not know ("Chohan") may be anyone or anything; a plural
     * head ("pirates") is many; a person noun ("woman", "climber") is a person.
     */
    private boolean agrees(Pronoun pronoun, Mention candidate, CorefDocument document) {
        String word = document.token(candidate.sentence(), heads.headPosition(candidate, document));
        if (word == null || word.isEmpty()) {
            return false;
        }
        String lemma = heads.lemma(candidate, document);
        HeadWords words = heads.words();
        boolean name = Character.isUpperCase(word.charAt(0));
        boolean known = words.isNoun(lemma);
        boolean person = words.isPerson(lemma) || (name && !known);
        boolean thing = !words.isPerson(lemma) || (name && !known);
        if (!known && !name) {
            return false;
        }
        String lower = HeadWords.withoutPossessive(word.toLowerCase(Locale.ROOT));
        boolean plural = !lower.equals(lemma) && lower.endsWith("s");
        boolean numberAgrees = (pronoun.one() && !plural) || (pronoun.many() && (plural || !words.isPerson(lemma)));
        return numberAgrees && ((pronoun.person() && person) || (pronoun.thing() && thing));
    }
}
