package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.sitrep.model.FileRun;

/**
 * Finds where a feed item's content stands in the feed file, so that offsets into the item (a quote, a mention)
 * can be followed back to the feed's own characters. The feed parser hands over the content decoded (CDATA
 * unwrapped, {@code &lt;} read as {@code <}) and keeps no positions; this walks the same element in the feed's
 * text, decoding it again character by character while noting where each character came from, and keeps the map
 * only when what it decoded is exactly what the parser gave. Items are found in document order, as the parser
 * lists them. A content it cannot align (XHTML content, several content elements) gets no map rather than a wrong one.
 */
final class FeedItemLocator {

    /** Where a character has no place in the file (the separator the reader adds after a content). */
    static final int NOWHERE = Integer.MIN_VALUE;

    private static final Pattern ITEM = Pattern.compile("<(?:item|entry)(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CDATA_START = Pattern.compile("<!\\[CDATA\\[");
    private static final int LONGEST_REFERENCE = 40;

    private final String xml;
    private final List<Integer> itemStarts = new ArrayList<>();

    FeedItemLocator(String xml) {
        this.xml = xml;
        Matcher m = ITEM.matcher(xml);
        while (m.find()) {
            itemStarts.add(m.start());
        }
    }

    /**
     * The file offsets of the characters of item {@code n}'s (1-based) {@code content}, read from its first element
     * named one of {@code elements}; null when it cannot be aligned.
     *
     * @param twiceEscaped whether the reader undid a second escaping of the content's HTML
     */
    int[] locate(int n, List<String> elements, String content, boolean twiceEscaped) {
        if (n < 1 || n > itemStarts.size()) {
            return null;
        }
        int from = itemStarts.get(n - 1);
        int to = n < itemStarts.size() ? itemStarts.get(n) : xml.length();
        for (String element : elements) {
            int[] inner = inner(element, from, to);
            if (inner == null) {
                continue;
            }
            StringBuilder decoded = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            decodeXml(inner[0], inner[1], decoded, at);
            String text = decoded.toString();
            int[] map = toArray(at);
            if (twiceEscaped) {
                StringBuilder again = new StringBuilder();
                List<Integer> at2 = new ArrayList<>();
                decodeHtmlReferences(text, map, again, at2);
                text = again.toString();
                map = toArray(at2);
            }
            return fit(text, map, content);
        }
        return null;
    }

    /**
     * The map of {@code content}: the decoded element is the content (the parser may have trimmed it), followed at
     * most by the blank separator the reader adds; null when they differ otherwise.
     */
    private static int[] fit(String decoded, int[] map, String content) {
        int lead = 0;
        String core = decoded;
        if (!content.startsWith(decoded)) {
            core = decoded.strip();
            lead = core.isEmpty() ? 0 : decoded.indexOf(core);
            if (!content.startsWith(core)) {
                return null;
            }
        }
        if (!content.substring(core.length()).isBlank()) {
            return null;
        }
        int[] full = new int[content.length()];
        for (int i = 0; i < full.length; i++) {
            full[i] = i < core.length() ? map[lead + i] : NOWHERE;
        }
        return full;
    }

    /** The start and end of the element's inner text within [from, to), or null when it is not there. */
    private int[] inner(String element, int from, int to) {
        Matcher open = Pattern.compile("<" + Pattern.quote(element) + "(?=[\\s>/])[^>]*>").matcher(xml).region(from, to);
        if (!open.find() || open.group().endsWith("/>") || open.group().matches("(?s).*type\\s*=\\s*[\"']xhtml.*")) {
            return null;
        }
        int close = xml.indexOf("</" + element, open.end());
        return close < 0 || close > to ? null : new int[] {open.end(), close};
    }

    /** XML's decoding of [start, end): CDATA copied, references read, line ends normalised, with positions. */
    private void decodeXml(int start, int end, StringBuilder out, List<Integer> at) {
        int i = start;
        while (i < end) {
            char c = xml.charAt(i);
            if (c == '<' && CDATA_START.matcher(xml).region(i, end).lookingAt()) {
                int close = xml.indexOf("]]>", i);
                int stop = close < 0 || close > end ? end : close;
                for (int j = i + 9; j < stop; j++) {
                    literal(xml, j, stop, out, at);
                }
                i = stop + 3;
            } else if (c == '&') {
                int semicolon = xml.indexOf(';', i);
                String decoded = semicolon > i && semicolon < end && semicolon - i <= LONGEST_REFERENCE
                        ? xmlReference(xml.substring(i + 1, semicolon)) : null;
                if (decoded == null) {
                    out.append(c);
                    at.add(i);
                    i++;
                } else {
                    for (int k = 0; k < decoded.length(); k++) {
                        out.append(decoded.charAt(k));
                        at.add(-i - 1);
                    }
                    i = semicolon + 1;
                }
            } else {
                literal(xml, i, end, out, at);
                i++;
            }
        }
    }

    /** One literal character; XML reads "\r\n" and a lone "\r" as "\n". */
    private static void literal(String s, int i, int end, StringBuilder out, List<Integer> at) {
        char c = s.charAt(i);
        if (c == '\r' && i + 1 < end && s.charAt(i + 1) == '\n') {
            return; // the "\n" that follows stands for both
        }
        out.append(c == '\r' ? '\n' : c);
        at.add(c == '\r' ? -i - 1 : i);
    }

    private static String xmlReference(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                            : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                    return code >= 0 && Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    /** The reader's second unescaping (HTML references), carried through the map of the first. */
    private static void decodeHtmlReferences(String s, int[] map, StringBuilder out, List<Integer> at) {
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '&') {
                int semicolon = s.indexOf(';', i);
                if (semicolon > i && semicolon - i <= LONGEST_REFERENCE) {
                    String reference = s.substring(i, semicolon + 1);
                    String decoded = Parser.unescapeEntities(reference, false);
                    if (!decoded.equals(reference)) {
                        int origin = map[i] >= 0 ? map[i] : -map[i] - 1;
                        for (int k = 0; k < decoded.length(); k++) {
                            out.append(decoded.charAt(k));
                            at.add(-origin - 1);
                        }
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            out.append(s.charAt(i));
            at.add(map[i]);
            i++;
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
