package org.sitrep.annotate.time;

/** A time expression found in a text: its extent in that text and its normalised value. */
public record TimeMention(int start, int end, String text, String value, String precision, String type) {
}
