package org.sitrep.clean.html;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.sitrep.clean.extract.ArticleExtractor;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * Main-content extraction from an HTML page: reads the page's metadata, marks boilerplate,
 * locates the article's container, prunes the clutter inside it and writes the text out with
 * every character mapped to the page source. All walks are iterative and linear in the page.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    /** Below this many characters the boilerplate marks probably took the article too: try without them. */
    private static final int SHORT_BODY = 250;

    @Override
    public List<CleanArticle> extract(InputDocument document) {
        String source = document.text();
        Document page = Jsoup.parse(source, document.url() == null ? "" : document.url(),
                Parser.htmlParser().setTrackPosition(true));
        PageMetadata metadata = MetadataReader.read(page, document);
        Element body = page.body();
        Extracted extracted = extractBody(body, source, metadata.title(), true);
        if (extracted.text().text().length() < SHORT_BODY) {
            Extracted lenient = extractBody(body, source, metadata.title(), false);
            if (lenient.text().text().length() > extracted.text().text().length() * 2) {
                extracted = lenient;
            }
        }
        BodyText text = extracted.text();
        ArticleParts.Dateline dateline = ArticleParts.dateline(text, extracted.roots());
        if (dateline != null) {
            text = dateline.body();
        }
        ArticleParts.Captions captions = ArticleParts.captions(extracted.roots(), extracted.excluded(), source);
        Article article = Article.builder()
                .source(new Source(document.path(), metadata.url(),
                        document.retrievedAt() == null ? null : document.retrievedAt().toString(), document.format(),
                        document.fileOffsets()))
                .span(new Span(0, source.length()))
                .title(metadata.title())
                .dateline(dateline == null ? null : dateline.text())
                .datelineSpan(dateline == null ? null : dateline.span())
                .published(metadata.published())
                .byline(metadata.byline())
                .language(metadata.language())
                .captions(captions.texts())
                .captionSpans(captions.spans())
                .body(text.text())
                .bodySpan(bodySpan(text))
                .build();
        return List.of(new CleanArticle(article, text));
    }

    /** The body as written, the containers it was written from and what was left out of them. */
    record Extracted(BodyText text, List<Element> roots, Set<Node> excluded) {
    }

    /** The body text; {@code byClassNames} lets class and id names mark boilerplate. */
    static Extracted extractBody(Element body, String source, String title, boolean byClassNames) {
        TextStats raw = TextStats.of(body, Set.of());
        Set<Node> excluded = BoilerplateRemover.find(body, raw, byClassNames);
        TextStats stats = TextStats.of(body, excluded);
        List<Element> roots = ContentLocator.locate(body, stats, excluded);
        ContentPruner.prune(roots, stats, excluded);
        return new Extracted(BodyWriter.write(roots, source, excluded, title), roots, excluded);
    }

    /** From the first to the last source character of the body; empty at 0 when the body is empty. */
    private static Span bodySpan(BodyText text) {
        List<BodyText.Piece> pieces = text.pieces();
        if (pieces.isEmpty()) {
            return new Span(0, 0);
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (BodyText.Piece p : pieces) {
            start = Math.min(start, p.inputStart());
            end = Math.max(end, p.inputStart() + p.length());
        }
        return new Span(start, end);
    }
}
