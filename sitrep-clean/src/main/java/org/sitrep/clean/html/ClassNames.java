package org.sitrep.clean.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Pages name their parts in markup (
 * {@code class="share-buttons"}, {@code id="comments"}); these patterns read those names, which
 * are the same in pages of every language because markup is written in English.
 */
final class ClassNames {

    /** Parts that are never the article: a class or id that starts or ends with one of these. */
    private static final Set<String> BOILERPLATE = Set.of(
            "nav", "navbar", "navigation", "navi", "menu", "menubar", "mainmenu", "submenu", "breadcrumb",
            "breadcrumbs", "crumbs", "footer", "sitefooter", "sidebar", "widget", "widgets", "share", "shares",
            "sharing", "sharebar", "sharedaddy", "social", "socials", "sociable", "syndication", "related",
            "relatedposts", "recommended", "recommendations", "comment", "comments", "commentlist", "disqus",
            "respond", "reply", "replies", "cookie", "cookies", "cookiebar", "consent", "gdpr", "advert",
            "advertisement", "adverts", "ads", "ad", "adsbygoogle", "banner", "sponsor", "sponsored", "promo",
            "promotion", "newsletter", "subscribe", "subscription", "signup", "login", "popup", "modal", "overlay",
            "pagination", "pager", "paging", "tagcloud", "tags", "taglist", "categories", "author", "authors",
            "authorbox", "bio", "skiplink", "toolbar", "outbrain", "taboola", "mostread", "popular", "trending",
            "rating", "ratings", "likes", "lightbox", "carousel", "slider", "masthead", "topbar", "siteheader",
            "teaser", "teasers", "meta", "metadata", "postmetadata", "byline", "dateline", "copyright",
            "disclaimer", "disclosure", "caption", "credits", "credit", "kommentar", "kommentare", "noprint",
            "webform");

    /** Names that say "this is the article" and protect an element from weak boilerplate matches. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "postbody", "story",
            "storybody", "text", "blog", "artikel", "beitrag", "inhalt");

    /** Boilerplate that wins even over a content name ("comment-content", "related-articles"). */
    private static final Set<String> STRONG = Set.of(
            "comment", "comments", "commentlist", "disqus", "share", "sharing", "sharedaddy", "social", "related",
            "relatedposts", "cookie", "cookies", "consent", "footer", "sidebar", "navigation", "nav", "menu",
            "breadcrumb", "breadcrumbs", "newsletter", "advert", "advertisement", "ads", "sponsored", "outbrain",
            "taboola", "mostread", "author", "authorbox", "bio");

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|beitrag|inhalt");

    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related"
                    + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav|menu");

    private ClassNames() {
    }

    static String of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        // camelCase names (relatedPosts) become separate words so the patterns see them
        String names = (cls + " " + id).replaceAll("([a-z])([A-Z])", "$1-$2");
        return names.toLowerCase(Locale.ROOT);
    }

    /** True when the element's names mark it as boilerplate. */
    static boolean isBoilerplate(Element e) {
        String names = of(e);
        if (names.isEmpty()) {
            return false;
        }
        if (stemmed(names)) {
            return true;
        }
        if (!named(names, BOILERPLATE)) {
            return false;
        }
        return !named(names, CONTENT) || named(names, STRONG);
    }

    /**
     * True when a class or id starts or ends with one of the words ("share-buttons", "site-footer"),
     * not when the word is in the middle ("elementor-widget-container", "has-sidebar-left"), which
     * names a layout rather than the part itself.
     */
    static boolean named(String names, Set<String> words) {
        for (String token : names.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (words.contains(token.replaceAll("[-_]", ""))) {
                return true;
            }
            String[] parts = token.split("[-_]+");
            int first = 0;
            while (first < parts.length && parts[first].isEmpty()) {
                first++;
            }
            if (first < parts.length && (words.contains(parts[first]) || words.contains(parts[parts.length - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Word beginnings that name boilerplate in any compound ("commentlinks", "socialicons", "relatedposts"). */
    private static final List<String> STRONG_STEMS = List.of(
            "comment", "kommentar", "disqus", "sharing", "social", "related", "cookie", "newsletter", "sidebar",
            "footer", "breadcrumb");

    /** True when a first or last part of a class or id begins with a strong boilerplate stem. */
    static boolean stemmed(String names) {
        for (String token : names.split("\\s+")) {
            String[] parts = token.split("[-_]+");
            for (String part : parts.length == 0 ? new String[0] : new String[] {parts[0], parts[parts.length - 1]}) {
                for (String stem : STRONG_STEMS) {
                    if (part.startsWith(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Readability's class weight: names that promise content raise a candidate, boilerplate names lower it. */
    static int weight(Element e) {
        String names = of(e);
        if (names.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        if ("articleBody".equals(e.attr("itemprop"))) {
            weight += 25;
        }
        return weight;
    }
}
