package org.sitrep.model;

/** Something said, with who said it. {@code direct} is false for reported speech. */
public record Quote(String text, int start, int end, boolean direct, String cue, Ref speaker) {
}
