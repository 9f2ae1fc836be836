package org.sitrep.annotate.repair;

import java.util.List;
import org.sitrep.model.Entity;

/** The ids the entity repair gives the entities it adds: "e" and a number after every number the article uses. */
final class EntityIds {

    private EntityIds() {
    }

    /** The first free number: one more than the highest of the ids "e1", "e2", ... */
    static int next(List<Entity> entities) {
        int max = 0;
        for (Entity e : entities) {
            String id = e.id();
            if (id != null && id.startsWith("e")) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(1)));
                } catch (NumberFormatException ignored) {
                    // ids of another shape cannot collide with "e" + number
                }
            }
        }
        return max + 1;
    }
}
