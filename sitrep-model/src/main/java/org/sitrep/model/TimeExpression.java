package org.sitrep.model;

/**
 * A time expression and its normalised value (TIMEX3-style: 2024-10-29, 2024-W43, 2025-10,
 * XXXX-WXX-3 when nothing anchors it).
 *
 * @param precision day, week, month, year, minute, ... or {@code unknown-anchor}
 * @param type      DATE, TIME, DURATION or SET
 */
public record TimeExpression(String text, int start, int end, String value, String precision, String type) {
}
