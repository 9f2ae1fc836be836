package org.sitrep.annotate.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.geo.Candidate;
import org.sitrep.annotate.geo.EntityPlaces;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Names of peoples ("Afghan forces", "Sudanese", "Sri Lankan") that no entity holds become NORP entities with
 * their country, so that who-belongs-where is known even where no place is named.
 */
final class Peoples {

    /** The longest demonym read, in words: "Sri Lankan". */
    private static final int LONGEST = 2;

    private final Countries countries;

    Peoples(Countries countries) {
        this.countries = countries;
    }

    /** The entities with one NORP entity added for each country whose people the article names outside them. */
    List<Entity> add(List<Entity> entities, AnnotationContext context, List<Candidate> places) {
        Map<String, List<Span>> byCountry = new LinkedHashMap<>();
        for (Sentence sentence : context.nlp().sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                i += readAt(tokens, i, context, entities, places, byCountry);
            }
        }
        if (byCountry.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities);
        int nextId = EntityIds.next(entities);
        for (Map.Entry<String, List<Span>> e : byCountry.entrySet()) {
            List<Span> mentions = e.getValue();
            String name = mentions.get(0).text();
            Set<String> aliases = new LinkedHashSet<>();
            mentions.forEach(m -> aliases.add(m.text()));
            aliases.remove(name);
            out.add(new Entity("e" + nextId++, "NORP", name, List.copyOf(aliases), null, null, e.getKey(), null, mentions));
        }
        return out;
    }

    /**
     * Reads the demonym of two or one capitalised words at token {@code i} (untagged or MISC) and files its mention
     * under its country where no entity and no place name holds it; returns how many tokens it read (1 for none).
     */
    private int readAt(List<Token> tokens, int i, AnnotationContext context, List<Entity> entities, List<Candidate> places,
                       Map<String, List<Span>> byCountry) {
        String body = context.body().text();
        String input = context.inputText();
        for (int len = Math.min(LONGEST, tokens.size() - i); len >= 1; len--) {
            Token first = tokens.get(i);
            Token last = tokens.get(i + len - 1);
            if (!capitalisedAndUntagged(tokens, i, len)) {
                continue;
            }
            Optional<Country> c = countries.byDemonym(body.substring(first.start(), last.end()));
            if (c.isEmpty()) {
                continue;
            }
            Span s = context.body().toInput(first.start(), last.end());
            Span span = new Span(s.start(), s.end(), input.substring(s.start(), s.end()));
            if (EntityPlaces.ownerOf(entities, span) < 0 && places.stream().noneMatch(f -> f.overlaps(span))
                    && PlaceNames.key(span.text()).equals(PlaceNames.key(body.substring(first.start(), last.end())))) {
                byCountry.computeIfAbsent(c.get().code(), k -> new ArrayList<>()).add(span);
            }
            return len;
        }
        return 1;
    }

    private static boolean capitalisedAndUntagged(List<Token> tokens, int i, int len) {
        for (int k = i; k < i + len; k++) {
            Token t = tokens.get(k);
            if (t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0)) || !("O".equals(t.ner()) || "MISC".equals(t.ner()))) {
                return false;
            }
        }
        return true;
    }
}
