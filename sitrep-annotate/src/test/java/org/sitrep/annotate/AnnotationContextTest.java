package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.DependencyParser;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.BodyText;

/** The context's token index and its dependency parse on demand: parsed only when asked, once per sentence. */
class AnnotationContextTest {

    private static final String HEADER = "Follow\n\n";
    private static final String BODY = "Border guards exchanged fire with militia fighters on Friday. Two guards were "
            + "wounded, officials said.";

    @Test
    void parsesOnlyWhatIsAskedForAndOnlyOnce() {
        List<Integer> asked = new ArrayList<>();
        DependencyParser real = CoreNlpAnalyzer.instance().dependencyParser();
        DependencyParser counting = sentence -> {
            asked.add(sentence.index());
            return real.parse(sentence);
        };
        AtomicInteger analysed = new AtomicInteger();
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(BODY, HEADER.length()), HEADER + BODY,
                text -> {
                    analysed.incrementAndGet();
                    return CoreNlpAnalyzer.instance().apply(text);
                }, null, counting);

        // tokens and their index cost no parse
        assertThat(context.nlp().sentences()).hasSize(2);
        Token wounded = context.tokens().tokenAtInput(HEADER.length() + BODY.indexOf("wounded"));
        assertThat(wounded.text()).isEqualTo("wounded");
        assertSame(context.tokens(), context.tokens());
        assertThat(context.sentencesParsed()).isZero();
        assertThat(asked).isEmpty();

        // the second sentence, asked for twice (by sentence and by token), is parsed once
        Sentence second = context.tokens().sentenceOf(wounded);
        DependencyGraph graph = context.dependencies(second);
        assertThat(graph.passiveSubject(wounded).text()).isEqualTo("guards");
        assertSame(graph, context.dependencies(wounded));
        assertThat(asked).containsExactly(1);

        // the whole article parses the rest
        assertThat(context.dependencies()).hasSize(2).element(1).isSameAs(graph);
        assertThat(asked).containsExactly(1, 0);
        assertThat(context.sentencesParsed()).isEqualTo(2);
        assertThat(analysed).hasValue(1);
    }

    @Test
    void theDefaultContextParsesWithSitrepsParser() {
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(BODY, 0), BODY, CoreNlpAnalyzer.instance());
        Sentence first = context.nlp().sentences().get(0);
        DependencyGraph graph = context.dependencies(first);
        Token exchanged = graph.root();
        assertThat(exchanged.text()).isEqualTo("exchanged");
        assertThat(graph.subject(exchanged).text()).isEqualTo("guards");
        assertThat(graph.objects(exchanged)).extracting(Token::text).containsExactly("fire");
    }
}
