package org.sitrep.link.coref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The field's standard heuristic: mentions whose head lemmas are the same corefer, within a scope (the whole
 * collection, or each document cluster). It shares {@link MentionHeads} with {@link CrossDocCoreference}, so the
 * two differ only in how they decide.
 */
public final class LemmaBaseline {

    private final MentionHeads heads;

    public LemmaBaseline(MentionHeads heads) {
        this.heads = heads;
    }

    /**
     * Chains of mentions with the same head lemma and the same scope.
     *
     * @param scope a mention's scope key (one constant for the whole collection)
     */
    public List<List<Mention>> cluster(List<CorefDocument> documents, List<Mention> mentions,
            Function<Mention, String> scope) {
        Map<String, CorefDocument> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        Map<String, List<Mention>> chains = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String key = scope.apply(mention) + "\u0000" + heads.lemma(mention, byId.get(mention.document()));
            chains.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
        }
        return List.copyOf(chains.values());
    }
}
