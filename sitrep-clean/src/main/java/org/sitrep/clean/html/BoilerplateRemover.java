package org.sitrep.clean.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Marks the parts of a page that are never article text: scripts and widgets, navigation,
 * menus, footers, asides, hidden elements, share and comment blocks, cookie banners and the
 * like, found by tag, ARIA role and class/id names. The page itself is not changed: the marks
 * are a set of excluded nodes, so later steps stay linear even on huge flat pages.
 */
final class BoilerplateRemover {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "applet",
            "button", "input", "select", "textarea", "option", "optgroup", "datalist", "label", "nav", "menu",
            "menuitem", "dialog", "footer", "aside", "head", "link", "meta", "map", "area", "audio", "video",
            "source", "track", "math", "frame", "frameset", "header", "picture", "figcaption", "figure", "time");

    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar");

    /** A wrapper holding more than this share of the page's text is layout, whatever its class says. */
    private static final double LAYOUT_SHARE = 0.5;

    /** How far up a header looks for its article: bounded, so deep nesting stays linear. */
    private static final int MAX_ANCESTORS = 40;

    private BoilerplateRemover() {
    }

    static Set<Node> find(Element body, TextStats stats, boolean byClassNames) {
        Set<Node> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        int pageText = Math.max(1, stats.text(body));
        int pageProse = stats.of(body).prose;
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Comment || node instanceof DataNode) {
                excluded.add(node);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!(node instanceof Element e) || node == body) {
                return FilterResult.CONTINUE;
            }
            if (isBoilerplate(e, byClassNames, stats, pageText, pageProse)) {
                excluded.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, body);
        return excluded;
    }

    private static boolean isBoilerplate(Element e, boolean byClassNames, TextStats stats, int pageText,
                                         int pageProse) {
        String tag = e.normalName();
        boolean big = (stats.text(e) > LAYOUT_SHARE * pageText && pageText > 500)
                || (stats.of(e).prose > LAYOUT_SHARE * pageProse && pageProse > 300);
        if (tag.equals("header") && isArticleHeader(e)) {
            return false;
        }
        if (NEVER_TEXT.contains(tag)) {
            // some sites wrap the whole page in <header> or <aside>; keep what holds the page's text
            return !big || !(tag.equals("header") || tag.equals("aside") || tag.equals("noscript") || tag.equals("footer") || tag.equals("nav"));
        }
        if (tag.equals("form")) {
            return !big; // a form that wraps an ASP.NET page holds the page's text; a search box does not
        }
        if (e.hasAttr("hidden") || isHiddenByStyle(e.attr("style"))) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role) && !big) {
            return true;
        }
        if ("true".equals(e.attr("aria-modal"))) {
            return true;
        }
        return byClassNames && !big && !isArticle(e) && ClassNames.isBoilerplate(e);
    }

    /** The header of the article itself (headline, lead), not the site's header with its logo and menu. */
    private static boolean isArticleHeader(Element header) {
        int levels = 0;
        for (Element a = header.parent(); a != null && levels++ < MAX_ANCESTORS; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main") || "articleBody".equals(a.attr("itemprop"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || tag.equals("html") || "articleBody".equals(e.attr("itemprop"));
    }

    static boolean isHiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
