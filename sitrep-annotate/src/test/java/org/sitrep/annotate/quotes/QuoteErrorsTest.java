package org.sitrep.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.annotate.quotes.QuoteReadings.entity;
import static org.sitrep.annotate.quotes.QuoteReadings.quotes;
import static org.sitrep.annotate.quotes.QuoteReadings.speaker;
import static org.sitrep.annotate.quotes.QuoteReadings.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;

/**
 * The kinds of quote errors a new user met (issue 16, quotes), each on the sentence of the seed article where it
 * was seen and on another sentence of the same kind, with a case beside it that must still be read as a quote.
 */
class QuoteErrorsTest {

    @Test
    void aNegatedSpeechActAboutAThingQuotesNothing() {
        assertThat(quotes("The report didn’t mention any specific agreements.")).isEmpty();
        assertThat(quotes("The statement did not cite any evidence for the claim.")).isEmpty();
        assertThat(quotes("Officials never mentioned the sanctions against the Taliban leaders.")).isEmpty();
        Quote said = starting(quotes("The ministry said the talks would resume next week."), "the talks would resume");
        assertThat(speaker(said)).isEqualTo("The ministry");
    }

    @Test
    void aBeliefInsideReportedSpeechIsNotASecondQuote() {
        List<Quote> q = quotes("In its briefing to lawmakers on Tuesday, South Korea’s National Intelligence Service said it "
                + "also believes around 5,000 North Korean military construction troops have been moving to Russia in phases "
                + "since September.");
        List<Quote> troops = q.stream().filter(x -> x.text().contains("5,000")).toList();
        assertThat(troops).hasSize(1);
        assertThat(troops.get(0).cue()).isEqualTo("said");
        assertThat(speaker(troops.get(0))).isEqualTo("National Intelligence Service");
        assertThat(q).noneMatch(x -> x.speaker() == null);
    }

    @Test
    void aBeliefStatedByItsHolderIsAQuote() {
        Quote q = starting(quotes("South Korea’s spy agency believes around 5,000 North Korean troops have been moving to "
                + "Russia since September."), "around 5,000");
        assertThat(q.cue()).isEqualTo("believes");
        assertThat(speaker(q)).isEqualTo("South Korea’s spy agency");
    }

    @Test
    void aParticipleAfterADenialIsReadOnce() {
        List<Quote> q = quotes("Pakistan accuses the Afghan Taliban of sheltering fighters from the banned Tehreek-e-Taliban "
                + "Pakistan and allowing them to stage cross-border attacks — a charge Afghanistan denies, saying it does not "
                + "allow its territory to be used against other countries.");
        List<Quote> territory = q.stream().filter(x -> x.text().contains("does not allow")).toList();
        assertThat(territory).hasSize(1);
        assertThat(territory.get(0).text()).isEqualTo("it does not allow its territory to be used against other countries");
        assertThat(territory.get(0).cue()).isEqualTo("saying");
        assertThat(speaker(territory.get(0))).isEqualTo("Afghanistan");
    }

    @Test
    void aParticipleAfterAnotherCueVerbIsReadOnce() {
        List<Quote> q = quotes("The Taliban rejected the report, saying it relied on unverified accounts from exiled activists.");
        List<Quote> accounts = q.stream().filter(x -> x.text().contains("unverified")).toList();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).text()).startsWith("it relied");
        assertThat(speaker(accounts.get(0))).isEqualTo("Taliban");
    }

    @Test
    void aTrailingAttributionIsNotPartOfTheContent() {
        List<Quote> q = quotes("South Korean President Yoon Suk Yeol met his Cabinet on Tuesday. He called for closer "
                + "coordination with European governments aimed at blocking illegal exchanges between Pyongyang and Moscow, "
                + "Yoon’s office said in a statement.");
        assertThat(q).noneMatch(x -> x.text().contains("said in a statement"));
        Quote calledFor = q.stream().filter(x -> "called for".equals(x.cue())).findFirst().orElseThrow();
        assertThat(calledFor.text()).isEqualTo("closer coordination with European governments aimed at blocking illegal "
                + "exchanges between Pyongyang and Moscow");
        assertThat(speaker(calledFor)).isEqualTo("Yoon Suk Yeol");
        assertThat(speaker(starting(q, "He called for"))).isEqualTo("Yoon’s office");

        List<Quote> condemned = quotes("The minister condemned the attack on villages near the border, the foreign ministry "
                + "said on Sunday.");
        assertThat(condemned).noneMatch(x -> x.text().contains("ministry said"));
        assertThat(starting(condemned, "the attack").text()).isEqualTo("the attack on villages near the border");
    }

    @Test
    void aCoordinatedSubjectSpeaksAsAWhole() {
        Quote q = starting(quotes("The United States and its partners have described Russia’s procurement of North Korean "
                + "personnel and supplies as a violation of UN Security Council resolutions."), "Russia’s procurement");
        assertThat(speaker(q)).isEqualTo("The United States and its partners");
        assertThat(q.speakerSpan().text()).isEqualTo("The United States and its partners");
        Quote allies = starting(quotes("Russia and its allies have said the sanctions are illegal."), "the sanctions");
        assertThat(speaker(allies)).isEqualTo("Russia and its allies");
    }

    @Test
    void anEventNounDoesNotSpeak() {
        assertThat(quotes("The crackdown suggests that Beijing will not tolerate dissent in Hong Kong.")).isEmpty();
        assertThat(quotes("The attacks showed that the militants could still strike the capital.")).isEmpty();
        Quote report = starting(quotes("The report suggests that Beijing will not tolerate dissent in Hong Kong."), "Beijing");
        assertThat(speaker(report)).isEqualTo("The report");
    }

    @Test
    void aSpeakerPhraseNamingAnOrganisationLinksToIt() {
        String body = "The minister flew into the far eastern Russian city of Vladivostok, TASS state news agency reported.";
        Entity tass = entity("e9", "ORGANIZATION", "TASS", body, "TASS");
        Quote q = starting(quotes(body, List.of(tass)), "The minister flew");
        assertThat(q.speaker().entity()).isEqualTo("e9");
        assertThat(q.speaker().name()).isEqualTo("TASS");
        assertThat(q.speakerSpan().text()).isEqualTo("TASS state news agency");

        String office = "South Korean President Yoon Suk Yeol met his Cabinet. The talks were useful, Yoon’s office said.";
        Entity yoon = entity("e17", "PERSON", "Yoon Suk Yeol", office, "Yoon");
        Quote byOffice = starting(quotes(office, List.of(yoon)), "The talks were useful");
        assertThat(byOffice.speaker().entity()).isNull();
    }
}
