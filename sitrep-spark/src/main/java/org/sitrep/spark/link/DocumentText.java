package org.sitrep.spark.link;

import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The input text an article's offsets point into, as far as the Article JSON carries it: the Parquet holds the
 * article, not the document it was read from. Where the body is the document's text verbatim (its length is its
 * span's), it stands at its span and every offset into it reads what the document has there; elsewhere only the
 * title and the mentions stand at their offsets, blanks between. So {@code NameVariants} finds a name with a country
 * word before it ("Afghan Taliban") and the lexicon's other names in a verbatim body, as it does in the whole
 * document at ingest, and nothing outside the article's own text.
 */
final class DocumentText {

    /** Beyond this the text is not rebuilt (an article is at most 250,000 characters; offsets past this are bad data). */
    private static final int MAX_LENGTH = 2_000_000;

    private DocumentText() {
    }

    static String of(Article a) {
        int end = 0;
        end = Math.max(end, endOf(a.span()));
        end = Math.max(end, endOf(a.bodySpan()));
        end = Math.max(end, endOf(a.titleSpan()));
        for (Entity e : a.entities()) {
            for (Span m : e.mentions()) {
                end = Math.max(end, endOf(m));
            }
        }
        if (end <= 0 || end > MAX_LENGTH) {
            return null;
        }
        char[] text = new char[end];
        java.util.Arrays.fill(text, ' ');
        put(text, a.titleSpan(), a.title());
        if (a.body() != null && a.bodySpan() != null && a.bodySpan().end() - a.bodySpan().start() == a.body().length()) {
            put(text, a.bodySpan(), a.body());
        }
        for (Entity e : a.entities()) {
            for (Span m : e.mentions()) {
                put(text, m, m.text());
            }
        }
        return new String(text);
    }

    private static int endOf(Span s) {
        return s == null ? 0 : s.end();
    }

    private static void put(char[] text, Span at, String what) {
        if (at == null || what == null || at.start() < 0 || at.end() - at.start() != what.length() || at.end() > text.length) {
            return;
        }
        what.getChars(0, what.length(), text, at.start());
    }
}
