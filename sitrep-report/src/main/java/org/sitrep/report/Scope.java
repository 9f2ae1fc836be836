package org.sitrep.report;

import java.util.List;
import org.sitrep.store.LinkedEvent;

/**
 * What a resolved query covers: the subject, the articles to read and the events to show.
 *
 * @param storyId    the story's id where the subject is a story (its claim series are the story's), else null
 * @param articleIds the articles, in no particular order, without repeats
 * @param events     the linked events, each with every report of it
 * @param speaker    the actor's names (lower case) where the subject is an actor: their quotes come first
 */
record Scope(ReportSubject subject, Long storyId, List<String> articleIds, List<LinkedEvent> events, List<String> speaker) {
    Scope {
        articleIds = List.copyOf(articleIds);
        events = List.copyOf(events);
        speaker = List.copyOf(speaker);
    }
}
