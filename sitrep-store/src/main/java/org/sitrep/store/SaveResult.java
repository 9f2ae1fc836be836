package org.sitrep.store;

/**
 * What saving one input changed.
 *
 * @param inputNew   whether the input's bytes were not stored before
 * @param added      articles stored for the first time
 * @param updated    articles stored before with fewer stages, now replaced by the fuller reading
 * @param unchanged  articles already stored with at least these stages, left as they were
 */
public record SaveResult(String contentHash, boolean inputNew, int added, int updated, int unchanged) {

    /** Whether the save changed nothing at all: the input and all its articles were stored already. */
    public boolean changedNothing() {
        return !inputNew && added == 0 && updated == 0;
    }
}
