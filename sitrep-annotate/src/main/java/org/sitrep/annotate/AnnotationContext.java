package org.sitrep.annotate;

import java.util.function.Function;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.model.BodyText;
import org.sitrep.model.Place;

/**
 * What the components of one article share: the clean body with its map back to the input,
 * the whole input text, and the linguistic analysis of the body, computed once on first use.
 * One context per article; not shared between threads.
 */
public final class AnnotationContext {

    private final BodyText body;
    private final String inputText;
    private final Function<String, NlpDocument> analyzer;
    private final Place sourceHome;
    private NlpDocument nlp;

    public AnnotationContext(BodyText body, String inputText, Function<String, NlpDocument> analyzer) {
        this(body, inputText, analyzer, null);
    }

    /**
     * @param sourceHome where the article's source publishes (learned from its other articles, or given), null
     *                   when unknown: a local paper's "Alexandria" is its own town's namesake
     */
    public AnnotationContext(BodyText body, String inputText, Function<String, NlpDocument> analyzer, Place sourceHome) {
        this.body = body;
        this.inputText = inputText;
        this.analyzer = analyzer;
        this.sourceHome = sourceHome;
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
}
