package org.sitrep.model;

/** An actor or target of an event, with the country it belongs to when known. */
public record Participant(String name, String entity, String country) {
}
