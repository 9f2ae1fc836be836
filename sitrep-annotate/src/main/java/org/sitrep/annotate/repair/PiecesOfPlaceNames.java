package org.sitrep.annotate.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The mentions of people and places that lie inside a longer placed name NER had split ("Marie" of "Sault Ste.
 * Marie", "Nevis" of "St. Kitts and Nevis"): dropped, and an entity left with none with them.
 */
final class PiecesOfPlaceNames {

    /** The types of the entities a piece may have been read as. */
    private static final Set<String> PIECE_TYPES = Set.of("PERSON", "GPE", "LOCATION");

    private PiecesOfPlaceNames() {
    }

    static List<Entity> drop(List<Entity> entities) {
        List<Span> placed = entities.stream().filter(e -> e.place() != null && ("GPE".equals(e.type()) || "LOCATION".equals(e.type())))
                .flatMap(e -> e.mentions().stream()).toList();
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (!PIECE_TYPES.contains(e.type())) {
                out.add(e);
                continue;
            }
            List<Span> kept = e.mentions().stream().filter(m -> placed.stream().noneMatch(p -> !p.equals(m)
                    && p.contains(m) && !e.mentions().contains(p))).toList();
            if (kept.size() == e.mentions().size()) {
                out.add(e);
            } else if (!kept.isEmpty()) {
                out.add(new Entity(e.id(), e.type(), e.name(), e.aliases(), e.title(), e.affiliation(), e.country(), e.place(), kept));
            }
        }
        return out;
    }
}
