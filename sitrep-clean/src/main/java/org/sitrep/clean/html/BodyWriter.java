package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sitrep.model.BodyText;

/**
 * Writes the article's elements out as clean text: whitespace collapsed as a browser shows it,
 * paragraphs and other blocks separated by a blank line, line breaks and table rows by a newline,
 * and every character that is literally in the page source mapped back to it, so later stages
 * can cite the page's own characters. One iterative walk: linear in the page, whatever its depth.
 */
final class BodyWriter {

    private static final int NO_BREAK = 0;
    private static final int SPACE = 1;
    private static final int LINE = 2;
    private static final int PARAGRAPH = 3;

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "center", "caption", "hgroup",
            "legend", "body", "html");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_CLIMB = 10;
    private static final int MAX_SIBLINGS = 50;
    private static final int SCRAP_LENGTH = 50;
    private static final int MAX_TRAILING_SCRAPS = 2;
    private static final int MIN_BODY_FOR_SCRAPS = 400;

    private final String source;
    private final Set<Node> excluded;
    private final String skipHeading;
    private boolean headingSkipped;

    private final StringBuilder text = new StringBuilder();
    private final List<BodyText.Piece> pieces = new ArrayList<>();
    private int pendingBreak = NO_BREAK;
    private int preDepth;

    private BodyWriter(String source, Set<Node> excluded, String skipHeading) {
        this.source = source;
        this.excluded = excluded;
        this.skipHeading = skipHeading == null ? null : normalize(skipHeading);
    }

    /**
     * @param skipHeading a heading with this text (the page title, already in the article's title
     *                    field) is left out of the body, once; null to keep every heading
     */
    static BodyText write(List<Element> roots, String source, Set<Node> excluded, String skipHeading) {
        BodyWriter writer = new BodyWriter(source, excluded, skipHeading);
        for (Element root : roots) {
            writer.walk(root);
            writer.breakAt(PARAGRAPH);
        }
        writer.dropTrailingScraps();
        return new BodyText(writer.text.toString(), writer.pieces);
    }

    /**
     * Drops short lines that end the body: what follows an article's last paragraph inside its
     * container is mostly a photo credit, a share prompt, "Leave a comment" or an ad label.
     */
    private void dropTrailingScraps() {
        if (text.length() < MIN_BODY_FOR_SCRAPS) {
            return; // on a page of a few short lines, every line may be the text
        }
        for (int dropped = 0; dropped < MAX_TRAILING_SCRAPS; dropped++) {
            int start = text.lastIndexOf("\n\n") + 1;
            int from = start == 0 ? 0 : start + 1;
            if (text.length() - from >= SCRAP_LENGTH || from == 0) {
                return;
            }
            int cut = start == 0 ? 0 : start - 1;
            text.setLength(cut);
            while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).bodyStart() >= cut) {
                pieces.remove(pieces.size() - 1);
            }
            if (!pieces.isEmpty()) {
                BodyText.Piece last = pieces.get(pieces.size() - 1);
                if (last.bodyStart() + last.length() > cut) {
                    pieces.set(pieces.size() - 1, new BodyText.Piece(last.bodyStart(), last.inputStart(),
                            cut - last.bodyStart()));
                }
            }
        }
    }

    private void walk(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (excluded.contains(node)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    appendText(t);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (isSkippedHeading(e) || isOrphanHeading(e, root)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        breakAt(LINE);
                    } else if (tag.equals("tr")) {
                        breakAt(LINE);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        breakAt(SPACE);
                    } else if (BLOCKS.contains(tag)) {
                        breakAt(PARAGRAPH);
                    }
                    if (tag.equals("pre") || tag.equals("textarea")) {
                        preDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("tr")) {
                        breakAt(LINE);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        breakAt(SPACE);
                    } else if (BLOCKS.contains(tag)) {
                        breakAt(PARAGRAPH);
                    }
                    if (tag.equals("pre") || tag.equals("textarea")) {
                        preDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private boolean isSkippedHeading(Element e) {
        if (skipHeading == null || headingSkipped || !e.normalName().matches("h[1-6]")) {
            return false;
        }
        if (normalize(e.text()).equals(skipHeading)) {
            headingSkipped = true;
            return true;
        }
        return false;
    }

    /**
     * A heading followed by nothing but removed blocks ("Related articles" above the list of
     * links, "Leave a comment" above the form), or that ends the article, introduces nothing of it.
     */
    private boolean isOrphanHeading(Element e, Element root) {
        if (!HEADINGS.contains(e.normalName())) {
            return false;
        }
        Node at = e;
        for (int level = 0; level < MAX_CLIMB; level++) {
            int seen = 0;
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                if (++seen > MAX_SIBLINGS) {
                    return false;
                }
                if (excluded.contains(next)) {
                    continue;
                }
                if (next instanceof TextNode t ? !t.isBlank() : next instanceof Element el && el.hasText()) {
                    return false;
                }
            }
            if (at == root || at.parent() == null) {
                return true;
            }
            at = at.parent();
        }
        return false;
    }

    private void breakAt(int level) {
        pendingBreak = Math.max(pendingBreak, level);
    }

    private void appendText(TextNode node) {
        String s = node.getWholeText();
        int[] at = SourceAligner.align(node, source);
        boolean pre = preDepth > 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int pos = at == null ? -1 : at[i];
            if (pre && (ch == '\n' || ch == '\r')) {
                if (ch == '\n') {
                    breakAt(LINE);
                }
                continue;
            }
            if (TextStats.isBlank(ch)) {
                if (pendingBreak == NO_BREAK) {
                    pendingBreak = SPACE;
                    spaceAt = ch == ' ' ? pos : -1;
                } else if (pendingBreak == SPACE) {
                    spaceAt = -1; // several blanks collapse to one space that is not in the source
                }
                continue;
            }
            flushBreak();
            put(ch, pos);
        }
    }

    private int spaceAt = -1;

    private void flushBreak() {
        if (text.length() > 0) {
            switch (pendingBreak) {
                case SPACE -> put(' ', spaceAt);
                case LINE -> text.append('\n');
                case PARAGRAPH -> text.append("\n\n");
                default -> { }
            }
        }
        pendingBreak = NO_BREAK;
        spaceAt = -1;
    }

    private void put(char ch, int pos) {
        if (pos >= 0) {
            BodyText.Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.bodyStart() + last.length() == text.length()
                    && last.inputStart() + last.length() == pos) {
                pieces.set(pieces.size() - 1, new BodyText.Piece(last.bodyStart(), last.inputStart(), last.length() + 1));
            } else {
                pieces.add(new BodyText.Piece(text.length(), pos, 1));
            }
        }
        text.append(ch);
    }

    static String normalize(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
