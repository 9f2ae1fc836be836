package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.sitrep.model.BodyText;
import org.sitrep.model.Span;

/**
 * The parts of a page's article that are not its running text: the captions of its pictures
 * ({@code <figcaption>}), the dateline a page sets in bold at the start of the body
 * ({@code <strong>KYIV, Ukraine</strong> — ...}), and the page's own address ({@code <link rel=canonical>},
 * {@code og:url}) for a page given without one.
 */
final class ArticleParts {

    /** The captions, in page order, and where each stands in the input. */
    record Captions(List<String> texts, List<Span> spans) {
    }

    /** A dateline read off the body's start, and the body without it. */
    record Dateline(String text, Span span, BodyText body) {
    }

    /**
     * A place (one to four capitalised words, a region after a comma), an agency in brackets, then a dash (or a
     * colon after the agency): the shape of a dateline ("KYIV, Ukraine —", "WASHINGTON (AP) —", "Berlin (dpa):").
     * A bold word and a colon alone ("UPDATE:", "WATCH:") is a label, not a place.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*(?:[ -]\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)"
                    + "(?:\\s*\\([^)]{1,30}\\)\\s*(?::|—|–|--|-)|\\s*(?:—|–|--|-))\\s+(?=\\S)");
    private static final int LONGEST_DATELINE = 50;
    private static final int MAX_CAPTIONS = 50;
    private static final int LONGEST_CAPTION = 1000;
    /** How far up a caption looks for the boilerplate it may sit in. */
    private static final int MAX_LEVELS = 40;

    private ArticleParts() {
    }

    /**
     * The captions of the pictures in the article: the {@code <figcaption>}s inside its container or inside the
     * {@code <article>} around it, except those inside a block marked as boilerplate (a related story's picture).
     * The body leaves them out; they are kept here. A caption written in pieces (a credit in an element of its own,
     * a character reference) is cited by its longest piece, so that what is cited is the input's own characters.
     */
    static Captions captions(List<Element> roots, Set<Node> excluded, String source) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> scopes = new ArrayList<>(roots);
        if (!roots.isEmpty()) {
            for (Element a = roots.get(0); a != null; a = a.parent()) {
                if (a.normalName().equals("article")) {
                    scopes.add(a);
                    break;
                }
            }
        }
        List<String> texts = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Element scope : scopes) {
            for (Element caption : scope.getElementsByTag("figcaption")) {
                if (texts.size() >= MAX_CAPTIONS || !seen.add(caption) || inBoilerplate(caption, scope, excluded)) {
                    continue;
                }
                BodyText written = BodyWriter.write(List.of(caption), source, Set.of(), null);
                String text = BodyWriter.normalize(written.text());
                if (text.isEmpty() || text.length() > LONGEST_CAPTION || written.pieces().isEmpty()) {
                    continue;
                }
                BodyText.Piece longest = written.pieces().get(0);
                for (BodyText.Piece p : written.pieces()) {
                    if (p.length() > longest.length()) {
                        longest = p;
                    }
                }
                String cited = source.substring(longest.inputStart(), longest.inputStart() + longest.length()).strip();
                int start = source.indexOf(cited, longest.inputStart());
                texts.add(text);
                spans.add(new Span(start, start + cited.length(), cited));
            }
        }
        return new Captions(texts, spans);
    }

    /** Inside a block marked as boilerplate, other than the figure the caption belongs to. */
    private static boolean inBoilerplate(Element caption, Element scope, Set<Node> excluded) {
        int levels = 0;
        for (Element a = caption.parent(); a != null && a != scope && levels++ < MAX_LEVELS; a = a.parent()) {
            String tag = a.normalName();
            if (excluded.contains(a) && !tag.equals("figure") && !tag.equals("picture")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dateline a page sets in bold at the start of its body, with the body after it; null when the body does
     * not open on a bold place followed by a dash or colon.
     */
    static Dateline dateline(BodyText body, List<Element> roots) {
        String text = body.text();
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find() || m.group(1).length() > LONGEST_DATELINE || m.end() >= text.length()) {
            return null;
        }
        Element bold = boldAtStart(body, roots);
        if (bold == null) {
            return null;
        }
        String boldText = BodyWriter.normalize(bold.text());
        // the bold text must be what opens the body and hold the place, so a bold word inside the story is no dateline
        if (boldText.isEmpty() || !text.startsWith(boldText) || boldText.length() < m.group(1).length()
                || boldText.length() > m.end()) {
            return null;
        }
        String place = m.group(1).replaceAll("[,\\s]+$", "");
        Span span = null;
        BodyText.Piece first = body.pieces().isEmpty() ? null : body.pieces().get(0);
        if (first != null && first.bodyStart() == 0 && first.length() >= place.length()) {
            span = new Span(first.inputStart(), first.inputStart() + place.length(), place);
        }
        return new Dateline(place, span, without(body, m.end()));
    }

    /** The bold element ({@code <strong>}, {@code <b>}) the body's first character is written from, or null. */
    private static Element boldAtStart(BodyText body, List<Element> roots) {
        if (body.pieces().isEmpty() || body.pieces().get(0).bodyStart() != 0) {
            return null;
        }
        int at = body.pieces().get(0).inputStart();
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                String tag = e.normalName();
                if ((tag.equals("strong") || tag.equals("b")) && e.sourceRange().isTracked()
                        && e.endSourceRange().isTracked() && e.sourceRange().endPos() <= at
                        && at < e.endSourceRange().startPos()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The body from {@code cut} on, its pieces moved to match. */
    static BodyText without(BodyText body, int cut) {
        List<BodyText.Piece> pieces = new ArrayList<>();
        for (BodyText.Piece p : body.pieces()) {
            int end = p.bodyStart() + p.length();
            if (end <= cut) {
                continue;
            }
            int skip = Math.max(0, cut - p.bodyStart());
            pieces.add(new BodyText.Piece(p.bodyStart() + skip - cut, p.inputStart() + skip, p.length() - skip));
        }
        return new BodyText(body.text().substring(cut), pieces);
    }

    /** The page's own address when it gives one: its canonical link, else its og:url; only http(s). */
    static String canonicalUrl(Document page, MetaTags meta) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        List<String> candidates = new ArrayList<>();
        if (link != null) {
            candidates.add(link.attr("href").trim());
        }
        candidates.add(meta.first("og:url"));
        for (String c : candidates) {
            if (c != null && c.toLowerCase(Locale.ROOT).matches("https?://[^\\s/]+.*") && !c.matches(".*\\s.*")) {
                return c;
            }
        }
        return null;
    }
}
