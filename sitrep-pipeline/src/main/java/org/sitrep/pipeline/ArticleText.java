package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Span;

/**
 * The text the annotators read: the whole article, not only its body. The body comes first, exactly as
 * cleaning left it (so everything read in the body reads as before), then the title, the dateline, the byline,
 * the summary lines and the captions, each a paragraph of its own, in the order they stand in the input. Every part maps
 * back to the input like the body does, so a name in a headline ("Russia, Ukraine swap 95 prisoners") is cited
 * to the headline's characters.
 *
 * <p>A part is left out where it is already inside the body, or where its text is not the input's characters
 * at its span (a page title decoded from character references), since its offsets could not be cited.
 */
final class ArticleText {

    /** Parts are paragraphs of their own: two new lines end a sentence for the tokenizer. */
    static final String PART_BREAK = "\n\n";

    private ArticleText() {
    }

    static BodyText of(Article article, BodyText body, String input) {
        List<Span> parts = new ArrayList<>();
        add(parts, article.titleSpan());
        add(parts, article.datelineSpan());
        add(parts, article.bylineSpan());
        article.summarySpans().forEach(s -> add(parts, s));
        article.captionSpans().forEach(s -> add(parts, s));
        parts.sort(Comparator.comparingInt(Span::start));
        BodyText.Builder text = new BodyText.Builder();
        for (BodyText.Piece p : body.pieces()) {
            // the body's own separators (paragraph breaks) stand between its pieces as they did
            if (text.length() < p.bodyStart()) {
                text.appendSeparator(body.text().substring(text.length(), p.bodyStart()));
            }
            text.appendInput(body.text().substring(p.bodyStart(), p.bodyStart() + p.length()), p.inputStart());
        }
        if (text.length() < body.text().length()) {
            text.appendSeparator(body.text().substring(text.length()));
        }
        int added = 0;
        for (Span part : parts) {
            if (insideBody(part, body) || part.end() > input.length()
                    || !input.regionMatches(part.start(), part.text(), 0, part.text().length())
                    || part.text().length() != part.end() - part.start()) {
                continue;
            }
            text.appendSeparator(PART_BREAK);
            text.appendInput(part.text(), part.start());
            added++;
        }
        return added == 0 ? body : text.build();
    }

    private static void add(List<Span> parts, Span span) {
        if (span != null && span.text() != null && !span.text().isBlank()) {
            parts.add(span);
        }
    }

    private static boolean insideBody(Span part, BodyText body) {
        for (BodyText.Piece p : body.pieces()) {
            if (part.start() < p.inputStart() + p.length() && p.inputStart() < part.end()) {
                return true;
            }
        }
        return false;
    }
}
