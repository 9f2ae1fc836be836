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
        return new Article(id, new Source("in/" + id + ".txt", null, null, "text"), new Span(0, 100), title,
                new Span(0, title.length(), title), null, null, null,
                published == null ? null : new Published(published, published.length() > 10 ? "minute" : "day", published),
                List.of(), List.of(), List.of(), List.of(), null, "en", body, new Span(20, 20 + body.length()),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Article withEntity(Article a, String name) {
        return a.toBuilder().entities(List.of(new Entity("e1", "PERSON", name, List.of(), "Minister", null, "KR", null,
                List.of(new Span(20, 20 + name.length(), name), new Span(40, 40 + name.length(), name))))).build();
    }
}
