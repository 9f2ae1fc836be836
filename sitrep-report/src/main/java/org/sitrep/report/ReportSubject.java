package org.sitrep.report;

/**
 * What a report's query resolved to.
 *
 * @param kind     a story, an actor (a linked entity) or a place
 * @param name     its title or name
 * @param id       the story's or entity's id in the store, or the place's ISO code or gazetteer id
 * @param resolved how the query was read, in a reader's words ("story 3, by the words of its title")
 * @param note     what the report leaves out (the oldest articles past its bound), or null
 */
public record ReportSubject(Kind kind, String name, String id, String resolved, String note) {

    ReportSubject(Kind kind, String name, String id, String resolved) {
        this(kind, name, id, resolved, null);
    }

    ReportSubject withNote(String newNote) {
        return new ReportSubject(kind, name, id, resolved, newNote);
    }

    /** The three things a report can be about, in the order a query is tried. */
    public enum Kind { STORY, ACTOR, PLACE }
}
