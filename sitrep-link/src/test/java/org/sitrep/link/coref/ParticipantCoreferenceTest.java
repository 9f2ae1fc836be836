package org.sitrep.link.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decisions of participant (entity) coreference on short news reports: a mention's head skips function words,
 * a name's initials and its possessive; a pronoun stands for the agreeing mention before it in its own document
 * ("he" for a person, "it" for one thing, "who" for what ends just before it), and so corefers across documents
 * through that mention.
 */
class ParticipantCoreferenceTest {

    private static MentionHeads heads;

    @BeforeAll
    static void loadWordNet() {
        heads = new MentionHeads(HeadWords.load());
    }

    private static CorefDocument document(String id, String... sentences) {
        return new CorefDocument(id, Arrays.stream(sentences).map(s -> new ArrayList<>(Arrays.asList(s.split(" "))))
                .map(l -> (List<String>) l).toList());
    }

    /** An entity mention of the words starting at the first place of {@code first} in the sentence. */
    private static Mention entity(String id, CorefDocument document, int sentence, String words) {
        List<String> tokens = document.sentences().get(sentence);
        String[] parts = words.split(" ");
        int at = IntStream.range(0, tokens.size()).filter(i -> tokens.get(i).equals(parts[0])).findFirst().orElseThrow();
        assertThat(tokens.subList(at, at + parts.length)).as(words).containsExactly(parts);
        return new Mention(id, document.id(), sentence, IntStream.range(at, at + parts.length).boxed().toList(), -1,
                Mention.Kind.ENTITY);
    }

    @Test
    void aHeadSkipsFunctionWordsInitialsAndThePossessive() {
        CorefDocument d = document("d", "Pirates struck in the Gulf of Aden on Friday .",
                "A car driven by Raj K. Chohan hit the climber , and Buckley's companions called for help .");

        assertThat(heads.lemma(entity("gulf", d, 0, "in the Gulf of Aden"), d)).isEqualTo("gulf");
        assertThat(heads.lemma(entity("chohan", d, 1, "Raj K. Chohan"), d)).isEqualTo("chohan");
        assertThat(heads.lemma(entity("buckley", d, 1, "Buckley's"), d)).isEqualTo("buckley");
        assertThat(heads.lemma(entity("climber", d, 1, "the climber"), d)).isEqualTo("climber");
    }

    @Test
    void aPronounStandsForTheAgreeingMentionBeforeIt() {
        CorefDocument d = document("d",
                "Police arrested Vincent Jackson in San Diego on Friday .",
                "He was charged with drunk driving , police said .",
                "The Indian navy captured 23 pirates in the Gulf of Aden .",
                "It said the pirates had tried to board a merchant vessel .",
                "The driver , who was not hurt , told officers the car had skidded .");
        Mention police = entity("police", d, 0, "Police");
        Mention jackson = entity("jackson", d, 0, "Vincent Jackson");
        Mention sanDiego = entity("san-diego", d, 0, "San Diego");
        Mention he = entity("he", d, 1, "He");
        Mention navy = entity("navy", d, 2, "The Indian navy");
        Mention pirates = entity("pirates", d, 2, "23 pirates");
        Mention it = entity("it", d, 3, "It");
        Mention driver = entity("driver", d, 4, "The driver");
        Mention who = entity("who", d, 4, "who");

        Map<Mention, Mention> antecedents = new PronounAntecedents(heads)
                .find(List.of(police, jackson, sanDiego, he, navy, pirates, it, driver, who), Map.of("d", d));

        assertThat(antecedents).containsEntry(he, jackson).containsEntry(it, navy).containsEntry(who, driver)
                .hasSize(3);
    }

    @Test
    void aPronounWithNothingBeforeItThatAgreesHasNoAntecedent() {
        CorefDocument d = document("d", "Heavy rain flooded villages in Kerala .", "She said boats reached Kochi .");
        Mention villages = entity("villages", d, 0, "villages");
        Mention she = entity("she", d, 1, "She");

        assertThat(new PronounAntecedents(heads).find(List.of(villages, she), Map.of("d", d))).isEmpty();
    }

    @Test
    void aPronounCorefersAcrossDocumentsThroughItsAntecedent() {
        CorefDocument a = document("a", "Chargers receiver Vincent Jackson was arrested in San Diego on suspicion of drunk driving .",
                "He was released on bail , the San Diego police said .");
        CorefDocument b = document("b", "San Diego police arrested Jackson , the Chargers receiver , on Tuesday .",
                "Officers stopped Jackson after a traffic violation in San Diego .");
        CorefDocument c = document("c", "Heavy rain flooded villages in Kerala .", "Rescue boats reached Kochi on Monday .");
        Mention jacksonA = entity("jackson-a", a, 0, "Vincent Jackson");
        Mention heA = entity("he-a", a, 1, "He");
        Mention jacksonB = entity("jackson-b", b, 0, "Jackson");
        Mention jacksonB2 = entity("jackson-b2", b, 1, "Jackson");
        Mention villages = entity("villages", c, 0, "villages");

        CrossDocCoreference.Result result = new CrossDocCoreference(heads, CorefSettings.defaults(Mention.Kind.ENTITY))
                .resolve(List.of(a, b, c), List.of(jacksonA, heA, jacksonB, jacksonB2, villages));

        List<String> chain = result.chains().stream().filter(ch -> ch.contains(heA)).findFirst().orElseThrow().stream()
                .map(Mention::id).toList();
        assertThat(chain).containsExactlyInAnyOrder("jackson-a", "he-a", "jackson-b", "jackson-b2");
    }
}
