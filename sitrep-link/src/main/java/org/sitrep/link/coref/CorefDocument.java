package org.sitrep.link.coref;

import java.util.List;

/**
 * One document to link across: its id and its tokens, sentence by sentence.
 *
 * @param id        the document's id, unique in a collection
 * @param sentences the tokens of each sentence, in order
 */
public record CorefDocument(String id, List<List<String>> sentences) {

    public CorefDocument {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** The token at a sentence and position, or null where there is none. */
    public String token(int sentence, int position) {
        if (sentence < 0 || sentence >= sentences.size()) {
            return null;
        }
        List<String> tokens = sentences.get(sentence);
        return position < 0 || position >= tokens.size() ? null : tokens.get(position);
    }
}
