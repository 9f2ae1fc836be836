package org.sitrep.link.coref;

import java.util.List;
import org.sitrep.annotate.lexicon.ClosedClassWords;
import org.sitrep.link.entities.NameForms;

/**
 * The head lemma of a mention: the input's head where it gives one, else the word that carries the meaning. For an
 * entity that is the last word of its first run of nouns and names ("the Indian navy" → "navy", "Gulf of Aden" →
 * "Gulf"), function words ("in the Gulf of Aden": "in" is a noun to WordNet) and a name's initials ("Raj K. Chohan"
 * → "Chohan") aside; for an event the last word WordNet reads as a noun or verb ("was arrested" → "arrest", "struck by" →
 * "strike").
 */
public final class MentionHeads {

    private final HeadWords words;

    public MentionHeads(HeadWords words) {
        this.words = words;
    }

    /** The head lemma, lower-cased. */
    public String lemma(Mention mention, CorefDocument document) {
        String head = document.token(mention.sentence(), headPosition(mention, document));
        return head == null ? "" : words.lemma(head, mention.kind());
    }

    HeadWords words() {
        return words;
    }

    int headPosition(Mention mention, CorefDocument document) {
        List<Integer> tokens = mention.tokens();
        if (mention.head() >= 0) {
            return mention.head();
        }
        if (tokens.size() == 1) {
            return tokens.get(0);
        }
        if (mention.kind() == Mention.Kind.ENTITY) {
            int last = -1;
            for (int position : tokens) {
                String token = document.token(mention.sentence(), position);
                if (token != null && last >= 0 && (token.equals(".") || NameForms.isInitial(token))) {
                    continue;
                }
                boolean nominal = token != null && !token.isEmpty() && !ClosedClassWords.isFunctionWord(token)
                        && (Character.isUpperCase(token.charAt(0)) || words.hasReading(token));
                if (nominal) {
                    last = position;
                } else if (last >= 0) {
                    break;
                }
            }
            return last >= 0 ? last : tokens.get(tokens.size() - 1);
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String token = document.token(mention.sentence(), tokens.get(i));
            if (token != null && words.hasReading(token) && !ClosedClassWords.isFunctionWord(token)) {
                return tokens.get(i);
            }
        }
        return tokens.get(tokens.size() - 1);
    }
}
