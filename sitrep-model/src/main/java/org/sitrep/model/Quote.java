package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Something said, with who said it. {@code direct} is false for reported speech.
 *
 * <p>In JSON the span is written flat ({@code "text","start","end"} first), as the Article JSON contract
 * has it; {@link #text()}, {@link #start()} and {@link #end()} read the span.
 *
 * @param span        the quoted or reported content, without quote marks, as it stands in the input
 * @param cue         the words that mark it as speech ("said", "told", "according to"), or null when none was
 *                    found (a quote inferred from the paragraph it sits in)
 * @param speaker     who said it, linked to an entity of the article when possible; null when unknown
 * @param cueSpan     where the cue stands in the input, or null
 * @param speakerSpan where the speaker is mentioned at this attribution (a name, a noun phrase, a pronoun),
 *                    or null; a pronoun's span is given even when it cannot be resolved
 */
@JsonPropertyOrder({"text", "start", "end", "direct", "cue", "speaker", "cueSpan", "speakerSpan"})
public record Quote(@JsonIgnore Span span, boolean direct, String cue, Ref speaker, Span cueSpan, Span speakerSpan) {

    public Quote {
        Objects.requireNonNull(span, "a quote stands somewhere in the input");
    }

    /** A quote without the positions of its cue and speaker mention. */
    public Quote(Span span, boolean direct, String cue, Ref speaker) {
        this(span, direct, cue, speaker, null, null);
    }

    /** Reads the flat JSON form. */
    @JsonCreator
    static Quote fromJson(@JsonProperty("text") String text, @JsonProperty("start") int start,
                          @JsonProperty("end") int end, @JsonProperty("direct") boolean direct,
                          @JsonProperty("cue") String cue, @JsonProperty("speaker") Ref speaker,
                          @JsonProperty("cue_span") Span cueSpan, @JsonProperty("speaker_span") Span speakerSpan) {
        return new Quote(new Span(start, end, text), direct, cue, speaker, cueSpan, speakerSpan);
    }

    @JsonProperty
    public String text() {
        return span.text();
    }

    @JsonProperty
    public int start() {
        return span.start();
    }

    @JsonProperty
    public int end() {
        return span.end();
    }
}
