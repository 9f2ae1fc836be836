package org.sitrep.clean.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private PublishedDateReader() {
    }

    static Published read(Document page, MetaTags meta, JsonLd jsonLd, String containerDate, String url) {
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
        return fromUrl(url);
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
