package org.sitrep.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The one adapter between sitrep and CoreNLP: text in, {@link NlpDocument} out. No CoreNLP
 * type ({@code Annotation}, {@code CoreMap}, {@code CoreLabel}) leaves this class.
 *
 * <p>The annotators are chosen for speed: one CRF for NER (the 3-class model trained on the
 * most data) with SUTime, numeric classifiers and fine-grained NER off. sitrep reads times,
 * titles and places itself, so CoreNLP's slower extras would be paid for and thrown away.
 * The pipeline is built once per JVM, on first use, and is safe to share between threads.
 */
public final class CoreNlpAnalyzer implements Function<String, NlpDocument> {

    /** Lazily built, thread-safe shared pipeline (initialisation-on-demand holder). */
    private static final class Shared {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
    }

    private static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();

    private CoreNlpAnalyzer() {
    }

    public static CoreNlpAnalyzer instance() {
        return INSTANCE;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public NlpDocument apply(String text) {
        Annotation annotation = new Annotation(text);
        Shared.PIPELINE.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = t.beginPosition();
                int end = t.endPosition();
                String ner = t.ner() == null ? "O" : t.ner();
                tokens.add(new Token(tokenIndex++, t.word(), text.substring(start, end), start, end,
                        t.tag(), t.lemma(), ner));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, tokens));
        }
        return new NlpDocument(text, sentences);
    }
}
