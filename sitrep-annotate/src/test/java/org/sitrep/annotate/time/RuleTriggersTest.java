package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTriggersTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersOrDigits() {
        Set<String> words = RuleTriggers.wordsOf("At 10 a.m. on New Year's Day, o'clock");
        assertThat(words).contains("at", "10", "a", "m", "new", "year", "s", "day", "o", "clock", RuleTriggers.DIGIT);
        assertThat(RuleTriggers.wordsOf("no numbers here")).doesNotContain(RuleTriggers.DIGIT);
    }

    @Test
    void ruleRunsOnlyWhenOneOfItsWordsIsPresent() {
        assertThat(RuleTriggers.mayMatch("season", RuleTriggers.wordsOf("since last fall"))).isTrue();
        assertThat(RuleTriggers.mayMatch("season", RuleTriggers.wordsOf("troops arrived on Tuesday"))).isFalse();
        assertThat(RuleTriggers.mayMatch("year", RuleTriggers.wordsOf("in 2021"))).isTrue();
        assertThat(RuleTriggers.mayMatch("year", RuleTriggers.wordsOf("in the spring"))).isFalse();
    }

    @Test
    void skippingRulesChangesNothingThatCouldMatch() {
        // sentences that exercise many rules at once: every expression must still be found
        String text = "Late on Friday, two days ago, in the third quarter of 1990, at 4:30 p.m. EST, since last fall, "
                + "on Christmas Day, every year, the past two months, this morning, at noon, in the 1990s, now.";
        assertThat(new TimeTagger().tag(text, "2024-10-29")).extracting(TimeMention::text).contains("Late on Friday",
                "two days ago", "the third quarter of 1990", "4:30 p.m. EST", "last fall", "Christmas Day", "every year",
                "the past two months", "this morning", "noon", "the 1990s", "now");
    }
}
