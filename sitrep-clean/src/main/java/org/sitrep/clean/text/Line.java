package org.sitrep.clean.text;

/**
 * One line of a scraped text file, trimmed, with the input offset of its first kept character and
 * what kind of line it looks like.
 */
record Line(int index, int start, String text, Kind kind) {

    enum Kind {
        /** Nothing but white space. */
        BLANK,
        /** A sentence or paragraph of running text. */
        PROSE,
        /** A short line that could be a headline (or a subheading inside a body). */
        HEADLINE,
        /** A bullet item: "• ...", "- ...". */
        BULLET,
        /** A photo caption ending in a credit: "... (File/AP)". */
        CAPTION,
        /** A publication or update time: "Updated 29 October 2024". */
        DATE,
        /** A bare URL, typically the page's short link. */
        URL,
        /** Interface words of the page: "Follow", "Short Url", "Share". */
        INTERFACE
    }

    int end() {
        return start + text.length();
    }
}
