package org.sitrep.model;

/**
 * An actor or target of an event: who, linked to the article's entity where there is one, with the country it
 * belongs to and what kind of party it is.
 *
 * @param kind military, government, police, rebels/militia, political party, civilians, protesters, ... (ACLED's
 *             actor kinds, lower case), or null when the text does not say
 */
public record Participant(String name, String entity, String country, String kind) {

    /** A participant whose kind the text does not say. */
    public Participant(String name, String entity, String country) {
        this(name, entity, country, null);
    }
}
