package org.sitrep.model;

/**
 * Something said, with who said it. {@code direct} is false for reported speech.
 *
 * @param text        the quoted or reported content, without quote marks; {@code start}/{@code end} are its
 *                    offsets into the input
 * @param cue         the words that mark it as speech ("said", "told", "according to"), or null when none was
 *                    found (a quote inferred from the paragraph it sits in)
 * @param speaker     who said it, linked to an entity of the article when possible; null when unknown
 * @param cueSpan     where the cue stands in the input, or null
 * @param speakerSpan where the speaker is mentioned at this attribution (a name, a noun phrase, a pronoun),
 *                    or null; a pronoun's span is given even when it cannot be resolved
 */
public record Quote(String text, int start, int end, boolean direct, String cue, Ref speaker,
                    TextSpan cueSpan, TextSpan speakerSpan) {

    /** A quote without the positions of its cue and speaker mention. */
    public Quote(String text, int start, int end, boolean direct, String cue, Ref speaker) {
        this(text, start, end, direct, cue, speaker, null, null);
    }
}
