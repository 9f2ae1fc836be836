package org.sitrep.spark.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.entities.EntityKeys;
import org.sitrep.link.entities.EntityKind;
import org.sitrep.link.entities.EntityWeights;
import org.sitrep.link.entities.NameVariants;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/** Reads one article's entities as the store's linking reads them, names and keys included. */
final class ArticleMentions {

    private ArticleMentions() {
    }

    /** The article's linkable entities (those with a name), in the article's order. */
    static List<EntityMention> of(long rank, Article article) {
        Map<String, List<Span>> variants = NameVariants.find(DocumentText.of(article), article.entities());
        Map<String, Double> weights = EntityWeights.of(article);
        List<EntityMention> out = new ArrayList<>();
        List<Entity> entities = article.entities();
        for (int i = 0; i < entities.size() && i < EntityMention.MAX_PER_ARTICLE; i++) {
            Entity e = entities.get(i);
            Set<String> names = new LinkedHashSet<>();
            names.add(e.name());
            names.addAll(e.aliases());
            variants.getOrDefault(e.id(), List.of()).forEach(s -> names.add(s.text()));
            names.removeIf(n -> n == null || n.isBlank());
            if (names.isEmpty()) {
                continue;
            }
            EntityKind kind = EntityKind.of(e.type());
            Long geonameid = e.place() == null || e.place().geonameid() == 0 ? null : e.place().geonameid();
            List<String> nameList = List.copyOf(names);
            out.add(new EntityMention(EntityMention.ref(rank, i), rank, article.id(), e.id(), kind, e.type(), e.name(),
                    nameList, e.country(), geonameid, e.place() == null ? null : ArticleJson.toJson(e.place()),
                    List.copyOf(EntityKeys.of(kind, nameList, geonameid)), weights.getOrDefault(e.id(), 1.0),
                    e.title(), e.affiliation()));
        }
        return out;
    }

}
