package org.sitrep.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Pages name their parts in markup (
 * {@code class="share-buttons"}, {@code id="comments"}); these patterns read those names, which
 * are the same in pages of every language because markup is written in English.
 */
final class ClassNames {

    /** Parts that are never the article: a match removes the element. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?:^|[-_ ])(?:nav|navbar|navigation|navi|menu|menubar|mainmenu|submenu|breadcrumbs?|crumbs"
                    + "|footer|site-?footer|sidebar|side-?bar|widgets?|share|shares|sharing|sharebar|social|socials"
                    + "|sociable|syndication|related|relatedposts|recommended|recommendations|comments?|commentlist"
                    + "|comment-?list|disqus|respond|reply|replies|cookies?|cookiebar|consent|gdpr|advert|advertisement"
                    + "|adverts|ads|ad|adsbygoogle|banner|sponsor|sponsored|promo|promotion|newsletter|subscribe"
                    + "|subscription|signup|login|popup|modal|overlay|pagination|pager|paging|tagcloud|tags"
                    + "|taglist|categories|author-?bio|authorbox|about-?author|print|skip|skiplink|toolbar"
                    + "|outbrain|taboola|most-?read|most-?popular|trending|rating|lightbox|carousel|slider"
                    + "|masthead|topbar|site-?header|post-?navigation|nav-?links|jump|teasers?|hidden)(?=$|[-_ ])");

    /** Names that say "this is the article" and protect an element from weak boilerplate matches. */
    private static final Pattern CONTENT = Pattern.compile(
            "(?:^|[-_ ])(?:article|articlebody|article-?body|body|content|entry|entry-?content|hentry|h-entry"
                    + "|main|post|post-?body|post-?content|story|story-?body|text|blog|artikel|beitrag|inhalt)(?=$|[-_ ])");

    /** Boilerplate that wins even over a content name ("comment-content", "related-articles"). */
    private static final Pattern STRONG = Pattern.compile(
            "(?:^|[-_ ])(?:comments?|commentlist|comment-?list|disqus|share|sharing|social|related|relatedposts"
                    + "|cookies?|consent|footer|sidebar|navigation|nav|menu|breadcrumbs?|newsletter|advert"
                    + "|advertisement|ads|sponsored|outbrain|taboola|most-?read|most-?popular|author-?bio|authorbox"
                    + "|about-?author)(?=$|[-_ ])");

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
        if (names.isEmpty() || !BOILERPLATE.matcher(names).find()) {
            return false;
        }
        return !CONTENT.matcher(names).find() || STRONG.matcher(names).find();
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
