/**
 * Cross-document coreference: which event mentions (and which entity mentions) across a collection of articles
 * refer to the same happening (or the same participant). Gold or predicted mentions go in, chains come out.
 *
 * <p>The method follows what strong systems do, without a trained model: documents are first clustered by what they
 * talk about ({@link DocumentClustering}, TF-IDF over their words, names and numbers), then within each document
 * cluster mentions are merged by average-link agglomerative clustering ({@link AverageLinkClustering}) on a score
 * that adds head agreement (same lemma, or WordNet synonym or derivation: "shooting"/"shot", "arrest"/"apprehend"),
 * the overlap of the mentions' sentences and the overlap of their documents. The thresholds are settings
 * ({@link CorefSettings}), tuned on the tuning half of the dev sets only.
 */
package org.sitrep.link.coref;
