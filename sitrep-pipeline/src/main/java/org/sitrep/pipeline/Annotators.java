package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.quotes.QuoteAnnotator;

/** Every annotator sitrep has, in the order they run. Stages add theirs here. */
final class Annotators {

    private Annotators() {
    }

    static List<Annotator> all() {
        return List.of(new QuoteAnnotator());
    }
}
