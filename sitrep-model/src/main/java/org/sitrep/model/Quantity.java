package org.sitrep.model;

/** A number with what it counts: 10000 troops, 5 people killed. */
public record Quantity(long value, String unit, String what) {
}
