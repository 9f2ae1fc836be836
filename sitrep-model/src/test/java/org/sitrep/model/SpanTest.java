package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void anExtentHasNoText() {
        Span extent = new Span(2, 7);
        assertThat(extent.text()).isNull();
        assertThat(extent).isEqualTo(new Span(2, 7, null));
        assertThat(extent.length()).isEqualTo(5);
    }

    @Test
    void aSpanStartsAtZeroOrLaterAndEndsAtOrAfterItsStart() {
        assertThat(new Span(0, 0, "").length()).isZero();
        assertThatThrownBy(() -> new Span(-1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad span [-1, 3)");
        assertThatThrownBy(() -> new Span(5, 4, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsAndOverlapsCompareOffsetsOnly() {
        Span name = new Span(10, 20, "Fort Worth");
        assertThat(name.contains(new Span(15, 20, "Worth"))).isTrue();
        assertThat(name.contains(new Span(15, 20))).isTrue();
        assertThat(name.contains(new Span(15, 21, "Worth."))).isFalse();
        assertThat(name.overlaps(new Span(19, 25, "h is"))).isTrue();
        assertThat(name.overlaps(new Span(20, 25))).isFalse(); // half-open: touching is not overlapping
        assertThat(name.overlaps(new Span(5, 10))).isFalse();
    }

    @Test
    void twoReadingsOfTheSamePlaceAreDifferentSpans() {
        assertThat(new Span(0, 4, "Brun")).isNotEqualTo(new Span(0, 4, "BRUN"));
        assertThat(new Span(0, 4, "Brun")).isNotEqualTo(new Span(0, 4));
    }
}
