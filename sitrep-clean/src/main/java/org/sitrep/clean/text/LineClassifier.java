package org.sitrep.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

    /** A wire service's dateline line: a place in capitals, then the date ("OSLO 1996-09-02", "AL-AIN, United Arab Emirates 1996-12-06"). */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}(?:\\s*,\\s*[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3})?)\\s+(\\S.*)$");

    private static final Pattern FIGURE = Pattern.compile("[-+]?\\d+(?:[.,:/-]\\d+)*[.%)]?");

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
        if (line.length() <= 80 && (dates.isDateLine(line) || wireDateline(line) != null)) {
            return Line.Kind.DATE;
        }
        if (BULLET.matcher(line).find()) {
            return Line.Kind.BULLET;
        }
        if (CREDIT.matcher(line).find()) {
            return Line.Kind.CAPTION;
        }
        int words = line.split("\\s+").length;
        if (shouted(line) && words <= 30) {
            // a line in capitals is a wire headline ("RUSSIA, UKRAINE SWAP 95 PRISONERS ."), never running text
            return Line.Kind.HEADLINE;
        }
        if (figures(line)) {
            // a line of names and figures is a result or a table row of the story ("Germany 2 Sweden 1"), not a headline
            return Line.Kind.PROSE;
        }
        boolean ends = SENTENCE_END.matcher(line).find();
        if ((ends && words >= 4) || words >= 30) {
            return Line.Kind.PROSE;
        }
        return words <= 30 ? Line.Kind.HEADLINE : Line.Kind.PROSE;
    }

    /**
     * The place and the date of a wire dateline line: group 1 the place, group 2 the date; null when the line is none.
     */
    Matcher wireDateline(String line) {
        Matcher m = WIRE_DATELINE.matcher(line);
        if (m.matches() && m.group(1).replaceAll("[^A-Z]", "").length() >= 2 && dates.isDateLine(m.group(2))) {
            return m;
        }
        return null;
    }

    /** Whether at least two of a line's words (punctuation aside), and a third of them, are figures ("Japan 2 Syria 1", "Ohio 54 31 .635"). */
    static boolean figures(String line) {
        int words = 0;
        int figures = 0;
        for (String w : line.trim().split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                words++;
                if (FIGURE.matcher(w).matches()) {
                    figures++;
                }
            }
        }
        return figures >= 2 && figures * 3 >= words;
    }

    /** Whether a line is written in capitals: three words or more, and no lower-case letter. */
    static boolean shouted(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 12 && line.trim().split("\\s+").length >= 3;
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
