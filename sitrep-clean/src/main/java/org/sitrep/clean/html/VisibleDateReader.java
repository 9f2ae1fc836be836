package org.sitrep.clean.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;
import org.sitrep.clean.date.TextDates;
import org.sitrep.model.Published;

/**
 * Reads a publication day from what a page shows rather than from its metadata, for pages that carry none (or
 * lost it to an earlier cleaner): elements whose markup names them as a date ({@code class="post-date"},
 * {@code id="published"}, {@code itemprop="dateCreated"}, {@code <abbr>}, a {@code <time>} without a machine
 * value), nearest the headline first; then, carefully, the days written anywhere in the page's text.
 * Where an element shows two days ("Published 3 May 2024, updated 5 May 2024") the earliest is the original one.
 */
final class VisibleDateReader {

    /**
     * Class, id and itemprop names that say "this is the date": markup is named in English on pages of every
     * language, with a few common local names (datum, fecha, data) that sites keep in their markup.
     */
    private static final Pattern DATE_NAME = Pattern.compile(
            "(?i)date|time|publish|posted|byline|dateline|datum|fecha|zeit|timestamp|article-?info|entry-?meta|post-?meta|meta-?info");

    /**
     * Containers of other stories' teasers (related links, lists of articles, cards, sidebars): a date inside one is
     * that story's date, not the page's.
     */
    private static final String OTHER_STORY_WORDS = "teaser|teasers|related|recommended|recommendations|list-item|card"
            + "|cards|promo|more-stories|more-news|more-articles|most-read|trending|sidebar|widget|comment|comments";
    /**
     * A part of a class or id (between {@code _}, {@code __} and spaces, camelCase split by dashes) that starts or
     * ends with one of the words: "teaser-absatz", "article-list-item", but not "two-col-sidebar-right", a layout.
     */
    private static final Pattern OTHER_STORY = Pattern.compile(
            "(?:^|[\\s_])(?:" + OTHER_STORY_WORDS + ")(?:$|[\\s_-])|(?:^|[\\s_-])(?:" + OTHER_STORY_WORDS + ")(?:$|[\\s_])");
    /** How far up a date element is looked at for a teaser container: a teaser wraps its date closely. */
    private static final int TEASER_LEVELS = 8;
    /** How far up (and how many children each) a date element is looked at for a linked headline beside it. */
    private static final int LINKED_HEADLINE_LEVELS = 3;
    private static final int MAX_SIBLINGS = 50;

    /** An element's own text above this length is a paragraph, not a date line. */
    private static final int LONGEST_DATE_TEXT = 120;
    /** Elements and text nodes read from one date element at most: a date line is a handful. */
    private static final int MAX_DATE_NODES = 200;
    /** How many elements after (and before) the headline count as "near" it. */
    private static final int NEAR_AFTER = 80;
    private static final int NEAR_BEFORE = 20;
    /** The page text read for the last, whole-page look: enough for any article, bounded for any page. */
    private static final int MAX_PAGE_TEXT = 300_000;

    private final TextDates dates;

    VisibleDateReader(TextDates dates) {
        this.dates = dates;
    }

    /** A day from an element the markup names as a date just below (or above) the headline; null if none. */
    Published nearHeadline(Document page, Element headline) {
        if (headline == null) {
            return null;
        }
        Elements all = page.getAllElements();
        int at = all.indexOf(headline);
        List<Element> order = new ArrayList<>();
        for (int i = at + 1; i < all.size() && i <= at + NEAR_AFTER; i++) {
            order.add(all.get(i));
        }
        for (int i = at - 1; i >= 0 && i >= at - NEAR_BEFORE; i--) {
            order.add(all.get(i));
        }
        // an "Updated ..." line is a modification date: an original date near the headline wins over it
        Published updated = null;
        for (Element e : order) {
            Published p = fromElement(e);
            if (p != null && !PublishedDateReader.isUpdate(p)) {
                return p;
            }
            if (p != null && updated == null) {
                updated = p;
            }
        }
        return updated;
    }

    /** A day from the elements the markup names as a date anywhere on the page; null if none. */
    Published anywhere(Document page) {
        Elements all = page.getAllElements();
        // far from the headline, a date element may belong to another story (a teaser, a list of related links):
        // the article's own day is the one its date elements repeat most, the first of equally frequent ones
        Map<LocalDate, Integer> counts = new HashMap<>();
        List<Published> found = new ArrayList<>();
        for (Element e : all) {
            Published p = fromElement(e);
            LocalDate d = p == null ? null : PublishedDateReader.day(p);
            if (d != null) {
                counts.merge(d, 1, Integer::sum);
                found.add(p);
            }
        }
        Published best = null;
        int bestCount = 0;
        for (Published p : found) {
            int count = counts.get(PublishedDateReader.day(p));
            if (count > bestCount) {
                best = p;
                bestCount = count;
            }
        }
        return best;
    }

