package org.sitrep.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(p -> text.substring(p.contentStart(), p.contentEnd())).toList();
    }

    @Test
    void curlyQuotesSplitByTheirAttribution() {
        String text = "“Mortars and bullets smashed into houses,” Samiullah Malang said. “It was difficult.”";
        assertThat(quoted(text)).containsExactly("Mortars and bullets smashed into houses", "It was difficult.");
    }

    @Test
    void straightQuotesTakeTheirDirectionFromTheirNeighbours() {
        String text = "He said \"no\" twice, then \"yes, of course.\"";
        assertThat(quoted(text)).containsExactly("no", "yes, of course.");
    }

    @Test
    void nestedQuotesStayInsideTheOuterOne() {
        String text = "“Clinton said it’s ‘in their heads’ and called them “deplorables” on Friday,” he said.";
        assertThat(quoted(text)).containsExactly("Clinton said it’s ‘in their heads’ and called them “deplorables” on Friday");
    }

    @Test
    void aQuoteLeftOpenRunsToTheEndOfItsParagraph() {
        String text = "“The talks are not bearing fruit. This is impossible.\n\n“It is an impractical demand.”";
        assertThat(quoted(text)).containsExactly("The talks are not bearing fruit. This is impossible.", "It is an impractical demand.");
        assertThat(QuoteMarks.find(text).get(0).closed()).isFalse();
    }

    @Test
    void aSecondOpeningMarkThatNeverClosesIsAMistypedClosingMark() {
        String text = "He called for coordination aimed at “monitoring and blocking “illegal exchanges between Pyongyang and Moscow, Yoon’s office said.";
        assertThat(quoted(text)).containsExactly("monitoring and blocking");
    }

    @Test
    void doubledApostrophesStandForQuoteMarks() {
        String text = "Mr. Burman said ''It doesn't make our problems worse.'' He left.";
        assertThat(quoted(text)).containsExactly("It doesn't make our problems worse.");
    }

    @Test
    void apostrophesAndMarksWithoutWordsAreNotQuotes() {
        assertThat(quoted("Choe’s visit came after the Pentagon’s statement.")).isEmpty();
        assertThat(quoted("A 12\" pipe and “ ” marks.")).isEmpty();
    }
}
