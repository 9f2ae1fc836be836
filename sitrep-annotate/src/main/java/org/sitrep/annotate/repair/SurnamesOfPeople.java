package org.sitrep.annotate.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * A one-word "place" NER tagged that nothing placed and that the article uses as a person's surname is that
 * person: "Ferracuti said" of Fire Chief Anna Ferracuti, "Patrick's bill" of Governor Deval Patrick.
 */
final class SurnamesOfPeople {

    private SurnamesOfPeople() {
    }

    /** The article with each such "place" joined to its person: its mentions become the person's, its name an alias. */
    static Article join(Article article) {
        List<Entity> entities = new ArrayList<>(article.entities());
        boolean changed = false;
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            if (!("GPE".equals(e.type()) || "LOCATION".equals(e.type())) || e.place() != null || e.name().contains(" ")) {
                continue;
            }
            String key = PlaceNames.key(e.name());
            Optional<Entity> person = entities.stream().filter(p -> "PERSON".equals(p.type()) && p.name().contains(" ")
                    && PlaceNames.key(p.name().substring(p.name().lastIndexOf(' ') + 1)).equals(key)).findFirst();
            if (person.isEmpty()) {
                continue;
            }
            Entity p = person.get();
            List<Span> mentions = new ArrayList<>(p.mentions());
            e.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
            mentions.sort(Comparator.comparingInt(Span::start));
            List<String> aliases = new ArrayList<>(p.aliases());
            if (!aliases.contains(e.name())) {
                aliases.add(e.name());
            }
            entities.set(entities.indexOf(p), new Entity(p.id(), p.type(), p.name(), aliases, p.title(), p.affiliation(),
                    p.country(), p.place(), mentions));
            entities.remove(k--);
            changed = true;
        }
        return changed ? article.toBuilder().entities(entities).build() : article;
    }
}
