package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.DependencyParser;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.annotate.nlp.TokenIndex;
import org.sitrep.model.BodyText;
import org.sitrep.model.Place;

/**
 * What the components of one article share: the clean body with its map back to the input,
 * the whole input text, and the linguistic analysis of the body, computed once on first use:
 * tokens and sentences ({@link #nlp()}), their index by offset ({@link #tokens()}), and the
 * dependency parse of a sentence ({@link #dependencies(Sentence)}), parsed only when a stage asks
 * for it, so that stages that never ask never pay for it.
 * One context per article; not shared between threads.
 */
public final class AnnotationContext {

    private final BodyText body;
    private final String inputText;
    private final Function<String, NlpDocument> analyzer;
    private final Place sourceHome;
    private final DependencyParser parser;
    private NlpDocument nlp;
    private TokenIndex tokens;
    private DependencyGraph[] parses;
    private int parsed;
    private final java.util.Map<Class<?>, Object> readings = new java.util.HashMap<>();

    public AnnotationContext(BodyText body, String inputText, Function<String, NlpDocument> analyzer) {
        this(body, inputText, analyzer, null);
    }

    /**
     * @param sourceHome where the article's source publishes (learned from its other articles, or given), null
     *                   when unknown: a local paper's "Alexandria" is its own town's namesake
     */
    public AnnotationContext(BodyText body, String inputText, Function<String, NlpDocument> analyzer, Place sourceHome) {
        this(body, inputText, analyzer, sourceHome, CoreNlpAnalyzer.instance().dependencyParser());
    }

    /**
     * @param parser parses a sentence of {@link #nlp()} when a stage asks for its dependencies; the default is
     *               {@link CoreNlpAnalyzer#dependencyParser()}, whose model loads on its first parse
     */
    public AnnotationContext(BodyText body, String inputText, Function<String, NlpDocument> analyzer, Place sourceHome,
                             DependencyParser parser) {
        this.body = body;
        this.inputText = inputText;
        this.analyzer = analyzer;
        this.sourceHome = sourceHome;
        this.parser = parser;
    }

    /**
     * A reading of the article that more than one stage needs, computed by the first that asks and handed to the
     * others, one per type per article (the place reading: geo places the entities with it, the entity repair then
     * rewrites them by it). Only for readings that depend on nothing a stage between the two changes.
     */
    public <T> T reading(Class<T> type, java.util.function.Supplier<T> compute) {
        Object known = readings.get(type);
        if (known == null) {
            known = compute.get();
            readings.put(type, known);
        }
        return type.cast(known);
    }

    /** Where the article's source publishes, or null when unknown. */
    public Place sourceHome() {
        return sourceHome;
    }

    public BodyText body() {
        return body;
    }

    /** The decoded input document that every output offset points into. */
    public String inputText() {
        return inputText;
    }

    /** Tokens, sentences and named-entity tags of the body, in body offsets. */
    public NlpDocument nlp() {
        if (nlp == null) {
            nlp = analyzer.apply(body.text());
        }
        return nlp;
    }

    /** The body's tokens and sentences indexed by body and input offset, built on first use. */
    public TokenIndex tokens() {
        if (tokens == null) {
            tokens = TokenIndex.of(nlp(), body);
        }
        return tokens;
    }

    /** The dependency parse of {@code sentence} (one of {@link #nlp()}'s), parsed on the first request and kept. */
    public DependencyGraph dependencies(Sentence sentence) {
        List<Sentence> sentences = nlp().sentences();
        int i = sentence.index();
        if (i < 0 || i >= sentences.size() || sentences.get(i) != sentence) {
            i = sentences.indexOf(sentence);
            if (i < 0) {
                throw new IllegalArgumentException("sentence " + sentence.index() + " is not one of this article's");
            }
        }
        if (parses == null) {
            parses = new DependencyGraph[sentences.size()];
        }
        if (parses[i] == null) {
            parses[i] = parser.parse(sentences.get(i));
            parsed++;
        }
        return parses[i];
    }

    /** The dependency parse of the sentence that holds {@code token}. */
    public DependencyGraph dependencies(Token token) {
        return dependencies(tokens().sentenceOf(token));
    }

    /** The dependency parse of every sentence of the body, in order (each parsed once, on first request). */
    public List<DependencyGraph> dependencies() {
        List<DependencyGraph> out = new ArrayList<>();
        for (Sentence s : nlp().sentences()) {
            out.add(dependencies(s));
        }
        return out;
    }

    /** How many sentences this context has parsed so far: zero when no stage asked for a parse. */
    public int sentencesParsed() {
        return parsed;
    }
}
