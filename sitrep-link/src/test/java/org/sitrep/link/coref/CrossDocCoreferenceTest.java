package org.sitrep.link.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-document coreference on a few short news reports of two similar shootings in different towns and an
 * unrelated flood: the tellings of one shooting are one chain across documents, whatever the word ("shooting",
 * "shot", "opened fire" aside), and the other town's shooting stays apart although its words are the same.
 */
class CrossDocCoreferenceTest {

    private static HeadWords words;

    @BeforeAll
    static void loadWordNet() {
        words = HeadWords.load();
    }

    private static List<String> tokens(String sentence) {
        return new ArrayList<>(Arrays.asList(sentence.split(" ")));
    }

    private static CorefDocument document(String id, String... sentences) {
        return new CorefDocument(id, Arrays.stream(sentences).map(CrossDocCoreferenceTest::tokens).toList());
    }

    /** An event mention of the word at its first place in the sentence. */
    private static Mention event(String id, CorefDocument document, int sentence, String word) {
        int position = document.sentences().get(sentence).indexOf(word);
        assertThat(position).as(word).isNotNegative();
        return new Mention(id, document.id(), sentence, List.of(position), -1, Mention.Kind.EVENT);
    }

    @Test
    void wordNetGivesLemmasSynonymsAndDerivations() {
        assertThat(words.lemma("shot", Mention.Kind.EVENT)).isEqualTo("shoot");
        assertThat(words.lemma("shooting", Mention.Kind.EVENT)).isEqualTo("shoot");
        assertThat(words.lemma("pirates", Mention.Kind.ENTITY)).isEqualTo("pirate");
        assertThat(words.related("arrest", "apprehend")).isTrue();
        assertThat(words.related("kill", "killing")).isTrue();
        assertThat(words.related("shoot", "arrest")).isFalse();
        assertThat(words.related("flood", "shoot")).isFalse();
    }

    @Test
    void anEntitysHeadIsTheLastWordOfItsFirstNounRun() {
        CorefDocument d = document("d", "The Indian navy captured 23 pirates in the Gulf of Aden .");
        MentionHeads heads = new MentionHeads(words);
        assertThat(heads.lemma(new Mention("m1", "d", 0, List.of(0, 1, 2), -1, Mention.Kind.ENTITY), d)).isEqualTo("navy");
        assertThat(heads.lemma(new Mention("m2", "d", 0, List.of(8, 9, 10), -1, Mention.Kind.ENTITY), d)).isEqualTo("gulf");
        assertThat(heads.lemma(new Mention("m3", "d", 0, List.of(4, 5), -1, Mention.Kind.ENTITY), d)).isEqualTo("pirate");
    }

    @Test
    void tellsOfOneShootingAreOneChainAndASimilarShootingElsewhereIsAnother() {
        CorefDocument a = document("a",
                "Shooting at Kokomo bar sends four people to the hospital",
                "Police in Kokomo said a gunman shot four men outside the Sunset Lounge on Main Street early Sunday .",
                "Officers arrested Darnell Hughes , 27 , near the Sunset Lounge .");
        CorefDocument b = document("b",
                "Four wounded in Kokomo bar shooting",
                "Four men were shot outside the Sunset Lounge in Kokomo on Sunday , Kokomo police said .",
                "Darnell Hughes was apprehended an hour later and faces four counts of attempted murder .");
        CorefDocument c = document("c",
                "Teenager shot in Moretown parking lot",
                "A 16-year-old girl was shot in a Moretown parking lot on Friday night , Vermont State Police said .",
                "Troopers are searching for a silver pickup seen leaving the Moretown lot .");
        CorefDocument d = document("d",
                "Heavy rain floods Kerala villages",
                "Monsoon rain flooded dozens of villages in Kerala on Monday , and rescue boats reached Kochi .");
        List<Mention> mentions = List.of(
                event("a-shooting", a, 0, "Shooting"), event("a-shot", a, 1, "shot"), event("a-arrested", a, 2, "arrested"),
                event("b-shooting", b, 0, "shooting"), event("b-shot", b, 1, "shot"), event("b-apprehended", b, 2, "apprehended"),
                event("c-shot", c, 0, "shot"), event("c-shot2", c, 1, "shot"),
                event("d-floods", d, 0, "floods"), event("d-flooded", d, 1, "flooded"));

        CrossDocCoreference.Result result = new CrossDocCoreference(new MentionHeads(words),
                CorefSettings.defaults(Mention.Kind.EVENT)).resolve(List.of(a, b, c, d), mentions);

        assertThat(chainOf(result, "a-shooting")).containsExactlyInAnyOrder("a-shooting", "a-shot", "b-shooting", "b-shot");
        assertThat(chainOf(result, "a-arrested")).containsExactlyInAnyOrder("a-arrested", "b-apprehended");
        assertThat(chainOf(result, "c-shot")).containsExactlyInAnyOrder("c-shot", "c-shot2");
        assertThat(chainOf(result, "d-floods")).containsExactlyInAnyOrder("d-floods", "d-flooded");
        assertThat(result.documentClusters().get("a")).isEqualTo(result.documentClusters().get("b"))
                .isNotEqualTo(result.documentClusters().get("c"));
    }

    @Test
    void theLemmaBaselineMergesEveryShootingAlike() {
        CorefDocument a = document("a", "A gunman shot four men in Kokomo .");
        CorefDocument c = document("c", "A girl was shot in Moretown .");
        List<Mention> mentions = List.of(event("a", a, 0, "shot"), event("c", c, 0, "shot"));
        List<List<Mention>> chains = new LemmaBaseline(new MentionHeads(words)).cluster(List.of(a, c), mentions, m -> "");
        assertThat(chains).hasSize(1);
    }

    @Test
    void aHugeDocumentClusterIsCutByHeadSoItsCostStaysBounded() {
        // one long document repeating two reports: more mentions than one block may hold
        List<List<String>> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            sentences.add(tokens("Police said a gunman shot two men in Kokomo ."));
            sentences.add(tokens("Heavy rain flooded villages in Kerala ."));
            mentions.add(new Mention("shot" + i, "long", 2 * i, List.of(4), -1, Mention.Kind.EVENT));
            mentions.add(new Mention("flooded" + i, "long", 2 * i + 1, List.of(2), -1, Mention.Kind.EVENT));
        }
        CrossDocCoreference.Result result = new CrossDocCoreference(new MentionHeads(words),
                CorefSettings.defaults(Mention.Kind.EVENT)).resolve(List.of(new CorefDocument("long", sentences)), mentions);

        assertThat(result.chains()).hasSize(2);
        assertThat(chainOf(result, "shot0")).hasSize(700).allMatch(id -> id.startsWith("shot"));
    }

    private static List<String> chainOf(CrossDocCoreference.Result result, String id) {
        return result.chains().stream().filter(chain -> chain.stream().anyMatch(m -> m.id().equals(id))).findFirst()
                .orElseThrow().stream().map(Mention::id).toList();
    }
}
