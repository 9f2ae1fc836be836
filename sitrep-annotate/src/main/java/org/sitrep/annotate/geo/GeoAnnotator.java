package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;

/**
 * The "geo" stage: reads the article's place names ({@link PlaceReader}: the entities stage's places, NER
 * locations, gazetteer names NER missed or mistyped, the dateline), resolves each to a gazetteer place, and
 * assigns each entity of the entities stage that a place's name stands in its {@link Entity#place()} and
 * {@link Entity#country()}. It changes nothing else: what the places say of the entities themselves (a person
 * that is a town, place names no entity holds) is the entity repair's ({@code repair.EntityRepair}).
 * Unresolvable names keep a null place.
 */
public final class GeoAnnotator implements Annotator {

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT, Attributes.ENTITIES);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.PLACES);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        PlaceReading reading = context.reading(PlaceReading.class, () -> PlaceReader.standard().read(article, context));
        List<Entity> entities = new ArrayList<>(article.entities());
        for (EntityPlaces.Owned owned : EntityPlaces.of(entities, reading).owned()) {
            if (owned.resolution() != null) {
                Entity e = entities.get(owned.index());
                Place place = owned.resolution().place();
                entities.set(owned.index(), new Entity(e.id(), e.type(), e.name(), e.aliases(), e.title(), e.affiliation(),
                        place.country().isEmpty() ? e.country() : place.country(), place, e.mentions()));
            }
        }
        return article.toBuilder().entities(entities).build();
    }
}
