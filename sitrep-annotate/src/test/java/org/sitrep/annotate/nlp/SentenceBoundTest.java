package org.sitrep.annotate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16, section 4: a sentence without end reaches the taggers in pieces no longer than the bound, offsets intact. */
class SentenceBoundTest {

    @Test
    void anOverlongSentenceIsCutIntoTaggedPiecesWithTheirOffsets() {
        String[] words = {"the", "army", "said", "troops", "moved", "near", "the", "border", "town", "while", "officials", "met"};
        StringBuilder text = new StringBuilder("Officials in Kabul said on Friday that ");
        for (int i = 0; i < 3000; i++) {
            text.append(words[i % words.length]).append(i % 97 == 0 ? ", " : " ");
        }
        text.append("and then it ended. The minister spoke in Kabul.");
        NlpDocument doc = CoreNlpAnalyzer.instance().apply(text.toString());

        assertThat(doc.sentences()).hasSizeGreaterThan(3000 / CoreNlpAnalyzer.MAX_SENTENCE_TOKENS);
        assertThat(doc.sentences()).allSatisfy(s -> {
            assertThat(s.tokens()).hasSizeLessThanOrEqualTo(CoreNlpAnalyzer.MAX_SENTENCE_TOKENS);
            assertThat(s.start()).isEqualTo(s.tokens().get(0).start());
            assertThat(s.end()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
            s.tokens().forEach(t -> {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.pos()).isNotNull().isNotEqualTo("X");
            });
        });
        for (int i = 1; i < doc.sentences().size(); i++) {
            assertThat(doc.sentences().get(i).start()).isGreaterThanOrEqualTo(doc.sentences().get(i - 1).end());
        }
        // the sentences after the long one are read as before, names tagged
        Sentence last = doc.sentences().get(doc.sentences().size() - 1);
        assertThat(last.tokens()).anySatisfy(t -> assertThat(t.ner()).isEqualTo("LOCATION"));
    }
}
