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

    /** The sentence that holds body offset {@code offset}, or null (a binary search: sentences are in order). */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = sentences.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && offset < found.end() ? found : null;
    }
}
