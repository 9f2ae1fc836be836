package org.sitrep.annotate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sitrep's dependency parser (CoreNLP's neural parser, UD model) on news sentences, read through the
 * graph's who-did-what-to-whom helpers. The sentences are analysed once by {@link CoreNlpAnalyzer} and
 * parsed from its tokens and tags.
 */
class DependencyParseTest {

    private static DependencyGraph parse(DependencyParser parser, String sentence) {
        NlpDocument doc = CoreNlpAnalyzer.instance().apply(sentence);
        assertThat(doc.sentences()).hasSize(1);
        DependencyGraph graph = parser.parse(doc.sentences().get(0));
        assertThat(graph.dependencies()).hasSize(doc.sentences().get(0).tokens().size());
        assertThat(graph.roots()).hasSize(1);
        return graph;
    }

    private static DependencyGraph parse(String sentence) {
        return parse(CoreNlpAnalyzer.instance().dependencyParser(), sentence);
    }

    private static Token word(DependencyGraph graph, String word) {
        return graph.sentence().tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "' in\n" + graph));
    }

    private static String text(Token token) {
        return token == null ? null : token.text();
    }

    private static void passiveKillingReportedByTheArmy(DependencyGraph g) {
        Token said = word(g, "said");
        Token killed = word(g, "killed");
        assertThat(g.root()).as("the root of\n%s", g).isEqualTo(said);
        assertThat(text(g.subject(said))).isEqualTo("army");
        assertThat(g.relation(word(g, "army"))).isEqualTo("nsubj");
        assertThat(g.head(killed)).isEqualTo(said);
        assertThat(g.isPassive(killed)).isTrue();
        assertThat(text(g.passiveSubject(killed))).isEqualTo("soldiers");
        assertThat(g.relation(word(g, "soldiers"))).isEqualTo("nsubj:pass");
        assertThat(g.relation(word(g, "were"))).isEqualTo("aux:pass");
        assertThat(g.subject(killed)).as("a passive predicate has no active subject").isNull();
        assertThat(g.objects(killed)).isEmpty();
        assertThat(g.agent(killed)).as("no by-phrase").isNull();
        assertThat(g.subtree(word(g, "soldiers"))).extracting(Token::text).containsExactly("Seven", "Lebanese", "soldiers");
        assertThat(g.children(killed, "obl")).extracting(Token::text).containsExactly("strike");
        assertThat(g.children(word(g, "strike"), "case")).extracting(Token::text).containsExactly("in");
    }

    @Test
    void passiveKillingReportedByTheArmy() {
        passiveKillingReportedByTheArmy(
                parse("Seven Lebanese soldiers were killed in an Israeli strike on Tuesday, the army said."));
    }

    @Test
    void activeSentenceFromTheSeeds() {
        // from the Afghanistan-Pakistan border article among the seeds
        DependencyGraph g = parse("Local residents in Spin Boldak told Arab News that Friday’s clashes forced families "
                + "to flee their homes.");
        Token told = word(g, "told");
        assertThat(g.root()).as("the root of\n%s", g).isEqualTo(told);
        assertThat(text(g.subject(told))).isEqualTo("residents");
        assertThat(g.objects(told)).extracting(Token::text).containsExactly("News");
        assertThat(g.subtree(g.subject(told))).extracting(Token::text)
                .containsExactly("Local", "residents", "in", "Spin", "Boldak");
        Token forced = word(g, "forced");
        assertThat(g.isPassive(forced)).isFalse();
        assertThat(text(g.subject(forced))).isEqualTo("clashes");
        assertThat(g.objects(forced)).extracting(Token::text).containsExactly("families");
        Token flee = word(g, "flee");
        assertThat(g.relation(flee)).isEqualTo("xcomp");
        assertThat(text(g.subject(flee))).as("the object of 'forced' controls 'to flee'").isEqualTo("families");
        assertThat(g.objects(flee)).extracting(Token::text).containsExactly("homes");
    }

    @Test
    void passiveWithAgentAndSharedSubjects() {
        DependencyGraph g = parse("The bridge was destroyed by artillery on Sunday.");
        Token destroyed = word(g, "destroyed");
        assertThat(text(g.passiveSubject(destroyed))).as("in\n%s", g).isEqualTo("bridge");
        assertThat(text(g.agent(destroyed))).isEqualTo("artillery");

        g = parse("Two guards were killed and wounded.");
        Token wounded = word(g, "wounded");
        assertThat(g.isPassive(wounded)).as("a bare participle conjoined to a passive").isTrue();
        assertThat(text(g.passiveSubject(wounded))).isEqualTo("guards");

        DependencyGraph active = parse("Jets struck a building in Tyre and killed three people.");
        Token killed = word(active, "killed");
        assertThat(active.relation(killed)).isEqualTo("conj");
        assertThat(text(active.subject(killed))).as("a conjunct shares its first conjunct's subject").isEqualTo("Jets");
        assertThat(active.objects(killed)).extracting(Token::text).containsExactly("people");
        assertThat(active.objects(word(active, "struck"))).extracting(Token::text).containsExactly("building");
    }

    @Test
    void everyParserAvailableReadsTheSameRelations() {
        String sentence = "Seven Lebanese soldiers were killed in an Israeli strike on Tuesday, the army said.";
        for (ParserModel model : List.of(ParserModel.PCFG, ParserModel.SHIFT_REDUCE)) {
            if (model.available()) {
                passiveKillingReportedByTheArmy(parse(CoreNlpAnalyzer.dependencyParser(model), sentence));
            }
        }
    }
}
