package org.sitrep.annotate.quotes;

/**
 * The tokens of a body already read as the cue of an attribution: a cue attributes one quote, so the reported
 * speech reader passes over the cues the direct quotes took. One per article reading.
 */
final class CueMarks {

    private final boolean[] used;

    CueMarks(int tokens) {
        this.used = new boolean[tokens];
    }

    void mark(Phrases.Range cue) {
        if (cue != null) {
            for (int i = cue.start(); i < cue.end(); i++) {
                used[i] = true;
            }
        }
    }

    boolean used(int token) {
        return used[token];
    }
}
