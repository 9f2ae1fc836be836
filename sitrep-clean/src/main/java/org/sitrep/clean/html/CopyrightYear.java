package org.sitrep.clean.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The latest year a page's copyright lines name ("© 2024 Example Media", "Copyright (c) 2005-2024"). A year is not
 * a day, so it never dates a page; it only bounds the days read from the page's text: a site renders its current
 * year into its footer, so a day written in the text after that year belongs to something else (an event
 * announced ahead, a later edit). Footers go stale (a "© 2017" on a page of 2024), so the bound is used only where
 * the text is read, never against the page's metadata.
 */
final class CopyrightYear {

    private static final Pattern NOTICE = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})(?!\\d)");
    /** Text read at most from the footer-like end of a page. */
    private static final int MAX_TEXT = 20_000;

    private CopyrightYear() {
    }

    /** The latest year named in a copyright line of the page's last text, or 0 when none. */
    static int of(Document page) {
        Element body = page.body();
        if (body == null) {
            return 0;
        }
        String text = body.text();
        text = text.length() > MAX_TEXT ? text.substring(text.length() - MAX_TEXT) : text;
        int year = 0;
        Matcher m = NOTICE.matcher(text);
        while (m.find()) {
            year = Math.max(year, Integer.parseInt(m.group(1)));
        }
        return year;
    }
}
