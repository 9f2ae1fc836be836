package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.ParserModel;
import org.sitrep.model.InputDocument;

/** The bench's parse measurement: every sentence of the clean bodies, counted and timed per pass. */
class BenchTest {

    @Test
    void timesTheNeuralParseOverEverySentence() {
        String text = "KANDAR: Border guards exchanged fire with militia fighters near the Tessin crossing on Friday, "
                + "officials said. Two guards were wounded.\n";
        InputDocument doc = new InputDocument("t.txt", null, "text", "text", text, null, null, null);
        Bench.Result r = new Bench(Set.of("clean"), 1, 1).parse(List.of(doc), ParserModel.NEURAL, 2);
        assertThat(r.name()).isEqualTo("parse");
        assertThat(r.what()).startsWith("neural");
        assertThat(r.articles()).as("sentences, two passes").isEqualTo(4);
        assertThat(r.tokens()).isGreaterThan(20);
        assertThat(r.cpuMillisPerThousandTokens()).isPositive();
        assertThat(r.millisPerThousandTokens()).isPositive();
    }
}
