package org.sitrep.clean.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.clean.ArticleExtractor;
import org.sitrep.clean.CleanArticle;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** Main-content extraction from an HTML page with jsoup. */
public final class HtmlArticleExtractor implements ArticleExtractor {

    @Override
    public List<CleanArticle> extract(InputDocument document) {
        Document page = Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        String body = page.body() == null ? "" : page.body().text();
        String title = document.title() != null ? document.title() : page.title();
        BodyText text = BodyText.contiguous(body, 0);
        Article article = new Article(null, new Source(document.path(), document.url(),
                document.retrievedAt() == null ? null : document.retrievedAt().toString(), document.format()),
                new Span(0, document.text().length()), title, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, body, new Span(0, document.text().length()),
                List.of(), List.of(), List.of(), List.of(), List.of());
        return List.of(new CleanArticle(article, text));
    }
}
