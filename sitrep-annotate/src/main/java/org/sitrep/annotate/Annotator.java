package org.sitrep.annotate;

import java.util.Set;
import org.sitrep.model.Article;

/**
 * One component of the per-article pipeline, run in order over one article (as spaCy's components run
 * over one Doc). It reads the article and the shared {@link AnnotationContext} and returns the article with
 * what it {@linkplain #assigns() assigns} filled. It never changes what earlier components wrote, except a
 * declared repair step, which names what it {@linkplain #rewrites() rewrites}.
 *
 * <p>The pipeline knows a stage only by these declarations: it orders stages so that each runs after the
 * stages that assign or rewrite what it {@linkplain #requires() requires}, and a stage asked for pulls in
 * those stages. Attribute names are the constants of {@link Attributes}.
 */
public interface Annotator {

    /** The stage name used by {@code --stages}: entities, time, geo, quotes, events, claims. */
    String name();

    /** What this stage reads of the article ({@link Attributes}); the stages that write it run first. */
    Set<String> requires();

    /** What this stage fills in ({@link Attributes}); no other stage assigns it. */
    Set<String> assigns();

    /**
     * What this stage changes of earlier stages' output: empty for every stage but a declared repair step,
     * which runs after the stage that assigned it and before any stage that reads it.
     */
    default Set<String> rewrites() {
        return Set.of();
    }

    Article annotate(Article article, AnnotationContext context);
}
