package org.sitrep.annotate.repair;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.geo.PlaceReader;
import org.sitrep.annotate.geo.PlaceReading;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;

/**
 * The one declared step that rewrites the entities stage's output ("entity-repair"). What the article's place
 * names say of its entities, once the geo stage has placed them:
 * <ul>
 *   <li>an entity NER typed PERSON or ORGANIZATION that is wholly a place's name is re-typed GPE or LOCATION
 *       ("Spin Boldak", a town named as an actor: "Columbia will have to pay"), as is a region's initials NER took
 *       for an organisation ("in NSW");</li>
 *   <li>a placed entity's mentions take the place's whole name where NER split it ("Sault" of "Sault Ste.
 *       Marie"), and its aliases the place's gazetteer name;</li>
 *   <li>place names no entity holds join the entity of the same place or name, or become new entities (with new
 *       ids, after every id the article uses);</li>
 *   <li>names of peoples no entity holds ("Afghan forces") become NORP entities with their country;</li>
 *   <li>mentions inside a longer placed name ("Marie" of "Sault Ste. Marie") are dropped, and an entity left with
 *       none;</li>
 *   <li>a one-word place nothing placed that the article uses as a person's surname joins that person.</li>
 * </ul>
 * It reads the same places as the geo stage ({@link PlaceReader}: the reading depends on the entities' names,
 * types and mentions, which the geo stage leaves alone) and keeps the places and countries that stage assigned.
 * No other stage changes what an earlier one wrote.
 */
public final class EntityRepair implements Annotator {

    /** The step's name; the registry pulls it in wherever a stage reads the entities after geo placed them. */
    public static final String NAME = "entity-repair";

    @Override
    public String name() {
        return NAME;
    }

    /** The entities, and the geo stage's places of them. */
    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT, Attributes.ENTITIES, Attributes.PLACES);
    }

    /** It fills in nothing new of its own. */
    @Override
    public Set<String> assigns() {
        return Set.of();
    }

    /** The one declared rewrite of another stage's output. */
    @Override
    public Set<String> rewrites() {
        return Set.of(Attributes.ENTITIES);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        PlaceReader reader = PlaceReader.standard();
        // geo's reading of the same article: it depends on the entities' names, types and mentions, which geo keeps
        PlaceReading reading = context.reading(PlaceReading.class, () -> reader.read(article, context));
        List<Entity> entities = new Peoples(Countries.instance()).add(article.entities(), context, reading.candidates());
        if (reading.candidates().isEmpty()) {
            return article.toBuilder().entities(entities).build();
        }
        PlacedEntities placed = new PlacedEntities(Gazetteer.instance(), Countries.instance(), reader);
        entities = PiecesOfPlaceNames.drop(placed.merge(entities, reading));
        return SurnamesOfPeople.join(article.toBuilder().entities(entities).build());
    }
}
