package org.sitrep.link.coref;

import java.util.List;

/**
 * A mention to resolve: where it is (a document, a sentence, the token positions in that sentence) and what kind.
 *
 * @param id       unique in a collection
 * @param document the id of its {@link CorefDocument}
 * @param sentence the sentence's index in the document
 * @param tokens   the token positions within the sentence, in order (not always contiguous)
 * @param head     the position of the head token when the input says it, else -1 (the head is then chosen)
 * @param kind     an event or an entity (participant, place, time)
 */
public record Mention(String id, String document, int sentence, List<Integer> tokens, int head, Kind kind) {

    /** Events are resolved apart from entities. */
    public enum Kind { EVENT, ENTITY }

    public Mention {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("mention " + id + " has no tokens");
        }
    }
}
