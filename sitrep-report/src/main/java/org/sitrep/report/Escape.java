package org.sitrep.report;

/**
 * Makes article text inert where a report shows it: article text is untrusted (a page may hold {@code <script>},
 * {@code onerror=} or markdown that would turn into a link).
 */
final class Escape {

    private Escape() {
    }

    /** Text for HTML or SVG, in an element or a quoted attribute: the five characters that could end either escaped. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Text for one line of Markdown (a table cell, a list item): line breaks become spaces and every character
     * Markdown or its HTML would act on is backslash-escaped, so no link, image, emphasis, HTML tag or cell break
     * comes out of article text.
     */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || Character.isISOControl(c)) {
                out.append(' ');
            } else {
                if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
