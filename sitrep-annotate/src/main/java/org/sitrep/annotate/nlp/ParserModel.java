package org.sitrep.annotate.nlp;

/**
 * The dependency parsers CoreNLP 4.5.10 offers, as {@link CoreNlpAnalyzer#dependencyParser(ParserModel)}
 * builds them. Each reads the tokens and tags the analyzer already computed; the constituency
 * parsers' trees are converted to Universal Dependencies by CoreNLP's converter.
 */
public enum ParserModel {
    /** The transition-based neural dependency parser (Chen and Manning), UD model: sitrep's default. */
    NEURAL("neural", "edu/stanford/nlp/models/parser/nndep/english_UD.gz"),
    /** The shift-reduce constituency parser; its model is in CoreNLP's separate {@code models-english} jar. */
    SHIFT_REDUCE("sr", "edu/stanford/nlp/models/srparser/englishSR.ser.gz"),
    /** The lexicalised PCFG constituency parser (CoreNLP's default {@code parse} annotator). */
    PCFG("pcfg", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");

    private final String key;
    private final String resource;

    ParserModel(String key, String resource) {
        this.key = key;
        this.resource = resource;
    }

    /** The short name {@code sitrep bench --parse} takes. */
    public String key() {
        return key;
    }

    /** The model's path on the class path. */
    public String resource() {
        return resource;
    }

    /** Whether the model is on the class path (the shift-reduce model needs an extra jar). */
    public boolean available() {
        return ParserModel.class.getClassLoader().getResource(resource) != null;
    }

    /** The model of short name or enum name {@code name}. */
    public static ParserModel of(String name) {
        for (ParserModel m : values()) {
            if (m.key.equalsIgnoreCase(name.trim()) || m.name().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown parser '" + name + "' (expected neural, sr or pcfg)");
    }
}
