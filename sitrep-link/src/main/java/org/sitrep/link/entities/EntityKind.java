package org.sitrep.link.entities;

/**
 * What an entity is, for linking across articles: a name is linked only to an entity of the same kind, so a
 * person is never merged with an organisation or a town of the same name.
 */
public enum EntityKind {
    PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE, OTHER;

    /** The kind of an Article JSON entity type (GPE, LOCATION and FACILITY are places; NORP a group of people). */
    public static EntityKind of(String type) {
        if (type == null) {
            return OTHER;
        }
        return switch (type) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "GPE", "LOCATION", "FACILITY" -> PLACE;
            case "NORP" -> GROUP_OF_PEOPLE;
            default -> OTHER;
        };
    }
}
