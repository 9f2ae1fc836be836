package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.entities.EntityAnnotator;
import org.sitrep.annotate.geo.GeoAnnotator;
import org.sitrep.annotate.quotes.QuoteAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;

/** Every annotator sitrep has, in the order they run. Stages add theirs here. */
final class Annotators {

    private Annotators() {
    }

    static List<Annotator> all() {
        // pipeline order: entities, time, geo, quotes, events, claims
        return List.of(new EntityAnnotator(), new TimeAnnotator(), new GeoAnnotator(), new QuoteAnnotator());
    }
}
