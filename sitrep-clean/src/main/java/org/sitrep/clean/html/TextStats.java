package org.sitrep.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, so
 * pages nested 100,000 deep are fine) and skipping excluded subtrees. Lengths count non-blank
 * characters, so indentation in the markup does not count as text.
 */
final class TextStats {

    /** What one element holds. */
    static final class Counts {
        int text;
        int ownText;
        int linkText;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int embeds;
        int headings;
        /** Non-link text in blocks of running prose (paragraphs, not menus or link lists). */
        int prose;
        /** Headings that are links (or inside one): the headlines of other stories in a teaser list. */
        int linkedHeadings;
    }

    private static final Set<String> PROSE_BLOCKS = Set.of(
            "p", "pre", "blockquote", "dd", "li", "td", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_PROSE = 30;
    /** A heading whose text is at least this much link is a link to another page. */
    private static final double LINKED_HEADING = 0.8;

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root, Set<Node> excluded) {
        TextStats stats = new TextStats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (excluded.contains(node)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    Counts c = stats.counts.computeIfAbsent(parent, k -> new Counts());
                    String s = text.getWholeText();
                    int visible = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!isBlank(ch)) {
                            visible++;
                        }
                        if (ch == ',' || ch == '\u060C' || ch == '\uFF0C' || ch == '\u3001') {
                            commas++;
                        }
                    }
                    c.text += visible;
                    c.ownText += visible;
                    c.commas += commas;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                Counts c = stats.counts.computeIfAbsent(element, k -> new Counts());
                switch (element.normalName()) {
                    case "a" -> {
                        c.linkText = c.text;
                        c.linkedHeadings = Math.max(c.linkedHeadings, c.headings);
                    }
                    case "p" -> c.paragraphs++;
                    case "img" -> c.images++;
                    case "li" -> c.listItems++;
                    case "input" -> c.inputs++;
                    case "embed", "object", "iframe", "video" -> c.embeds++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        c.headings++;
                        if (c.text > 0 && c.linkText >= LINKED_HEADING * c.text) {
                            c.linkedHeadings = 1;
                        }
                    }
                    default -> { }
                }
                boolean block = PROSE_BLOCKS.contains(element.normalName()) || c.ownText >= 2 * MIN_PROSE;
                if (block && c.text >= MIN_PROSE && c.linkText < 0.35 * c.text) {
                    c.prose = c.text - c.linkText;
                }
                if (element.parent() != null && node != root) {
                    Counts p = stats.counts.computeIfAbsent(element.parent(), k -> new Counts());
                    p.prose += c.prose;
                    p.text += c.text;
                    p.linkText += c.linkText;
                    p.commas += c.commas;
                    p.paragraphs += c.paragraphs;
                    p.images += c.images;
                    p.listItems += c.listItems;
                    p.inputs += c.inputs;
                    p.embeds += c.embeds;
                    p.headings += c.headings;
                    p.linkedHeadings += c.linkedHeadings;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    static boolean isBlank(char ch) {
        return Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u200B' || ch == '\uFEFF';
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    int text(Element e) {
        return of(e).text;
    }

    double linkDensity(Element e) {
        Counts c = of(e);
        return c.text == 0 ? 0 : (double) c.linkText / c.text;
    }
}
