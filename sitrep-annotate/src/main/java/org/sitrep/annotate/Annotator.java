package org.sitrep.annotate;

import java.util.Set;
import org.sitrep.model.Article;

/**
 * One component of the per-article pipeline, run in order over one article (as spaCy's
 * components run over one Doc). It reads the article and the shared {@link AnnotationContext}
 * and returns the article with its own fields filled; it never changes what earlier
 * components wrote.
 */
public interface Annotator {

    /** The stage name used by {@code --stages}: entities, time, geo, quotes, events, claims. */
    String name();

    /** Stages whose output this one reads; the pipeline runs them first. */
    default Set<String> requires() {
        return Set.of();
    }

    Article annotate(Article article, AnnotationContext context);
}
