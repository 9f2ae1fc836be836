package org.sitrep.spark.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.link.entities.ArticleEntity;
import org.sitrep.link.entities.EntityCandidate;
import org.sitrep.link.entities.EntityKind;
import org.sitrep.link.entities.EntityResolver;

/**
 * Links the entity mentions of one block (every mention sharing a lookup key with another, transitively) in ingest
 * order, as the store's {@code EntityLinking} does one article at a time: the candidates of a mention are the linked
 * entities sharing one of its keys, the most linked 50 (then the oldest), and {@link EntityResolver} decides. A block
 * holds every entity a mention could ever be a candidate for, so its decisions are the store's.
 */
final class EntityBlockLinker {

    /** As the store's bound: at most this many candidates for one mention. */
    static final int MAX_CANDIDATES = 50;
    /** As the store's: a key longer than this is looked up but not kept. */
    static final int MAX_KEY_LENGTH = 300;

    private final EntityResolver resolver = new EntityResolver();
    private final Map<Long, Linked> linked = new LinkedHashMap<>();
    private final Map<String, Set<Long>> byKey = new HashMap<>();
    private final List<EntityDecision> decisions = new ArrayList<>();

    private static final class Linked {
        final long id;
        final EntityMention first;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> articles = new HashSet<>();
        final List<LinkedEntityRow.Member> members = new ArrayList<>();
        int links;

        Linked(EntityMention first) {
            this.id = first.ref();
            this.first = first;
        }
    }

    /** The outcome of one block: each mention's decision and the linked entities. */
    record Result(List<EntityDecision> decisions, List<LinkedEntityRow> entities) {
    }

    /** Links a block's mentions; they are sorted into ingest order first. */
    static Result link(Iterable<EntityMention> block) {
        List<EntityMention> mentions = new ArrayList<>();
        block.forEach(mentions::add);
        mentions.sort(Comparator.comparingLong(EntityMention::ref));
        EntityBlockLinker linker = new EntityBlockLinker();
        mentions.forEach(linker::link);
        List<LinkedEntityRow> rows = new ArrayList<>();
        for (Linked l : linker.linked.values()) {
            EntityMention f = l.first;
            rows.add(new LinkedEntityRow(l.id, f.kind().name(), f.type(), f.name(), f.country(), f.geonameid(),
                    f.placeJson(), List.copyOf(l.names), l.members));
        }
        return new Result(linker.decisions, rows);
    }

    private void link(EntityMention m) {
        ArticleEntity entity = new ArticleEntity(m.entityId(), m.kind(), m.name(), m.names(), m.country(), m.geonameid());
        Optional<EntityCandidate> match = resolver.resolve(entity, candidates(m.keys()));
        long id = match.map(EntityCandidate::id).orElse(m.ref());
        Linked l = linked.computeIfAbsent(id, k -> new Linked(m));
        for (String key : m.keys()) {
            if (key.length() <= MAX_KEY_LENGTH) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
            }
        }
        l.links++;
        l.articles.add(m.articleId());
        l.names.addAll(m.names());
        l.members.add(new LinkedEntityRow.Member(m.articleId(), m.entityId(), m.weight(), m.title(), m.affiliation()));
        decisions.add(new EntityDecision(m.rank(), m.articleId(), m.entityId(), id, m.weight()));
    }

    private List<EntityCandidate> candidates(List<String> keys) {
        Set<Long> ids = new HashSet<>();
        for (String key : keys) {
            ids.addAll(byKey.getOrDefault(key, Set.of()));
        }
        return ids.stream().map(linked::get)
                .sorted(Comparator.comparingInt((Linked l) -> -l.links).thenComparingLong(l -> l.id))
                .limit(MAX_CANDIDATES)
                .map(l -> {
                    Set<String> names = new HashSet<>(l.names);
                    names.add(l.first.name());
                    return new EntityCandidate(l.id, l.first.kind(), l.first.name(), names, l.first.country(),
                            l.first.geonameid(), l.articles.size());
                })
                .toList();
    }
}
