package org.sitrep.clean.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what sits inside the article's container but is not its text: blocks made mostly of
 * links (related stories, tag lists, share rows), form remains and image galleries without
 * prose. Judged on the measures of each block, like Readability's conditional cleaning.
 */
final class ContentPruner {

    private static final Set<String> JUDGED = Set.of("div", "section", "table", "ul", "ol", "dl", "form", "span", "p");

    /** A block holding more than this share of the article is the article, however many links it has. */
    private static final double MOST = 0.6;

    private ContentPruner() {
    }

    static void prune(List<Element> roots, TextStats stats, Set<Node> excluded) {
        for (Element root : roots) {
            int rootText = stats.text(root);
            NodeTraversor.filter((node, depth) -> {
                if (excluded.contains(node)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node != root && node instanceof Element e && JUDGED.contains(e.normalName())
                        && stats.text(e) <= MOST * rootText && isClutter(e, stats)) {
                    excluded.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }, root);
        }
    }

    /** Non-link text a teaser may have beside its headline (a one- or two-sentence summary). */
    private static final int TEASER_TEXT = 300;

    /**
     * Teasers of other stories: two or more headlines that are links, with no more text beside each than a
     * teaser's summary ("Related stories", "Top Themen der Redaktion", "More from this section").
     */
    static boolean isStoryList(TextStats.Counts c) {
        return c.linkedHeadings >= 2 && c.text - c.linkText < TEASER_TEXT * c.linkedHeadings;
    }

    static boolean isClutter(Element e, TextStats stats) {
        TextStats.Counts c = stats.of(e);
        String tag = e.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double links = stats.linkDensity(e);
        if (tag.equals("p") || tag.equals("span")) {
            // a paragraph that is one link ("Read more", a related headline) is navigation
            return c.text > 0 && links > 0.6 && c.text < 200;
        }
        int weight = ClassNames.weight(e);
        if (isStoryList(c)) {
            return true;
        }
        if (c.commas >= 10 && links < 0.5) {
            return false;
        }
        if (c.text == 0) {
            return false; // writes nothing either way
        }
        if (list) {
            return links > 0.5 && c.text < 2000;
        }
        if (c.inputs > c.paragraphs / 3 + 1) {
            return true;
        }
        if (weight < 25 && links > 0.2 && c.text < 3000) {
            return true;
        }
        return weight >= 25 && links > 0.5;
    }
}
