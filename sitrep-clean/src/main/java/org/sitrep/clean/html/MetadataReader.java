package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.InputDocument;

/** Reads a page's title, byline, publication date and language from its markup and metadata. */
final class MetadataReader {

    /** What sites put between a headline and their own name in {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:«»/]{1,2}\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int LONGEST_BYLINE = 120;

    private MetadataReader() {
    }

    static PageMetadata read(Document page, InputDocument document) {
        MetaTags meta = MetaTags.of(page);
        JsonLd jsonLd = JsonLd.of(page);
        String language = language(page, meta);
        String url = document.url() != null ? document.url() : ArticleParts.canonicalUrl(page, meta);
        return new PageMetadata(
                title(page, meta, jsonLd, document.title()),
                // the page's own byline, else the one its container gave (a feed item's author)
                java.util.Optional.ofNullable(byline(page, meta, jsonLd)).orElse(document.byline()),
                PublishedDateReader.read(page, meta, jsonLd, document.published(), url,
                        document.retrievedAt(), language),
                language,
                url);
    }

    static String title(Document page, MetaTags meta, JsonLd jsonLd, String containerTitle) {
        String siteName = meta.first("og:site_name");
        for (String candidate : Arrays.asList(containerTitle, meta.first("og:title"), meta.first("twitter:title"),
                jsonLd.text("headline"))) {
            String t = clean(candidate);
            if (t != null) {
                return withoutSiteName(t, siteName, false);
            }
        }
        Element h1 = headline(page);
        if (h1 != null && clean(h1.text()) != null) {
            return clean(h1.text());
        }
        String t = clean(page.title());
        return t == null ? null : withoutSiteName(t, siteName, true);
    }

    /** The page's headline element: the first {@code <h1>} inside an article, else the first {@code <h1>}. */
    static Element headline(Document page) {
        Element first = null;
        for (Element heading : page.getElementsByTag("h1")) {
            if (Ancestors.has(heading, "article")) {
                return heading;
            }
            if (first == null) {
                first = heading;
            }
        }
        return first;
    }

    /** "Headline | Site" becomes "Headline"; with {@code guess}, a short end part is taken for the site's name. */
    static String withoutSiteName(String title, String siteName, boolean guess) {
        List<String> parts = new ArrayList<>(Arrays.asList(TITLE_SEPARATOR.split(title)));
        if (parts.size() < 2) {
            return title;
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.trim().toLowerCase(Locale.ROOT);
            String first = parts.get(0).toLowerCase(Locale.ROOT);
            String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
            if (last.equals(site) || site.contains(last) || last.contains(site)) {
                return title.substring(0, lastSeparatorStart(title)).trim();
            }
            if (first.equals(site) || site.contains(first)) {
                return title.substring(firstSeparatorEnd(title)).trim();
            }
        }
        if (guess) {
            String first = parts.get(0);
            String last = parts.get(parts.size() - 1);
            if (words(last) <= 4 && last.length() < title.length() / 2) {
                return title.substring(0, lastSeparatorStart(title)).trim();
            }
            if (words(first) <= 4 && first.length() < title.length() / 2) {
                return title.substring(firstSeparatorEnd(title)).trim();
            }
        }
        return title;
    }

    private static int lastSeparatorStart(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    static String byline(Document page, MetaTags meta, JsonLd jsonLd) {
        String authors = clean(jsonLd.authors());
        if (authors != null && !looksLikeUrl(authors)) {
            return authors;
        }
        for (String name : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")) {
            String a = clean(meta.first(name));
            if (a != null && !looksLikeUrl(a)) {
                return a;
            }
        }
        for (String selector : List.of("[rel=author]", "[itemprop=author]", ".byline", ".author", ".by-author")) {
            Element e = page.selectFirst(selector);
            if (e != null) {
                String a = clean(e.text());
                if (a != null && a.length() <= LONGEST_BYLINE) {
                    return a.replaceFirst("^(?i)by\\s+", "");
                }
            }
        }
        return null;
    }

    static String language(Document page, MetaTags meta) {
        Element html = page.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        if (html != null) {
            candidates.add(html.attr("lang"));
            candidates.add(html.attr("xml:lang"));
        }
        candidates.add(meta.first("og:locale"));
        candidates.add(meta.first("content-language"));
        candidates.add(meta.first("language"));
        candidates.add(meta.first("dc.language"));
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String primary = c.trim().split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
            if (LANGUAGE.matcher(primary).matches()) {
                return primary;
            }
        }
        return null;
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = BodyWriter.normalize(s);
        return t.isEmpty() ? null : t;
    }
}
