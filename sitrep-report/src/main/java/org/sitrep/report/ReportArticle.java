package org.sitrep.report;

/**
 * One article a report draws on: what a reader needs to find it.
 *
 * @param title     its headline, or null
 * @param titleSpan where the headline stands in its input, or null
 * @param published its publication date (ISO-8601), or null
 * @param source    its URL, else the path of the input it was read from (shown as text, never as a link)
 */
public record ReportArticle(String id, String title, Citation titleSpan, String published, String source) {
}
