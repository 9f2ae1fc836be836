package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;

/**
 * How strongly an article names each of its entities: its mentions, plus each role it plays in the article's events.
 * Each entity link carries this weight, and stories are compared by it; the store's incremental linking and Spark's
 * link job read it from here, so both weigh alike.
 */
public final class EntityWeights {

    private EntityWeights() {
    }

    /** Each entity id's weight in the article (at least 1). */
    public static Map<String, Double> of(Article article) {
        Map<String, Double> weights = new HashMap<>();
        for (Entity e : article.entities()) {
            weights.put(e.id(), (double) Math.max(1, e.mentions().size()));
        }
        for (Event ev : article.events()) {
            List<Participant> roles = new ArrayList<>(ev.actors());
            roles.addAll(ev.targets());
            for (Participant p : roles) {
                if (p.entity() != null && weights.containsKey(p.entity())) {
                    weights.merge(p.entity(), 1.0, Double::sum);
                }
            }
        }
        return weights;
    }
}
