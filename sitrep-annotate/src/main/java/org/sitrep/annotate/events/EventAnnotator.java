package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.model.Article;

/**
 * The "events" stage: who did what to whom, where, when, how many and who says so. Finds the words that name a
 * happening (PLOVER's types; ACLED's for violence and protest), parses only the sentences that hold one, reads each
 * telling's parties, place, date, figures, modality and source from the parse and the earlier stages' records, and
 * merges the tellings of one happening into one event.
 */
public final class EventAnnotator implements Annotator {

    /** Sentences longer than this are tables or run-ons, not tellings: left unparsed, so each article's cost is bounded. */
    static final int LONGEST_SENTENCE = 120;

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT, Attributes.ENTITIES, Attributes.PLACES, Attributes.TIMES, Attributes.QUOTES);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.EVENTS);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        EventWords words = EventWords.instance();
        TriggerFinder finder = new TriggerFinder(words);
        ClauseReader reader = new ClauseReader(context, new ArticleFacts(article), words);
        List<EventMention> mentions = new ArrayList<>();
        for (Sentence s : context.nlp().sentences()) {
            if (s.tokens().size() > LONGEST_SENTENCE) {
                continue;
            }
            List<TriggerFinder.Found> found = finder.find(s);
            if (found.isEmpty()) {
                continue;
            }
            DependencyGraph g = context.dependencies(s);
            for (TriggerFinder.Found f : found) {
                EventMention m = reader.read(f, g);
                if (m != null) {
                    mentions.add(m);
                }
            }
        }
        return article.toBuilder().events(EventMerger.merge(mentions)).build();
    }
}
