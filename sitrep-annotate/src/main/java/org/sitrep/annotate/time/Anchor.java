package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.model.Published;

/**
 * What relative expressions are resolved against: the article's publication date, or nothing.
 * Never today's date: an article without a publication time keeps its dates relative.
 */
record Anchor(LocalDate date) {

    static final Anchor NONE = new Anchor(null);

    boolean known() {
        return date != null;
    }

    /** The day of an ISO date or date-time value ({@code 2024-10-29}, {@code 2024-10-29T10:00:00Z}). */
    static Anchor of(Published published) {
        if (published == null || published.value() == null) {
            return NONE;
        }
        return ofIso(published.value());
    }

    static Anchor ofIso(String value) {
        String v = value.trim();
        if (v.length() < 10 || !v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NONE;
        }
        try {
            return new Anchor(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }
}
