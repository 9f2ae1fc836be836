package org.sitrep.link.coref;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TF-IDF vectors over a collection's words, the common currency of document and context overlap. The document
 * frequencies come from the collection being linked, so words every document uses (articles, auxiliaries) weigh
 * nearly nothing without a stop list. Names (capitalised words not opening a sentence) and numbers weigh double:
 * who, where and how many are what tells one incident from a similar one.
 */
final class TermVectors {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TermVectors(Collection<CorefDocument> collection) {
        for (CorefDocument document : collection) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (List<String> sentence : document.sentences()) {
                for (String token : sentence) {
                    String term = term(token);
                    if (term != null && seen.add(term)) {
                        documentFrequency.merge(term, 1, Integer::sum);
                    }
                }
            }
        }
        this.documents = collection.size();
    }

    /** The vector of a document: all its sentences. */
    Map<String, Double> document(CorefDocument document) {
        Map<String, Double> counts = new HashMap<>();
        for (List<String> sentence : document.sentences()) {
            add(counts, sentence, -1, List.of());
        }
        return weigh(counts);
    }

    /** The vector of a mention's sentence, leaving out the mention's own tokens (its head is compared apart). */
    Map<String, Double> context(CorefDocument document, Mention mention) {
        Map<String, Double> counts = new HashMap<>();
        if (mention.sentence() < document.sentences().size()) {
            add(counts, document.sentences().get(mention.sentence()), mention.sentence(), mention.tokens());
        }
        return weigh(counts);
    }

    private static void add(Map<String, Double> counts, List<String> sentence, int index, List<Integer> skip) {
        for (int i = 0; i < sentence.size(); i++) {
            if (skip.contains(i)) {
                continue;
            }
            String token = sentence.get(i);
            String term = term(token);
            if (term == null) {
                continue;
            }
            boolean name = i > 0 && Character.isUpperCase(token.charAt(0));
            boolean number = Character.isDigit(token.charAt(0));
            counts.merge(term, name || number ? 2.0 : 1.0, Double::sum);
        }
    }

    private Map<String, Double> weigh(Map<String, Double> counts) {
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            int df = documentFrequency.getOrDefault(e.getKey(), 0);
            double idf = Math.log((documents + 1.0) / (df + 1.0));
            double weight = (1 + Math.log(e.getValue())) * idf;
            if (weight > 0) {
                vector.put(e.getKey(), weight);
                norm += weight * weight;
            }
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            vector.replaceAll((k, v) -> v / length);
        }
        return vector;
    }

    /** Cosine of two unit vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The term a token counts as: lower-cased, without a possessive; null for punctuation and one-letter words. */
    static String term(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.endsWith("'s") || t.endsWith("’s")) {
            t = t.substring(0, t.length() - 2);
        }
        boolean alnum = false;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                alnum = true;
                break;
            }
        }
        if (!alnum || (t.length() < 2 && !Character.isDigit(t.charAt(0)))) {
            return null;
        }
        return t;
    }
}
