package org.sitrep.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.common.ParserGrammar;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 *
 * <p>It also parses, on demand, one sentence it analysed into its Universal Dependencies graph
 * ({@link #dependencyParser()}): the parser reads the tokens and tags already computed, so asking
 * for a parse costs the parse alone, and nothing when no stage asks. Each parser model is loaded
 * once per JVM, on the first sentence it parses.
 */
public final class CoreNlpAnalyzer implements Function<String, NlpDocument> {

    /**
     * The most tokens one sentence may have when it reaches the taggers and the parsers. A longer one (a
     * 10 MB line without a full stop, a table flattened to one "sentence") is cut into pieces of at most this
     * many tokens, at a comma or semicolon where one is near: tagging and parsing cost grows with a
     * sentence's length, and no sentence of news runs this long.
     */
    public static final int MAX_SENTENCE_TOKENS = 250;

    /**
     * Lazily built, thread-safe shared pipelines (initialisation-on-demand holder): one splits the text into
     * sentences, the other tags them once over-long ones are cut.
     */
    private static final class Shared {
        static final StanfordCoreNLP SPLIT = new StanfordCoreNLP(splitProperties());
        static final StanfordCoreNLP TAG = new StanfordCoreNLP(tagProperties(), false);
    }

    /** The neural dependency parser, loaded on first use: about 14 MB of model, a second or two. */
    private static final class NeuralParser {
        static final edu.stanford.nlp.parser.nndep.DependencyParser MODEL =
                edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(ParserModel.NEURAL.resource());
    }

    /** The shift-reduce constituency parser, loaded on first use (its model is in the {@code models-english} jar). */
    private static final class ShiftReduceParser {
        static final ParserGrammar MODEL = ParserGrammar.loadModel(ParserModel.SHIFT_REDUCE.resource());
    }

    /** The PCFG constituency parser, loaded on first use. */
    private static final class PcfgParser {
        static final ParserGrammar MODEL = ParserGrammar.loadModel(ParserModel.PCFG.resource());
    }

    /** UD v1 names that older models may give, and their UD v2 names. */
    private static final Map<String, String> UD_V2 = Map.of("nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass",
            "auxpass", "aux:pass", "dobj", "obj", "neg", "advmod");

    private static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();

    private CoreNlpAnalyzer() {
    }

    public static CoreNlpAnalyzer instance() {
        return INSTANCE;
    }

    static Properties properties() {
        Properties p = splitProperties();
        p.putAll(tagProperties());
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return p;
    }

    private static Properties splitProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    private static Properties tagProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner");
        // a second guard behind the cut: the taggers themselves skip anything longer
        p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
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
        Shared.SPLIT.annotate(annotation);
        annotation.set(CoreAnnotations.SentencesAnnotation.class,
                boundSentences(annotation.get(CoreAnnotations.SentencesAnnotation.class)));
        Shared.TAG.annotate(annotation);
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

    /**
     * The sentences with each one longer than {@link #MAX_SENTENCE_TOKENS} cut into pieces no longer, each
     * piece a sentence of its own with its own character offsets (the tokens keep theirs).
     */
    private static List<CoreMap> boundSentences(List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                out.add(s);
                continue;
            }
            int tokenBase = s.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                    ? s.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
            int from = 0;
            while (from < tokens.size()) {
                int to = pieceEnd(tokens, from);
                out.add(piece(tokens.subList(from, to), tokenBase + from));
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            int index = 1;
            for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                t.setSentIndex(i);
                t.setIndex(index++);
            }
        }
        return out;
    }

    /** Where a piece starting at {@code from} ends: after the last comma or semicolon in its second half, else at the bound. */
    private static int pieceEnd(List<CoreLabel> tokens, int from) {
        int limit = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
        if (limit == tokens.size()) {
            return limit;
        }
        for (int i = limit - 1; i > from + MAX_SENTENCE_TOKENS / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return i + 1;
            }
        }
        return limit;
    }

    private static CoreMap piece(List<CoreLabel> tokens, int tokenBegin) {
        CoreMap piece = new ArrayCoreMap(6);
        List<CoreLabel> own = new ArrayList<>(tokens);
        piece.set(CoreAnnotations.TokensAnnotation.class, own);
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, own.get(0).beginPosition());
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, own.get(own.size() - 1).endPosition());
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
        return piece;
    }

    /**
     * sitrep's dependency parser: CoreNLP's neural parser with its Universal Dependencies model, the
     * fastest of the three CoreNLP offers (see {@code sitrep bench --parse}). The model loads on the first parse.
     */
    public DependencyParser dependencyParser() {
        return dependencyParser(ParserModel.NEURAL);
    }

    /**
     * A parser of sentences this analyzer produced (or any whose tokens carry Penn Treebank tags), by
     * {@code model}; the model loads on its first parse and fails then if it is not on the class path.
     */
    public static DependencyParser dependencyParser(ParserModel model) {
        return switch (model) {
            case NEURAL -> CoreNlpAnalyzer::parseNeural;
            case SHIFT_REDUCE -> sentence -> parseConstituents(sentence, ShiftReduceParser.MODEL);
            case PCFG -> sentence -> parseConstituents(sentence, PcfgParser.MODEL);
        };
    }

    private static DependencyGraph parseNeural(Sentence sentence) {
        if (sentence.tokens().isEmpty()) {
            return new DependencyGraph(sentence, List.of());
        }
        CoreMap tagged = new ArrayCoreMap(1);
        tagged.set(CoreAnnotations.TokensAnnotation.class, labels(sentence));
        GrammaticalStructure structure = NeuralParser.MODEL.predict(tagged);
        return graph(sentence, structure.typedDependencies());
    }

    private static DependencyGraph parseConstituents(Sentence sentence, ParserGrammar parser) {
        if (sentence.tokens().isEmpty()) {
            return new DependencyGraph(sentence, List.of());
        }
        Tree tree = parser.parse(labels(sentence));
        // punctuation kept, as the neural parser keeps it, so that both give every token a head
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree, word -> true);
        return graph(sentence, structure.typedDependencies());
    }

    /** The sentence's tokens as the tagged CoreNLP labels the parsers read, indexed from 1. */
    private static List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        int i = 1;
        for (Token t : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.text());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setNER(t.ner());
            label.setBeginPosition(t.start());
            label.setEndPosition(t.end());
            label.setSentIndex(sentence.index());
            label.setIndex(i++);
            labels.add(label);
        }
        return labels;
    }

    private static DependencyGraph graph(Sentence sentence, Collection<TypedDependency> dependencies) {
        List<Token> tokens = sentence.tokens();
        List<Dependency> out = new ArrayList<>(tokens.size());
        for (TypedDependency d : dependencies) {
            int dependent = d.dep().index() - 1;
            if (dependent < 0 || dependent >= tokens.size()) {
                continue;
            }
            int head = d.gov().index() - 1;
            String relation = d.reln().toString();
            boolean root = head < 0 || head >= tokens.size() || relation.equals("root");
            out.add(new Dependency(root ? Dependency.ROOT : tokens.get(head).index(), tokens.get(dependent).index(),
                    root ? "root" : UD_V2.getOrDefault(relation, relation)));
        }
        return new DependencyGraph(sentence, out);
    }
}
