package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;

/**
 * Reads one article's places: candidate sources (the body's words, the dateline, the entities' places and the
 * people that stand for places, the places inside organisations' names, the towns named as actors), then the
 * filters (diseases, overlaps, "Dublin City"), then the resolver. What it reads depends on the entities' names,
 * types and mentions, never on their places, so the geo stage and the entity repair read the same.
 */
public final class PlaceReader {

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final NameKeys keys;
    private final OrganizationNames organizations;

    public PlaceReader(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.keys = new NameKeys(gazetteer, countries);
        this.organizations = new OrganizationNames(gazetteer, countries, keys);
    }

    /** A reader over the shared gazetteer, which loads on first use, so that a pipeline without places never pays for it. */
    public static PlaceReader standard() {
        return new PlaceReader(Gazetteer.instance(), Countries.instance());
    }

    /** The places of one article. */
    public PlaceReading read(Article article, AnnotationContext context) {
        String input = context.inputText();
        List<Entity> entities = article.entities();
        Dateline dateline = Dateline.of(article, input, gazetteer, countries);
        List<Candidate> found = new ArrayList<>(new TextCandidates(gazetteer, countries, keys).read(context));
        found.addAll(dateline.candidates());
        found.addAll(new EntityCandidates(gazetteer, keys).read(entities, input));
        found.addAll(organizations.candidates(entities, input));
        List<Candidate> townsAsActors = new ActingTowns(gazetteer).candidates(entities, input, found.stream().map(Candidate::key).toList())
                .stream().map(m -> new Candidate(m, keys.keyOf(m.text()), null, false)).toList();
        found.addAll(townsAsActors);
        found = new CandidateFilters(gazetteer, countries).apply(found, input);
        if (found.isEmpty()) {
            return PlaceReading.none(found);
        }
        ToponymResolver.Context evidence = new ArticleEvidence(countries, organizations).of(context, entities, found, dateline.country());
        return new PlaceResolution(gazetteer).resolve(found, townsAsActors, evidence, context.sourceHome());
    }

    /** A name of the gazetteer or of a country. */
    public boolean isPlaceName(String text) {
        return keys.isPlaceName(text);
    }
}
