package org.sitrep.model;

/** A normalised date with its precision. */
public record DateValue(String value, String precision) {
}
