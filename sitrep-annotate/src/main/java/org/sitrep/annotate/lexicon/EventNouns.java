package org.sitrep.annotate.lexicon;

/**
 * Nouns that name an act or an event ("crackdown", "invasion"), from WordNet's noun.act and noun.event classes: such
 * a noun names no one who can speak, so a sentence it is the subject of ("The crackdown suggests ...") quotes no one.
 * Loaded on first use, once per JVM.
 */
public final class EventNouns {

    private static final WordList EVENT_NOUNS = WordList.load("event-nouns.txt");

    private EventNouns() {
    }

    /** Whether a noun's lemma names an act or an event, never a speaker. */
    public static boolean namesActOrEvent(String lemma) {
        return lemma != null && EVENT_NOUNS.contains(lemma);
    }
}
