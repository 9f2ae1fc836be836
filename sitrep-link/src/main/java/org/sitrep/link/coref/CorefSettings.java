package org.sitrep.link.coref;

/**
 * The knobs of {@link CrossDocCoreference}. A pair of mentions scores
 * {@code head + sentenceWeight * sentenceOverlap + documentWeight * documentOverlap}, where head is 1 for the same
 * lemma, {@code relatedHead} for WordNet synonyms or derivations and 0 otherwise, and the overlaps are TF-IDF
 * cosines in [0, 1]; clusters merge while their average pair score reaches {@code mentionThreshold}. Documents
 * merge while their average cosine reaches {@code documentThreshold}.
 */
public record CorefSettings(double documentThreshold, double relatedHead, double sentenceWeight, double documentWeight,
        double mentionThreshold) {

    /**
     * Chosen on the tuning halves of ECB+ val and GVC dev (events and entities; see {@code sitrep eval linking}),
     * never on their checking halves.
     */
    public static CorefSettings defaults(Mention.Kind kind) {
        return kind == Mention.Kind.EVENT ? new CorefSettings(0.2, 0.9, 0.3, 0.5, 1.1)
                : new CorefSettings(0.1, 0.9, 0.3, 0.5, 1.0);
    }

    public CorefSettings withDocumentThreshold(double value) {
        return new CorefSettings(value, relatedHead, sentenceWeight, documentWeight, mentionThreshold);
    }

    public CorefSettings withMentionThreshold(double value) {
        return new CorefSettings(documentThreshold, relatedHead, sentenceWeight, documentWeight, value);
    }

    public CorefSettings withWeights(double related, double sentence, double document) {
        return new CorefSettings(documentThreshold, related, sentence, document, mentionThreshold);
    }
}
