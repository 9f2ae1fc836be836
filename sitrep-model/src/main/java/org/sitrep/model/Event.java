package org.sitrep.model;

import java.util.List;

/** A typed event (PLOVER type and mode) read from one sentence, with its evidence. */
public record Event(String type, String mode, List<Participant> actors, List<Participant> targets,
                    Place place, DateValue date, List<Quantity> quantities, Integer killed, Integer injured,
                    String modality, Ref accordingTo, AcledType acled, Span evidence, double confidence) {
    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        targets = targets == null ? List.of() : List.copyOf(targets);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }
}
