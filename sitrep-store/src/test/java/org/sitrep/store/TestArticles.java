package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** Articles made in code, so the store's tests need neither files nor the pipeline. */
final class TestArticles {

    private TestArticles() {
    }

    static Article article(String id, String title, String published) {
        String body = "Body of " + title + ".";
        return Article.builder()
                .id(id)
                .source(new Source("in/" + id + ".txt", null, null, "text"))
                .span(new Span(0, 100))
                .title(title)
                .titleSpan(new Span(0, title.length(), title))
                .published(published == null ? null
                        : new Published(published, published.length() > 10 ? "minute" : "day", published))
                .language("en")
                .body(body)
                .bodySpan(new Span(20, 20 + body.length()))
                .build();
    }

    static Article withEntity(Article a, String name) {
        return a.toBuilder().entities(List.of(new Entity("e1", "PERSON", name, List.of(), "Minister", null, "KR", null,
                List.of(new Span(20, 20 + name.length(), name), new Span(40, 40 + name.length(), name))))).build();
    }
}
