package org.sitrep.annotate.nlp;

import java.util.List;

/** A sentence of the body with its tokens; offsets are body offsets. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
