package org.sitrep.eval.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.link.coref.CorefDocument;
import org.sitrep.link.coref.Mention;

/**
 * A coreference data set read for scoring: its documents, each with the topic (ECB+) or incident (GVC) it belongs
 * to, and its gold mentions with their gold chains.
 */
public record CorefCorpus(String name, List<CorefDocument> documents, Map<String, String> topicOfDocument,
        List<GoldMention> mentions) {

    /** A mention and the gold chain it is in. */
    public record GoldMention(Mention mention, String chain) {
    }

    public CorefCorpus {
        documents = List.copyOf(documents);
        topicOfDocument = Map.copyOf(topicOfDocument);
        mentions = List.copyOf(mentions);
    }

    /** The mentions of one kind only, with the documents that hold them. */
    public CorefCorpus ofKind(Mention.Kind kind) {
        return filter(m -> m.mention().kind() == kind, d -> true);
    }

    /** The documents (and their mentions) whose topic passes. */
    public CorefCorpus ofTopics(Predicate<String> topic) {
        return filter(m -> topic.test(topicOfDocument.get(m.mention().document())),
                d -> topic.test(topicOfDocument.get(d.id())));
    }

    /** The first {@code limit} documents (0: all), with their mentions. */
    public CorefCorpus limit(int limit) {
        if (limit <= 0 || limit >= documents.size()) {
            return this;
        }
        Set<String> kept = new java.util.HashSet<>();
        documents.subList(0, limit).forEach(d -> kept.add(d.id()));
        return filter(m -> kept.contains(m.mention().document()), d -> kept.contains(d.id()));
    }

    private CorefCorpus filter(Predicate<GoldMention> mention, Predicate<CorefDocument> document) {
        List<GoldMention> kept = mentions.stream().filter(mention).toList();
        Set<String> withMentions = new java.util.HashSet<>();
        kept.forEach(m -> withMentions.add(m.mention().document()));
        List<CorefDocument> docs = documents.stream().filter(document)
                .filter(d -> withMentions.contains(d.id())).toList();
        Map<String, String> topics = new LinkedHashMap<>();
        docs.forEach(d -> topics.put(d.id(), topicOfDocument.get(d.id())));
        return new CorefCorpus(name, docs, topics, kept);
    }

    public List<Mention> plainMentions() {
        return mentions.stream().map(GoldMention::mention).toList();
    }

    /** The gold chains as sets of mention ids. */
    public List<Set<String>> goldChains() {
        Map<String, Set<String>> chains = new LinkedHashMap<>();
        for (GoldMention m : mentions) {
            chains.computeIfAbsent(m.chain(), k -> new java.util.LinkedHashSet<>()).add(m.mention().id());
        }
        return new ArrayList<>(chains.values());
    }

    public long topics() {
        return documents.stream().map(d -> topicOfDocument.get(d.id())).distinct().count();
    }
}
