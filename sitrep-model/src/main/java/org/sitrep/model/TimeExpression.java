package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A time expression and its normalised value (TIMEX3-style: 2024-10-29, 2024-W43, 2025-10,
 * XXXX-WXX-3 when nothing anchors it).
 *
 * <p>In JSON the span is written flat ({@code "text","start","end"} before the value), as the Article
 * JSON contract has it; {@link #text()}, {@link #start()} and {@link #end()} read the span.
 *
 * @param span      the expression as it stands in the input, with its text
 * @param precision day, week, month, year, minute, ... or {@code unknown-anchor}
 * @param type      DATE, TIME, DURATION or SET
 */
@JsonPropertyOrder({"text", "start", "end", "value", "precision", "type"})
public record TimeExpression(@JsonIgnore Span span, String value, String precision, String type) {

    public TimeExpression {
        Objects.requireNonNull(span, "a time expression stands somewhere in the input");
    }

    /** Reads the flat JSON form. */
    @JsonCreator
    static TimeExpression fromJson(@JsonProperty("text") String text, @JsonProperty("start") int start,
                                   @JsonProperty("end") int end, @JsonProperty("value") String value,
                                   @JsonProperty("precision") String precision, @JsonProperty("type") String type) {
        return new TimeExpression(new Span(start, end, text), value, precision, type);
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
