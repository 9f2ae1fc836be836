package org.sitrep.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.annotate.quotes.QuoteReadings.HEADER;
import static org.sitrep.annotate.quotes.QuoteReadings.quotes;
import static org.sitrep.annotate.quotes.QuoteReadings.speaker;
import static org.sitrep.annotate.quotes.QuoteReadings.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/** Quote finding on real news sentences; each body sits after a header so input and body offsets differ. */
class QuoteAnnotatorTest {

    @Test
    void aQuoteSplitByItsAttributionHasOneSpeaker() {
        List<Quote> q = quotes("“Mortars and bullets smashed into houses and public places,” Samiullah Malang said. "
                + "“It was difficult to watch women and children flee in the cold night.”");
        Quote first = starting(q, "Mortars");
        assertThat(first.direct()).isTrue();
        assertThat(first.text()).isEqualTo("Mortars and bullets smashed into houses and public places");
        assertThat(first.cue()).isEqualTo("said");
        assertThat(speaker(first)).isEqualTo("Samiullah Malang");
        assertThat(first.speakerSpan().text()).isEqualTo("Samiullah Malang");
        assertThat(speaker(starting(q, "It was difficult"))).isEqualTo("Samiullah Malang");
    }

    @Test
    void theSpeakerIsTheSubjectNotTheHearer() {
        List<Quote> q = quotes("“Unfortunately, last night the Pakistani side once again attacked Spin Boldak in Kandahar,” "
                + "Hamdullah Fitrat, deputy spokesperson of Afghanistan’s Taliban government, told Arab News on Saturday.");
        Quote quote = starting(q, "Unfortunately");
        assertThat(quote.cue()).isEqualTo("told");
        assertThat(speaker(quote)).isEqualTo("Hamdullah Fitrat");
    }

    @Test
    void aPronounSpeakerIsTheLastPersonWhoSpoke() {
        List<Quote> q = quotes("Mosharraf Zaidi, spokesman for Pakistan’s prime minister, said that the Taliban "
                + "“resorted to unprovoked firing” along their shared border.\n\n"
                + "“An immediate, befitting & intense response has been given by our armed forces,” he wrote on X.");
        Quote partial = starting(q, "resorted");
        assertThat(partial.direct()).isTrue();
        assertThat(partial.text()).isEqualTo("resorted to unprovoked firing");
        assertThat(speaker(partial)).isEqualTo("Mosharraf Zaidi");
        Quote written = starting(q, "An immediate");
        assertThat(written.cue()).isEqualTo("wrote");
        assertThat(written.speakerSpan().text()).isEqualTo("he");
        assertThat(speaker(written)).isEqualTo("Mosharraf Zaidi");
    }

    @Test
    void theSpeakerIsCarriedIntoTheNextParagraphsQuote() {
        List<Quote> q = quotes("Repeated clashes highlight the absence of a mechanism, according to Asad Waheedi, "
                + "a political analyst based in Kabul.\n\n"
                + "“The talks are not bearing fruit because the demands are unrealistic,” he said. "
                + "“Pakistan asks the Taliban to guarantee the security of their country.”");
        Quote reported = starting(q, "Repeated clashes");
        assertThat(reported.direct()).isFalse();
        assertThat(reported.cue()).isEqualTo("according to");
        assertThat(speaker(reported)).isEqualTo("Asad Waheedi");
        assertThat(speaker(starting(q, "The talks"))).isEqualTo("Asad Waheedi");
        assertThat(speaker(starting(q, "Pakistan asks"))).isEqualTo("Asad Waheedi");
    }

    @Test
    void reportedSpeechAfterItsSpeaker() {
        List<Quote> q = quotes("South Korean President Yoon Suk Yeol met NATO officials on Monday. "
                + "Yoon said Seoul is preparing countermeasures.");
        Quote quote = starting(q, "Seoul is preparing");
        assertThat(quote.direct()).isFalse();
        assertThat(quote.text()).isEqualTo("Seoul is preparing countermeasures");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(speaker(quote)).isEqualTo("Yoon Suk Yeol");
    }

    @Test
    void anOrganisationAsSpeakerAndAPartialQuoteInsideItsSpeech() {
        List<Quote> q = quotes("The announcement came hours after the Pentagon said North Korea has sent about 10,000 troops "
                + "to Russia, who are expected to arrive in Ukraine within “the next several weeks.”");
        assertThat(speaker(starting(q, "North Korea has sent"))).isEqualTo("Pentagon");
        Quote partial = starting(q, "the next several weeks");
        assertThat(partial.direct()).isTrue();
        assertThat(speaker(partial)).isEqualTo("Pentagon");
    }

    @Test
    void accordingToBeforeTheContent() {
        List<Quote> q = quotes("According to South Korean assessments, North Korea has sent around 15,000 troops to Russia.");
        Quote quote = starting(q, "North Korea has sent");
        assertThat(quote.cue()).isEqualTo("According to");
        assertThat(speaker(quote)).isEqualTo("South Korean assessments");
    }

