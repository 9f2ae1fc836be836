package org.sitrep.model;

/** ACLED's event type and sub-event type for violent and protest events. */
public record AcledType(String eventType, String subEventType) {
}
