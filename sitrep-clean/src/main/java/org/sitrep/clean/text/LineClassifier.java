package org.sitrep.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.clean.date.PublicationDateParser;

/**
 * Splits a scraped text into lines and tells what each line is. The rules read the shape of a line
 * (length, final punctuation, bullet marks, a trailing photo credit), never particular articles.
 */
final class LineClassifier {

    /** Words that web pages put around articles: share buttons, menus, labels. Matched as a whole line. */
    private static final Set<String> INTERFACE_WORDS = Set.of(
            "short url", "follow", "following", "share", "share this", "share this article", "tweet", "print", "email",
            "e-mail", "comments", "comment", "advertisement", "advertising", "sponsored", "read more", "read next",
            "subscribe", "sign up", "sign in", "log in", "login", "register", "related", "related articles",
            "related stories", "related news", "most popular", "most read", "trending", "listen", "listen to this article",
            "save", "copy link", "link copied", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit",
            "skip to content", "skip to main content", "menu", "home", "back to top", "close", "next", "previous",
            "show more", "load more", "see more", "more", "font size", "a a", "a+ a-", "print article", "share on facebook",
            "share on twitter", "share on x", "share via email", "copy url", "recommended", "you may also like");

    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦‣∙*–-]\\s+\\S");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:[A-Z][\\w.&'’ -]{0,40}/[\\w.&'’ /-]{1,60}|AP|AFP|Reuters|Getty Images|EPA|Xinhua|Bloomberg|"
                    + "Anadolu|AP Photo|File|Supplied|Handout|Courtesy[^)]{0,60}|Photo[^)]{0,60})\\)\\s*$");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$|[\"”’]$");

    private final PublicationDateParser dates = new PublicationDateParser();

    List<Line> classify(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            String raw = text.substring(pos, end);
            int lead = 0;
            while (lead < raw.length() && isSpace(raw.charAt(lead))) {
                lead++;
            }
            int trail = raw.length();
            while (trail > lead && isSpace(raw.charAt(trail - 1))) {
                trail--;
            }
            String trimmed = raw.substring(lead, trail);
            lines.add(new Line(lines.size(), pos + lead, trimmed, kindOf(trimmed)));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    Line.Kind kindOf(String line) {
        if (line.isEmpty()) {
            return Line.Kind.BLANK;
        }
        String lower = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (INTERFACE_WORDS.contains(lower) || INTERFACE_WORDS.contains(lower.replaceAll("[:|»>]+$", "").strip())) {
            return Line.Kind.INTERFACE;
        }
        if (URL.matcher(line).matches()) {
            return Line.Kind.URL;
        }
        if (line.length() <= 80 && dates.isDateLine(line)) {
            return Line.Kind.DATE;
        }
        if (BULLET.matcher(line).find()) {
            return Line.Kind.BULLET;
        }
        if (CREDIT.matcher(line).find()) {
            return Line.Kind.CAPTION;
        }
        int words = line.split("\\s+").length;
        boolean ends = SENTENCE_END.matcher(line).find();
        if ((ends && words >= 4) || words >= 30) {
            return Line.Kind.PROSE;
        }
        return words <= 30 ? Line.Kind.HEADLINE : Line.Kind.PROSE;
    }

    /** White space as scraped pages have it: also no-break and zero-width spaces, and stray byte-order marks. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The text of a bullet line without its mark. */
    static int bulletTextOffset(String line) {
        int i = 1;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
