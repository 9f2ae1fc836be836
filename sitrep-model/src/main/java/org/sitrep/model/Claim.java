package org.sitrep.model;

/** An assertion attributed to a source: a value someone says something has, as of a date. */
public record Claim(String subject, Long value, String unit, Ref accordingTo, DateValue asOf, Span evidence) {
}
