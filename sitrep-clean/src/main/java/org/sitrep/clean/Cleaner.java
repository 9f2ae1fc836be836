package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.clean.extract.ArticleExtractor;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.clean.html.HtmlArticleExtractor;
import org.sitrep.clean.text.ScrapedTextExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.InputDocument;

/**
 * The clean-and-segment stage: picks the extractor for the document's content type and gives
 * each article its stable id, a hash of its content (the same article read twice gets the same id).
 */
public final class Cleaner {

    private final ArticleExtractor text = new ScrapedTextExtractor();
    private final ArticleExtractor html = new HtmlArticleExtractor();

    public List<CleanArticle> clean(InputDocument document) {
        List<CleanArticle> out = new ArrayList<>();
        for (CleanArticle a : (document.isHtml() ? html : text).extract(document)) {
            out.add(new CleanArticle(a.article().toBuilder().id(contentId(a.article())).build(), a.body()));
        }
        return out;
    }

    /** A hash of what makes the article this article: its title and body. */
    static String contentId(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(a.title()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(a.body()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
