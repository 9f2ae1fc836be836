package org.sitrep.annotate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph's helpers on parses written by hand, so that they are checked apart from any parser's mistakes. */
class DependencyGraphTest {

    /** A sentence of "word/TAG" tokens numbered from {@code first}, with one "head:relation" per token (head 0: root). */
    private static DependencyGraph graph(int first, String tagged, String... arcs) {
        String[] words = tagged.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String[] wt = words[i].split("/");
            tokens.add(new Token(first + i, wt[0], wt[0], offset, offset + wt[0].length(), wt[1], wt[0], "O"));
            offset += wt[0].length() + 1;
        }
        Sentence sentence = new Sentence(0, 0, offset - 1, tokens);
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < arcs.length; i++) {
            String[] hr = arcs[i].split(":", 2);
            int head = Integer.parseInt(hr[0]);
            deps.add(new Dependency(head == 0 ? Dependency.ROOT : first + head - 1, first + i, hr[1]));
        }
        return new DependencyGraph(sentence, deps);
    }

    private static Token word(DependencyGraph g, String word) {
        return g.sentence().tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void relationsMatchTheirSubtypes() {
        // Militants shelled the town on Monday .
        DependencyGraph g = graph(40, "Militants/NNS shelled/VBD the/DT town/NN on/IN Monday/NNP ./.",
                "2:nsubj", "0:root", "4:det", "2:obj", "6:case", "2:obl:tmod", "2:punct");
        Token shelled = word(g, "shelled");
        assertThat(g.root()).isEqualTo(shelled);
        assertThat(g.head(shelled)).isNull();
        assertThat(g.relation(shelled)).isEqualTo("root");
        assertThat(g.children(shelled, "obl")).extracting(Token::word).containsExactly("Monday");
        assertThat(g.children(shelled, "obl:tmod")).extracting(Token::word).containsExactly("Monday");
        assertThat(g.children(shelled, "obl:agent")).isEmpty();
        assertThat(g.children(shelled)).extracting(Token::word).containsExactly("Militants", "town", "Monday", ".");
        assertThat(g.subject(shelled).word()).isEqualTo("Militants");
        assertThat(g.objects(shelled)).extracting(Token::word).containsExactly("town");
        assertThat(g.subtree(word(g, "Monday"))).extracting(Token::word).containsExactly("on", "Monday");
        assertThat(g.dependencies().get(3)).isEqualTo(new Dependency(41, 43, "obj"));
        assertThat(g.token(43).word()).isEqualTo("town");
        assertThat(g.token(47)).isNull();
        assertThat(g.toString()).contains("4\ttown\tNN\t2\tobj");
    }

    @Test
    void subjectsOfVoiceAndSharing() {
        // He was arrested and charged , then fled .
        DependencyGraph g = graph(0, "He/PRP was/VBD arrested/VBN and/CC charged/VBN ,/, then/RB fled/VBD ./.",
                "3:nsubj:pass", "3:aux:pass", "0:root", "5:cc", "3:conj", "3:punct", "8:advmod", "3:conj", "3:punct");
        assertThat(g.passiveSubject(word(g, "arrested")).word()).isEqualTo("He");
        assertThat(g.subject(word(g, "arrested"))).isNull();
        assertThat(g.isPassive(word(g, "charged"))).isTrue();
        assertThat(g.passiveSubject(word(g, "charged")).word()).isEqualTo("He");
        assertThat(g.isPassive(word(g, "fled"))).isFalse();
        assertThat(g.subject(word(g, "fled")).word()).isEqualTo("He");
        assertThat(g.passiveSubject(word(g, "fled"))).isNull();
    }

    @Test
    void agentOfABareOblByPhrase() {
        // Two guards were wounded by snipers .
        DependencyGraph g = graph(0, "Two/CD guards/NNS were/VBD wounded/VBN by/IN snipers/NNS ./.",
                "2:nummod", "4:nsubj:pass", "4:aux:pass", "0:root", "6:case", "4:obl", "4:punct");
        assertThat(g.agent(word(g, "wounded")).word()).isEqualTo("snipers");
        // an active predicate's by-phrase is no agent: Troops advanced by night .
        DependencyGraph active = graph(0, "Troops/NNS advanced/VBD by/IN night/NN ./.",
                "2:nsubj", "0:root", "4:case", "2:obl", "2:punct");
        assertThat(active.agent(word(active, "advanced"))).isNull();
    }

    @Test
    void tokensWithoutAnArcAreRootsAndForeignTokensAreRefused() {
        DependencyGraph g = graph(0, "Ceasefire/NN holds/VBZ", "2:nsubj");
        assertThat(g.relation(word(g, "holds"))).isEqualTo("dep");
        assertThat(g.roots()).extracting(Token::word).containsExactly("holds");
        Token foreign = new Token(9, "x", "x", 0, 1, "NN", "x", "O");
        assertThatThrownBy(() -> g.head(foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> graph(0, "A/DT b/NN", "5:det", "0:root")).isInstanceOf(IllegalArgumentException.class);
    }
}
