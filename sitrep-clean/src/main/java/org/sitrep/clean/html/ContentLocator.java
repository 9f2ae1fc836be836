package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds the article's text, the way Readability does: every block of
 * running text scores points (more for length and commas, which prose has and menus lack) and
 * gives them to its ancestors; the best-scored ancestor, discounted by its share of link text,
 * is the article, together with siblings that score nearly as well.
 */
final class ContentLocator {

    private static final Set<String> SCORED = Set.of("p", "pre", "td", "dd", "blockquote");
    private static final int MIN_BLOCK_TEXT = 25;
    private static final int ANCESTOR_LEVELS = 5;

    /** How much of what a parent adds must be prose for the parent to be taken in. */
    private static final double PROSE_SHARE = 0.6;
    private static final double MAX_LINKS = 0.35;
    private static final int SIBLING_PROSE = 80;

    private final TextStats stats;
    private final Set<Node> excluded;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentLocator(TextStats stats, Set<Node> excluded) {
        this.stats = stats;
        this.excluded = excluded;
    }

    /** The article's root elements in document order; the body itself when nothing scores. */
    static List<Element> locate(Element body, TextStats stats, Set<Node> excluded) {
        return new ContentLocator(stats, excluded).locate(body);
    }

    private List<Element> locate(Element body) {
        List<Element> blocks = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (excluded.contains(node)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e && isTextBlock(e)) {
                blocks.add(e);
            }
            return FilterResult.CONTINUE;
        }, body);

        for (Element block : blocks) {
            TextStats.Counts c = stats.of(block);
            double points = 1 + c.commas + Math.min(c.text / 100, 3);
            Element ancestor = block.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + points / divider, Double::sum);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        // a candidate full of links is a menu or a list of teasers, not an article
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));

        Element top = null;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (top == null || entry.getValue() > scores.get(top)) {
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = climb(top, body);
        top = widen(top, body);
        return withSiblings(top, body);
    }

    private final Map<Element, Boolean> initialised = new IdentityHashMap<>();

    /** The tag and class bonus, given once per candidate (merge adds it only the first time). */
    private double initialScore(Element e) {
        if (initialised.put(e, Boolean.TRUE) != null) {
            return 0;
        }
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article")) {
            score += 10;
        }
        return score + ClassNames.weight(e);
    }

    private boolean isTextBlock(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.text < MIN_BLOCK_TEXT) {
            return false;
        }
        if (SCORED.contains(e.normalName())) {
            return true;
        }
        // a div or span holding running text itself (text between <br>s) is a paragraph too
        return c.ownText >= MIN_BLOCK_TEXT * 2;
    }

    /** Readability's step up: a parent that scores nearly as well holds more of the same article. */
    private Element climb(Element top, Element body) {
        double lastScore = scores.get(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        // a wrapper with nothing else in it is the same content
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * Takes in the parent while what it adds is running prose: the lead paragraph in the
     * article's header, the intro block beside the body, a second column of the same text.
     */
    private Element widen(Element top, Element body) {
        Element parent = top.parent();
        while (parent != null && parent != body) {
            TextStats.Counts p = stats.of(parent);
            TextStats.Counts t = stats.of(top);
            int extraText = p.text - t.text;
            int extraProse = p.prose - t.prose;
            if (extraText > 0 && (extraProse < PROSE_SHARE * extraText || stats.linkDensity(parent) > MAX_LINKS)) {
                break;
            }
            top = parent;
            parent = parent.parent();
        }
        return top;
    }

    /** A sibling block of running prose (an intro, a second part of the text) belongs to the article too. */
    private boolean isProse(Element e) {
        TextStats.Counts c = stats.of(e);
        return c.text >= SIBLING_PROSE && c.prose >= PROSE_SHARE * c.text && stats.linkDensity(e) < 0.25;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            if (excluded.contains(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                roots.add(sibling);
            } else if (isProse(sibling)) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = stats.text(sibling);
                double links = stats.linkDensity(sibling);
                String text = length < 400 ? sibling.text() : "";
                if ((length > 80 && links < 0.25)
                        || (length > 0 && length <= 80 && links == 0 && text.matches("(?s).*[.!?。]\\s*$"))) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }
}
