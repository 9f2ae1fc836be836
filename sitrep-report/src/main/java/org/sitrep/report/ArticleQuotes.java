package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.LinkStore;
import org.sitrep.store.LinkedEntity;

/**
 * One article's quotes with their speakers named as the store links them: a speaker that is a linked entity goes by
 * the entity's name, so "Choe" in one article and "Choe Son Hui" in another are one speaker.
 */
final class ArticleQuotes {

    private final String articleId;
    private final Article article;
    /** lower-case name or alias -> the linked entity's name, for the entities linked from this article */
    private final Map<String, String> linkedNames = new HashMap<>();

    ArticleQuotes(String articleId, Article article, LinkStore links) {
        this.articleId = articleId;
        this.article = article;
        if (!article.quotes().isEmpty()) {
            for (LinkedEntity e : links.entities(new EntityQuery(null, null, null, null, articleId, 0, 0))) {
                linkedNames.putIfAbsent(lower(e.name()), e.name());
                e.aliases().forEach(a -> linkedNames.putIfAbsent(lower(a), e.name()));
            }
        }
    }

    /** A quote's speaker: the linked entity's name, else the name the article gives, else none (null). */
    private record Speaker(String name, boolean linked) {
    }

    private Speaker speaker(Quote q) {
        if (q.speaker() == null || q.speaker().name() == null) {
            return new Speaker(null, false);
        }
        List<String> names = new ArrayList<>(List.of(q.speaker().name()));
        article.entities().stream().filter(e -> e.id().equals(q.speaker().entity())).findFirst().ifPresent(e -> {
            names.add(e.name());
            names.addAll(e.aliases());
        });
        for (String n : names) {
            String linked = linkedNames.get(lower(n));
            if (linked != null) {
                return new Speaker(linked, true);
            }
        }
        return new Speaker(q.speaker().name(), false);
    }

    /**
     * The quotes of the articles grouped by speaker: the subject's own first where it is an actor (its names, lower
     * case, in {@code subjectNames}), then the most quoted, the unattributed last.
     */
    static List<QuoteGroup> bySpeaker(List<ArticleQuotes> articles, List<String> subjectNames) {
        Map<String, List<Citation>> groups = new LinkedHashMap<>();
        Map<String, Boolean> linked = new HashMap<>();
        for (ArticleQuotes a : articles) {
            for (Quote q : a.article.quotes()) {
                Citation c = Citation.of(a.articleId, q.span());
                if (c == null) {
                    continue;
                }
                Speaker speaker = a.speaker(q);
                String key = speaker.name() == null ? "" : speaker.name();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                linked.merge(key, speaker.linked(), Boolean::logicalOr);
            }
        }
        List<QuoteGroup> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new QuoteGroup(k.isEmpty() ? null : k, linked.get(k), v)));
        out.sort(Comparator.comparing((QuoteGroup g) -> g.speaker() == null)
                .thenComparing(g -> g.speaker() == null || !subjectNames.contains(lower(g.speaker())))
                .thenComparing(g -> -g.quotes().size())
                .thenComparing(g -> g.speaker() == null ? "" : g.speaker()));
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
