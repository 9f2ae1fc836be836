package org.sitrep.clean.html;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.clean.date.PublicationDateParser;
import org.sitrep.model.Published;

/**
 * Reads when a page was published, from the most to the least reliable evidence: the container
 * (feed item), JSON-LD {@code datePublished}, publication meta tags, {@code <time datetime>},
 * then a date in the URL. Modification dates are not publication dates and are not read.
 * Returns null when nothing fixes a date.
 */
final class PublishedDateReader {

    /** Meta names and properties that carry the publication date, most specific first. */
    private static final List<String> META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date", "dc.date",
            "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "citation_publication_date",
            "cxenseparse:recs:publishtime", "originalpublicationdate");

    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    private static final int ELEMENTS_AFTER_TITLE = 40;
    private static final int ELEMENTS_BEFORE_TITLE = 15;
    private static final int LONGEST_DATE_LINE = 80;

    private PublishedDateReader() {
    }

    static Published read(Document page, MetaTags meta, JsonLd jsonLd, String containerDate, String url,
                          Instant retrievedAt) {
        Published p = MachineDate.parse(containerDate, "container");
        if (p != null) {
            return p;
        }
        p = MachineDate.parse(jsonLd.text("datePublished"), "JSON-LD datePublished");
        if (p != null) {
            return p;
        }
        for (String name : META) {
            for (String content : meta.all(name)) {
                p = MachineDate.parse(content, "meta " + name);
                if (p != null) {
                    return p;
                }
            }
        }
        p = MachineDate.parse(jsonLd.text("dateCreated"), "JSON-LD dateCreated");
        if (p != null) {
            return p;
        }
        p = fromTimeElements(page);
        if (p != null) {
            return p;
        }
        p = fromUrl(url);
        if (p != null) {
            return p;
        }
        return fromTextNearTitle(page, retrievedAt);
    }

    /** A line that is only a date ("Updated 29 October 2024") just above or below the headline. */
    private static Published fromTextNearTitle(Document page, Instant retrievedAt) {
        Element title = MetadataReader.headline(page);
        if (title == null) {
            return null;
        }
        Elements all = page.getAllElements();
        int at = all.indexOf(title);
        PublicationDateParser parser = new PublicationDateParser();
        // below the headline first, where most pages print the date; then the few elements above it
        for (int i = at + 1; i < all.size() && i <= at + ELEMENTS_AFTER_TITLE; i++) {
            Published p = dateLine(all.get(i), parser, retrievedAt);
            if (p != null) {
                return p;
            }
        }
        for (int i = at - 1; i >= 0 && i >= at - ELEMENTS_BEFORE_TITLE; i--) {
            Published p = dateLine(all.get(i), parser, retrievedAt);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Published dateLine(Element e, PublicationDateParser parser, Instant retrievedAt) {
        if (!e.hasText() || e.normalName().equals("script") || e.normalName().equals("style")) {
            return null;
        }
        String text = e.text();
        if (text.length() > LONGEST_DATE_LINE) {
            return null;
        }
        return parser.parseLine(text, retrievedAt).orElse(null);
    }

    private static Published fromTimeElements(Document page) {
        // simple selectors only: a descendant combinator costs depth x elements on deeply nested pages
        List<String> selectors = List.of("time[pubdate][datetime]", "[itemprop=datePublished][datetime]",
                "time[class~=(?i)publish|posted|created][datetime]");
        for (String selector : selectors) {
            Element time = page.selectFirst(selector);
            if (time != null) {
                Published p = MachineDate.parse(time.attr("datetime"), "time datetime");
                if (p != null) {
                    return p;
                }
            }
        }
        Element first = null;
        for (Element time : page.select("time[datetime]")) {
            if (MachineDate.parse(time.attr("datetime"), "") == null) {
                continue;
            }
            if (Ancestors.has(time, "article")) {
                first = time;
                break;
            }
            if (first == null) {
                first = time;
            }
        }
        return first == null ? null : MachineDate.parse(first.attr("datetime"), "time datetime");
    }

    static Published fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher day = URL_DAY.matcher(url);
        if (day.find()) {
            Published p = MachineDate.parse(String.format("%s-%02d-%02d", day.group(1),
                    Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3))), "url " + day.group().replaceAll("^/|/$", ""));
            if (p != null) {
                return p;
            }
        }
        Matcher month = URL_MONTH.matcher(url);
        if (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return new Published(String.format("%s-%02d", month.group(1), m), "month",
                        "url " + month.group().replaceAll("^/|/$", ""));
            }
        }
        return null;
    }
}
