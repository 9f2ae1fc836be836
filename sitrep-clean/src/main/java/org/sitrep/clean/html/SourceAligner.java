package org.sitrep.clean.html;

import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds where each character of a text node's decoded text stands in the page source. The
 * decoded text differs from the source only where the source has character references
 * ({@code &amp;}, {@code &#8217;}) or carriage returns; those are walked over in step, so literal
 * runs map exactly and a decoded reference maps to the start of its reference. When the two
 * cannot be aligned (a node built by the parser's error recovery), the rest maps to the node's start.
 */
final class SourceAligner {

    private static final int LONGEST_REFERENCE = 40;

    private SourceAligner() {
    }

    /**
     * The source offset of every character of the node's text, or -1 for a character that is not
     * literally in the source (decoded from a reference), or null when the node has no position.
     */
    static int[] align(TextNode node, String source) {
        Range range = node.sourceRange();
        String text = node.getWholeText();
        if (!range.isTracked() || range.startPos() < 0 || range.endPos() > source.length()
                || range.endPos() < range.startPos()) {
            return null;
        }
        int start = range.startPos();
        int end = range.endPos();
        int[] at = new int[text.length()];
        if (end - start == text.length() && source.regionMatches(start, text, 0, text.length())) {
            for (int i = 0; i < at.length; i++) {
                at[i] = start + i;
            }
            return at;
        }
        int i = 0;
        int j = start;
        while (i < text.length()) {
            if (j >= end) {
                break;
            }
            char s = source.charAt(j);
            char t = text.charAt(i);
            if (s == '&') {
                int semicolon = source.indexOf(';', j);
                if (semicolon > j && semicolon < end && semicolon - j <= LONGEST_REFERENCE) {
                    String reference = source.substring(j, semicolon + 1);
                    String decoded = Parser.unescapeEntities(reference, false);
                    if (!decoded.equals(reference) && text.startsWith(decoded, i)) {
                        for (int k = 0; k < decoded.length(); k++) {
                            at[i + k] = -1;
                        }
                        i += decoded.length();
                        j = semicolon + 1;
                        continue;
                    }
                }
            }
            if (s == t) {
                at[i++] = j++;
            } else if (s == '\r' || s == '\0') {
                j++;
            } else if (t == '\n' && s == '\r') {
                at[i++] = j++;
            } else {
                break;
            }
        }
        for (; i < text.length(); i++) {
            at[i] = -1; // unaligned: these characters have no exact source position
        }
        return at;
    }

    /** The node's start in the source, where unaligned characters are cited. */
    static int nodeStart(TextNode node) {
        Range range = node.sourceRange();
        return range.isTracked() ? Math.max(0, range.startPos()) : -1;
    }
}
