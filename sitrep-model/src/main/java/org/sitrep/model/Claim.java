package org.sitrep.model;

/**
 * An attributed quantitative assertion: someone says something has a value, as of a date ("about 10,000 North
 * Korean troops in Russia", per the Pentagon, as of 2024-10-29).
 *
 * @param subject     what the figure is of, in the article's words ("North Korean troops sent to Russia")
 * @param value       the figure (the lower bound of a range)
 * @param unit        what it counts ("troops", "people", "dollars")
 * @param approximate whether the text hedges it ("about", "at least", "more than")
 * @param accordingTo who asserts it, or null where the article asserts it itself
 * @param asOf        the date the figure holds for
 * @param evidence    the sentence that asserts it
 */
public record Claim(String subject, Long value, String unit, Boolean approximate, Ref accordingTo, DateValue asOf,
                    Span evidence) {
}
