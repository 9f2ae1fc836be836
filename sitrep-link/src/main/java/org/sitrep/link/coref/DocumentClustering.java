package org.sitrep.link.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups documents that tell of the same happenings before any mention is compared, as strong cross-document
 * systems do: mentions in unrelated documents are never merged, whatever their words. Average-link clustering on
 * the cosine of the documents' TF-IDF vectors.
 */
final class DocumentClustering {

    private DocumentClustering() {
    }

    /** Each document's cluster label, by document id. */
    static Map<String, Integer> cluster(List<CorefDocument> documents, TermVectors vectors, double threshold) {
        List<Map<String, Double>> vector = new ArrayList<>();
        for (CorefDocument document : documents) {
            vector.add(vectors.document(document));
        }
        int n = documents.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cosine = TermVectors.cosine(vector.get(i), vector.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        int[] labels = AverageLinkClustering.cluster(similarity, threshold);
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byId.put(documents.get(i).id(), labels[i]);
        }
        return byId;
    }
}
