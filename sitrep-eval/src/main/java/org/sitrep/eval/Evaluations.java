package org.sitrep.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation {@code sitrep eval} knows. */
public final class Evaluations {

    private Evaluations() {
    }

    public static List<Evaluation> all() {
        return List.of(new ExtractionEvaluation(), new DatesEvaluation(), new GeoEvaluation(), new NerEvaluation(),
                new TimeEvaluation(), new QuotesEvaluation(), new EventsEvaluation(), new LinkingEvaluation());
    }

    public static Optional<Evaluation> byName(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
