package org.sitrep.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * Plain CoreNLP as users run it out of the box: its default English annotators
 * ({@code tokenize,ssplit,pos,lemma,ner,parse,coref,quote}) with their default models and
 * options (SUTime, numeric and fine-grained NER on). Only {@code sitrep bench} uses it, as the
 * baseline sitrep's own choice of annotators is measured against; it is built on first use.
 */
public final class CoreNlpDefaultPipeline implements ToIntFunction<String> {

    public static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "parse", "coref", "quote");

    private StanfordCoreNLP pipeline;

    /** Loads the models now, so that loading is not timed with the first text. */
    public synchronized void load() {
        if (pipeline == null) {
            Properties p = new Properties();
            p.setProperty("annotators", String.join(",", ANNOTATORS));
            pipeline = new StanfordCoreNLP(p);
        }
    }

    /** Annotates {@code text} with the full default pipeline; returns its number of tokens. */
    @Override
    public int applyAsInt(String text) {
        load();
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
