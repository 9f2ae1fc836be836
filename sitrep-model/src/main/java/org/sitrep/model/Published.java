package org.sitrep.model;

/**
 * The publication time of an article.
 *
 * @param value     ISO-8601 date or date-time
 * @param precision {@code day}, {@code minute}, {@code second}, {@code month}, ...
 * @param basis     the text it was read from, so an analyst can check it
 */
public record Published(String value, String precision, String basis) {
}
