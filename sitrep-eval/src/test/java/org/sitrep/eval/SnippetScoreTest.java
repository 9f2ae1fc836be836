package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {

    @Test
    void scoresSnippetsAsTheBenchmarkDoes() {
        String text = "Die GEMA dreht völlig\n\nam Zeiger!  Mehr\u00A0dazu.";
        SnippetScore s = SnippetScore.of(text, List.of("Die GEMA dreht völlig am Zeiger!", "fehlt"),
                List.of("Impressum", "Mehr dazu"));
        assertThat(s).isEqualTo(new SnippetScore(1, 1, 1, 1));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.5);
        assertThat(s.accuracy()).isEqualTo(0.5);
    }

    @Test
    void addsUp() {
        SnippetScore s = new SnippetScore(3, 1, 0, 2).plus(new SnippetScore(1, 0, 1, 1));
        assertThat(s).isEqualTo(new SnippetScore(4, 1, 1, 3));
        assertThat(s.f1()).isCloseTo(0.8, within(1e-9));
        assertThat(SnippetScore.ZERO.f1()).isZero();
    }
}
