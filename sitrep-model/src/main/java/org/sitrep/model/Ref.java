package org.sitrep.model;

/** A reference to an entity of the same article by name and id (the id may be null). */
public record Ref(String name, String entity) {
}
