package org.sitrep.annotate.events;

import java.util.List;
import org.sitrep.annotate.lexicon.EventWords.Trigger;
import org.sitrep.model.DateValue;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;

/** One telling of a happening in one sentence, before the tellings of one happening are merged into an event. */
record EventMention(Trigger trigger, int sentence, Span evidence, List<Participant> actors, List<Participant> targets,
                    Place place, Integer geoPrecision, DateValue date, List<Quantity> quantities, Integer killed,
                    Integer injured, String modality, Ref accordingTo, double confidence) {

    /** Below this a trigger word alone makes no event: it only adds to one a surer word tells ("fly into"). */
    static final double WEAK = 0.35;

    boolean weak() {
        return trigger.reliability() < WEAK;
    }
}