    /** A short line of text near the headline that holds a day ("By Jane Roe, May 3, 2024 at 10:02"). */
    Published fromLineNearHeadline(Document page, Element headline) {
        if (headline == null) {
            return null;
        }
        Elements all = page.getAllElements();
        int at = all.indexOf(headline);
        for (int i = at + 1; i < all.size() && i <= at + NEAR_AFTER; i++) {
            Published p = inAnotherStory(all.get(i)) ? null : fromShortText(all.get(i));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Published fromElement(Element e) {
        String name = e.normalName();
        if (name.equals("script") || name.equals("style") || name.equals("head") || name.equals("html")
                || name.equals("body")) {
            return null;
        }
        boolean named = name.equals("time") || name.equals("abbr")
                || DATE_NAME.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")).find();
        if (!named || inAnotherStory(e)) {
            return null;
        }
        for (String attribute : List.of("datetime", "content", "title", "data-date", "data-timestamp")) {
            Published p = MachineDate.parse(e.attr(attribute), "date element " + attribute);
            if (p != null && within(p)) {
                return p;
            }
        }
        return fromShortText(e);
    }

    /**
     * Whether a date element belongs to another story: it sits in a container named as a teaser, list item, card or
     * sidebar (or in {@code <aside>}, {@code <nav>}, {@code <footer>}), or beside a headline that links elsewhere
     * (a teaser's {@code <h3><a href>}; the page's own headline is not a link); or to a picture: a caption's
     * day ({@code <figure>}, {@code <figcaption>}) is when the photograph was taken.
     */
    static boolean inAnotherStory(Element e) {
        int levels = 0;
        for (Element a = e; a != null && levels++ < TEASER_LEVELS; a = a.parent()) {
            String name = a.normalName();
            if (name.equals("aside") || name.equals("nav") || name.equals("footer") || name.equals("figcaption")
                    || name.equals("figure") || name.equals("body")) {
                return !name.equals("body");
            }
            if (OTHER_STORY.matcher(ClassNames.of(a)).find()) {
                return true;
            }
            if (levels <= LINKED_HEADLINE_LEVELS && hasLinkedHeadline(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLinkedHeadline(Element container) {
        int seen = 0;
        for (Element child : container.children()) {
            if (++seen > MAX_SIBLINGS) {
                return false;
            }
            String name = child.normalName();
            boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6';
            if (heading && child.childrenSize() == 1 && child.child(0).normalName().equals("a")
                    && child.child(0).hasAttr("href")) {
                return true;
            }
        }
        return false;
    }

    private Published fromShortText(Element e) {
        if (e.normalName().equals("script") || e.normalName().equals("style")) {
            return null;
        }
        String text = shortText(e);
        if (text == null) {
            return null;
        }
        LocalDate earliest = null;
        for (TextDates.Found f : dates.find(text)) {
            if (earliest == null || f.date().isBefore(earliest)) {
                earliest = f.date();
            }
        }
        // the basis is the line itself, as the page shows it, for an analyst to check
        return earliest == null ? null : new Published(earliest.toString(), "day", text);
    }

    /**
     * The element's text when it is short enough to be a date line, else null; stops reading as soon as it is
     * too long, so looking at every element of a page nested deep in date-named elements stays linear.
     */
    static String shortText(Element e) {
        StringBuilder text = new StringBuilder();
        int[] nodes = {0};
        boolean[] tooLong = {false};
        NodeTraversor.filter((node, depth) -> {
            if (++nodes[0] > MAX_DATE_NODES || text.length() > LONGEST_DATE_TEXT) {
                tooLong[0] = true;
                return NodeFilter.FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element el) {
                if (el.normalName().equals("script") || el.normalName().equals("style")) {
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (el.isBlock() || el.normalName().equals("br")) {
                    text.append(' '); // as a browser shows it: blocks and line breaks part words, inline tags do not
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, e);
        String normalized = BodyWriter.normalize(text.toString());
        return tooLong[0] || normalized.length() > LONGEST_DATE_TEXT ? null : normalized;
    }

    /**
     * The last look: the days written anywhere in the page's text, the most frequent taken (the article's own day
     * is repeated in its byline, its header and its share links; the days of other stories are not), the earliest
     * of equally frequent ones. With {@code month} (the year and month a URL gives) only days in it count.
     */
    Published fromPageText(Document page, String month) {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        String text = body.text();
        if (text.length() > MAX_PAGE_TEXT) {
            text = text.substring(0, MAX_PAGE_TEXT);
        }
        Map<LocalDate, Integer> counts = new HashMap<>();
        Map<LocalDate, String> written = new HashMap<>();
        for (TextDates.Found f : dates.find(text)) {
            if (month == null || f.date().toString().startsWith(month)) {
                counts.merge(f.date(), 1, Integer::sum);
                written.putIfAbsent(f.date(), text.substring(f.start(), f.end()));
            }
        }
        LocalDate best = null;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().isBefore(best))) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null || (bestCount < 2 && counts.size() > 1)) {
            return null; // several days, each written once: nothing says which is the article's
        }
        return new Published(best.toString(), "day", written.get(best));
    }

    private boolean within(Published p) {
        return dates.plausible(PublishedDateReader.day(p));
    }
}
