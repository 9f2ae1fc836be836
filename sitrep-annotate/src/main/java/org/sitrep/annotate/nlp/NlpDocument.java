package org.sitrep.annotate.nlp;

import java.util.ArrayList;
import java.util.List;

/** The linguistic analysis of one text: sentences of tokens. Offsets are into {@link #text()}. */
public record NlpDocument(String text, List<Sentence> sentences) {
    public NlpDocument {
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return all;
    }

    /** The sentence that holds body offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
