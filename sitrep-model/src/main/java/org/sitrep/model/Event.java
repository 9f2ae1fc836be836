package org.sitrep.model;

import java.util.List;

/**
 * One real happening an article reports (PLOVER type and mode, ACLED type where it is one), with who did it to
 * whom, where, when, how many, who says so and the sentences that tell it. Repeated mentions of the same happening
 * in one article are one event with several evidence spans.
 *
 * @param id          the event's id within its article ("ev1")
 * @param type        PLOVER's type (ASSAULT, CONSULT, ...) or INCIDENT
 * @param mode        PLOVER's mode ("armed clash"), or INCIDENT's (natural disaster, man-made disaster, organized crime)
 * @param place       the most specific place the text ties to the event, or null
 * @param geoPrecision ACLED's geo precision: 1 the place itself (a town), 2 a part of a region or near a town, 3 a
 *                    region or a country; null without a place
 * @param date        when it happened, with precision, or null
 * @param modality    asserted, alleged, denied, planned, threatened, hypothetical
 * @param evidence    the sentence that tells it best
 * @param mentions    every sentence that tells it, the evidence first
 * @param confidence  how likely the event is right, calibrated on the checking half of the dev data
 */
public record Event(String id, String type, String mode, List<Participant> actors, List<Participant> targets,
                    Place place, Integer geoPrecision, DateValue date, List<Quantity> quantities, Integer killed,
                    Integer injured, String modality, Ref accordingTo, AcledType acled, Span evidence, List<Span> mentions,
                    double confidence) {
    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        targets = targets == null ? List.of() : List.copyOf(targets);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