    @Test
    void reportedSpeechBeforeItsSpeaker() {
        List<Quote> q = quotes("KABUL: Overnight border clashes have broken out between Afghan and Pakistani forces, "
                + "authorities in Afghanistan said on Saturday, as tensions escalated.");
        Quote quote = starting(q, "Overnight border clashes");
        assertThat(quote.text()).isEqualTo("Overnight border clashes have broken out between Afghan and Pakistani forces");
        assertThat(speaker(quote)).isEqualTo("authorities in Afghanistan");
        assertThat(quote.speaker().entity()).isNull();
    }

    @Test
    void aSpeakerAfterTheCue() {
        List<Quote> q = quotes("“Every time Pakistan shuts the gate, our fruits rot inside the trucks,” said Afghan businessman Haji Rahmatullah.");
        assertThat(speaker(starting(q, "Every time"))).isEqualTo("Haji Rahmatullah");
    }

    @Test
    void speakersLinkToTheArticlesEntities() {
        String body = "South Korean President Yoon Suk Yeol spoke on Monday.\n\n"
                + "“We must prepare countermeasures,” Yoon said in a Cabinet meeting.\n\n"
                + "“We are ready,” he added.";
        int yoon = HEADER.length() + body.indexOf("Yoon said");
        Entity entity = new Entity("e7", "PERSON", "Yoon Suk Yeol", List.of("Yoon"), "President", "South Korea", "KR",
                null, List.of(new Span(yoon, yoon + 4, "Yoon")));
        List<Quote> q = quotes(body, List.of(entity));
        Quote said = starting(q, "We must");
        assertThat(said.speaker().entity()).isEqualTo("e7");
        assertThat(said.speaker().name()).isEqualTo("Yoon Suk Yeol");
        assertThat(starting(q, "We are ready").speaker().entity()).isEqualTo("e7");
    }

    @Test
    void theMinistryIsTheOneMinistryOfTheArticle() {
        List<Quote> q = quotes("South Korea’s Unification Ministry held a briefing in Seoul on Tuesday. "
                + "The ministry said the talks had failed because of the North.");
        assertThat(speaker(starting(q, "the talks had failed"))).isEqualTo("Unification Ministry");
    }

    @Test
    void aParagraphEndingInACueIntroducesTheQuotesAfterIt() {
        List<Quote> q = quotes("The New York Times reports:\n\n"
                + "\"In an illustration of the lack of enthusiasm, just 24 percent of the contributors gave $200 or less.\n\n"
                + "\"Without this online network, Mrs. Clinton is being made to continue with fund-raisers.\"");
        assertThat(speaker(starting(q, "In an illustration"))).isEqualTo("New York Times");
        assertThat(starting(q, "In an illustration").cue()).isEqualTo("reports");
        assertThat(speaker(starting(q, "Without this online network"))).isEqualTo("New York Times");
    }

    @Test
    void aTranscriptsSpeakerLabelIsTheSpeaker() {
        List<Quote> q = quotes("Mike Pence spoke to Chris Wallace on Sunday.\n\n"
                + "\"WALLACE: Let's start with breaking news on the debate story.\n\n"
                + "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\"");
        Quote answer = starting(q, "Gennifer Flowers");
        assertThat(answer.cue()).isEqualTo(":");
        assertThat(answer.speakerSpan().text()).isEqualTo("PENCE");
        assertThat(speaker(answer)).isEqualTo("Mike Pence");
        assertThat(starting(q, "Let's start").speakerSpan().text()).isEqualTo("WALLACE");
    }

    @Test
    void aRelativeClauseSpeaksForWhatItHangsOn() {
        List<Quote> q = quotes("Sen. Bernie Sanders, who said he wanted a diverse delegation, spoke on Monday.");
        Quote quote = starting(q, "he wanted");
        assertThat(quote.text()).isEqualTo("he wanted a diverse delegation");
        assertThat(speaker(quote)).isEqualTo("Bernie Sanders");
    }

    @Test
    void aSpeechActAboutANounPhrase() {
        List<Quote> q = quotes("Jill Stein, the Green Party candidate, called for more school investment.");
        Quote quote = starting(q, "more school investment");
        assertThat(quote.cue()).isEqualTo("called for");
        assertThat(speaker(quote)).isEqualTo("Jill Stein");
    }

    @Test
    void aQuotedNameInsideASentenceIsNotSpeech() {
        List<Quote> q = quotes("In an interview on CBS's \"Face the Nation,\" House Speaker Paul D. Ryan said the protests "
                + "demand that all Americans engage in \"more listening.\"");
        assertThat(q).noneMatch(x -> x.text().startsWith("Face the Nation"));
        assertThat(speaker(starting(q, "more listening"))).isEqualTo("Paul D. Ryan");
    }

    @Test
    void textWithoutSpeechHasNoQuotes() {
        assertThat(quotes("The truce brokered by Qatar and Turkey has mostly held for the past two months.")).isEmpty();
        assertThat(quotes("")).isEmpty();
    }
}
