package org.sitrep.pipeline;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.entities.EntityAnnotator;
import org.sitrep.annotate.geo.GeoAnnotator;
import org.sitrep.annotate.quotes.QuoteAnnotator;
import org.sitrep.annotate.repair.EntityRepair;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.model.Article;

/** Every annotator sitrep has, in the order they run. Stages add theirs here. */
final class Annotators {

    private Annotators() {
    }

    static List<Annotator> all() {
        // pipeline order: entities, time, geo, entity-repair, quotes, events, claims
        return List.of(new EntityAnnotator(), new TimeAnnotator(), new WithRepair(new GeoAnnotator(), new EntityRepair()),
                new QuoteAnnotator());
    }

    /**
     * A stage followed by the declared repair step that requires it. The pipeline still chooses annotators by the
     * stage names of {@code --stages}, which name no repair step, so the repair runs wherever the stage it follows
     * runs; a registry that orders steps by what they require and rewrite lists the two apart.
     */
    private record WithRepair(Annotator stage, Annotator repair) implements Annotator {

        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public Set<String> requires() {
            return stage.requires();
        }

        @Override
        public Article annotate(Article article, AnnotationContext context) {
            return repair.annotate(stage.annotate(article, context), context);
        }
    }
}
