package org.sitrep.clean.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.clean.date.MonthNames;
import org.sitrep.clean.date.PublicationDateParser;
import org.sitrep.clean.date.TextDates;
import org.sitrep.model.Published;

/**
 * Reads when a page was published, from the most to the least reliable evidence, in the order htmldate trusts it:
 * the container (feed item), JSON-LD {@code datePublished}, publication meta tags of many vocabularies (Open Graph,
 * Dublin Core, parse.ly, sailthru, itemprop, ...; also in the {@code name=}/{@code value=} form some cleaners leave),
 * {@code <time datetime>}, a whole day in the URL, elements the markup names as a date, a short line holding a day
 * near the headline, then the days written in the page's text (in the URL's month where it gives one). A date after
 * the page was retrieved (else after today) is never taken. Modification dates are not publication dates and are
 * not read. Returns null when nothing fixes a date.
 */
final class PublishedDateReader {

    /** Meta names and properties that carry the publication date, most specific first. */
    private static final List<String> META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datePublished", "date_published", "published_time", "published-date", "published_date",
            "publisher:published_time", "rnews:datepublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "pub_date", "publication_date", "article.published", "article_date_original",
            "bt:pubdate", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date.published",
            "dcterms.issued", "dcterms.created", "dc.date.created", "dc.created", "citation_publication_date",
            "citation_date", "prism.publicationdate", "cxenseparse:recs:publishtime", "originalpublicationdate",
            "article.created", "datecreated", "displaydate", "date", "dc.date", "dcterms.date", "pdate");

    private static final Pattern URL_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");
    /** A month written as a word: /2023/apr/28/ (Washington Times, The Guardian), /25_gennaio_05/ (Corriere). */
    private static final Pattern URL_NAMED_MONTH = Pattern.compile(
            "/((?:19|20)?\\d{2})[/_-](\\p{L}{3,12})[/_-](\\d{1,2})(?:[/_.-]|$)");
    /** A compact day in a path segment or a file name: /20240422/, /news-20240422-1.html. */
    private static final Pattern URL_COMPACT_DAY = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

    /** The labels PublicationDateParser reads that say a line is a modification date. */
    private static final Pattern UPDATED = Pattern.compile("(?i)(?:last\\s+)?(?:updated|modified)\\b");
    private static final int ELEMENTS_AFTER_TITLE = 40;
    private static final int ELEMENTS_BEFORE_TITLE = 15;
    private static final int LONGEST_DATE_LINE = 80;
    /** No news page in the web's history is older; a day before it in a page's text is something else. */
    private static final LocalDate EARLIEST_TEXT_DATE = LocalDate.of(1995, 1, 1);

    private PublishedDateReader() {
    }

    static Published read(Document page, MetaTags meta, JsonLd jsonLd, String containerDate, String url,
                          Instant retrievedAt, String language) {
        // the day a page was fetched, and one day of slack: the page's own local day can be ahead of UTC
        LocalDate latest = (retrievedAt == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC)).plusDays(1);
        TextDates dates = new TextDates(EARLIEST_TEXT_DATE, latest, language);
        Published p = MachineDate.parse(containerDate, "container");
        if (p != null) {
            return p;
        }
        p = bounded(MachineDate.parse(jsonLd.text("datePublished"), "JSON-LD datePublished"), latest);
        if (p != null) {
            return p;
        }
        for (String name : META) {
            for (String content : meta.all(name)) {
                p = bounded(metaDate(content, "meta " + name, dates), latest);
                if (p != null) {
                    return p;
                }
            }
        }
        p = bounded(MachineDate.parse(jsonLd.text("dateCreated"), "JSON-LD dateCreated"), latest);
        if (p != null) {
            return p;
        }
        p = bounded(fromMarkedTimeElements(page), latest);
        if (p != null) {
            return p;
        }
        Published fromUrl = bounded(fromUrl(url), latest);
        if (fromUrl != null && fromUrl.precision().equals("day")) {
            return fromUrl;
        }
        Element headline = MetadataReader.headline(page);
        VisibleDateReader visible = new VisibleDateReader(dates);
        // from here on each finding must fall in the month the URL gives, where it gives one
        List<Supplier<Published>> fallbacks = List.of(
                () -> visible.nearHeadline(page, headline),
                () -> bounded(fromAnyTimeElement(page), latest),
                () -> bounded(fromTextNearTitle(page, headline, retrievedAt), latest),
                () -> visible.anywhere(page),
                () -> visible.fromLineNearHeadline(page, headline),
                () -> ScriptDates.read(page, dates));
        for (Supplier<Published> fallback : fallbacks) {
            p = fallback.get();
            if (p != null && (fromUrl == null || p.value().startsWith(fromUrl.value()))) {
                return p;
            }
        }
        // the last look, over all the page's text, is bounded by its copyright year too, where it names one
        int copyright = CopyrightYear.of(page);
        TextDates shown = copyright == 0 || LocalDate.of(copyright, 12, 31).isAfter(latest) ? dates
                : new TextDates(EARLIEST_TEXT_DATE, LocalDate.of(copyright, 12, 31), language);
        p = new VisibleDateReader(shown).fromPageText(page, fromUrl == null ? null : fromUrl.value());
        return p != null ? p : fromUrl;
    }

    /** Whether the line a date was read from labels it a modification date ("Updated ...", "Last modified ..."). */
    static boolean isUpdate(Published p) {
        return p.basis() != null && UPDATED.matcher(p.basis()).lookingAt();
    }

    /** A meta tag's value: machine-readable, else a day written out ("December 7, 2016", "12-15-2016"). */
    private static Published metaDate(String content, String basis, TextDates dates) {
        Published p = MachineDate.parse(content, basis);
        if (p != null) {
            return p;
        }
        if (content.length() > LONGEST_DATE_LINE) {
            return null;
        }
        LocalDate d = dates.first(content);
        if (d == null) {
            // month first with dashes (12-15-2016), which day-first reading refuses as a 15th month
            d = new TextDates(EARLIEST_TEXT_DATE, LocalDate.MAX, "en").first(content.replace('-', '/'));
        }
        return d == null ? null : new Published(d.toString(), "day", basis);
    }

    /** The date, unless it is after the latest day the page can have been published on. */
    private static Published bounded(Published p, LocalDate latest) {
        if (p == null) {
            return null;
        }
        LocalDate d = day(p);
        return d != null && d.isAfter(latest) ? null : p;
    }

    /** The calendar day a date names (its date part as written), or null for a month or year. */
    static LocalDate day(Published p) {
        String v = p.value();
        if (v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A line that is only a date ("Updated 29 October 2024") just above or below the headline. */
    private static Published fromTextNearTitle(Document page, Element title, Instant retrievedAt) {
        if (title == null) {
            return null;
        }
        Elements all = page.getAllElements();
        int at = all.indexOf(title);
        PublicationDateParser parser = new PublicationDateParser();
        // below the headline first, where most pages print the date; then the few elements above it.
        // An "Updated ..." line is a modification date: an original date near the headline wins over it
        List<Element> near = new ArrayList<>();
        for (int i = at + 1; i < all.size() && i <= at + ELEMENTS_AFTER_TITLE; i++) {
            near.add(all.get(i));
        }
        for (int i = at - 1; i >= 0 && i >= at - ELEMENTS_BEFORE_TITLE; i--) {
            near.add(all.get(i));
        }
        Published updated = null;
        for (Element e : near) {
            Published p = dateLine(e, parser, retrievedAt);
            if (p != null && !isUpdate(p)) {
                return p;
            }
            if (p != null && updated == null) {
                updated = p;
            }
        }
        return updated;
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

    /** A {@code <time>} or element marked as the publication time ({@code pubdate}, {@code itemprop}, class). */
    private static Published fromMarkedTimeElements(Document page) {
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
        return null;
    }

    /** The first {@code <time datetime>} inside an article, else the first on the page. */
    private static Published fromAnyTimeElement(Document page) {
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
        // only the path: a query string's numbers (ids, cache keys) are not the page's day
        url = url.replaceFirst("[?#].*$", "");
        Matcher day = URL_DAY.matcher(url);
        if (day.find()) {
            Published p = MachineDate.parse(String.format("%s-%02d-%02d", day.group(1),
                    Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3))), "url " + day.group().replaceAll("^/|/$", ""));
            if (p != null) {
                return p;
            }
        }
        Matcher named = URL_NAMED_MONTH.matcher(url);
        while (named.find()) {
            int m = MonthNames.all().month(named.group(2), null);
            String year = named.group(1).length() == 2 ? "20" + named.group(1) : named.group(1);
            Published p = m < 1 ? null : MachineDate.parse(String.format("%s-%02d-%02d", year, m,
                    Integer.parseInt(named.group(3))), "url " + named.group().replaceAll("^/|/$", ""));
            if (p != null) {
                return p;
            }
        }
        Matcher compact = URL_COMPACT_DAY.matcher(url);
        if (compact.find()) {
            Published p = MachineDate.parse(compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3),
                    "url " + compact.group().replaceAll("^[/_-]|[/_.-]$", ""));
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
