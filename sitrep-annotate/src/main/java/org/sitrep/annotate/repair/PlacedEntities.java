package org.sitrep.annotate.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.geo.Candidate;
import org.sitrep.annotate.geo.EntityPlaces;
import org.sitrep.annotate.geo.PlaceReader;
import org.sitrep.annotate.geo.PlaceReading;
import org.sitrep.annotate.geo.Resolution;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The entities as the article's place names make them: an entity a place's name stands in takes that place's
 * type, whole name and names ("Spin Boldak" typed as a person is a GPE; "Sault" becomes "Sault Ste. Marie"), and
 * the place names no entity holds join the entity of the same place or name, or become entities of their own.
 */
final class PlacedEntities {

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final PlaceReader reader;

    PlacedEntities(Gazetteer gazetteer, Countries countries, PlaceReader reader) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.reader = reader;
    }

    /** The entities with the placed names of {@code reading} merged in; an added entity gets the next free id. */
    List<Entity> merge(List<Entity> entities, PlaceReading reading) {
        List<Entity> out = new ArrayList<>(entities);
        int nextId = EntityIds.next(entities);
        EntityPlaces places = EntityPlaces.of(entities, reading);
        for (EntityPlaces.Owned owned : places.owned()) {
            out.set(owned.index(), repaired(out.get(owned.index()), owned));
        }
        for (List<Candidate> group : places.unownedGroups()) {
            Resolution r = reading.resolution(group.get(0).key());
            for (Candidate f : group) {
                if (r == null) {
                    r = reading.resolution(f.key());
                }
            }
            int same = sameEntity(out, group, group.stream().allMatch(Candidate::site) ? null : r);
            if (same >= 0) {
                out.set(same, joined(out.get(same), group, r));
            } else {
                out.add(created("e" + nextId++, group, r));
            }
        }
        return out;
    }

    /**
     * An entity the place names stand in, with the type they give it and, placed, the place's whole name: a mention
     * the place's whole name extends ("Sault" of "Sault Ste. Marie", "Republic of China" of "People's Republic of
     * China") becomes that name. Its place and country are the geo stage's.
     */
    private Entity repaired(Entity entity, EntityPlaces.Owned owned) {
        String type = owned.type();
        Resolution r = owned.resolution();
        if (r == null) {
            return type.equals(entity.type()) ? entity : new Entity(entity.id(), type, entity.name(), entity.aliases(), entity.title(),
                            entity.affiliation(), entity.country(), entity.place(), entity.mentions());
        }
        List<Span> mentions = new ArrayList<>(entity.mentions());
        String name = entity.name();
        for (Candidate f : owned.candidates()) {
            for (int k = 0; k < mentions.size(); k++) {
                Span m = mentions.get(k);
                if (!m.equals(f.span()) && f.span().contains(m) && !f.site() && reader.isPlaceName(f.span().text())) {
                    mentions.set(k, f.span());
                    name = name.equals(m.text()) ? f.span().text() : name;
                }
            }
            if (!mentions.contains(f.span()) && mentions.stream().noneMatch(f::overlaps)) {
                mentions.add(f.span());
            }
        }
        mentions.sort(Comparator.comparingInt(Span::start));
        return new Entity(entity.id(), type, name, aliases(name, entity.aliases(), mentions, type, r),
                entity.title(), entity.affiliation(), entity.country(), entity.place(), mentions);
    }

    /** The entities stage already has this place (or took it for a person): one entity, all mentions. */
    private Entity joined(Entity e, List<Candidate> group, Resolution r) {
        List<Span> all = new ArrayList<>(e.mentions());
        for (Candidate f : group) {
            Span m = f.span();
            if (all.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        Place place = e.place() != null ? e.place() : r == null ? null : r.place();
        String type = "PERSON".equals(e.type()) ? (r == null || r.entry().isArea() ? "GPE" : "LOCATION") : e.type();
        String country = e.country() != null ? e.country() : place == null || place.country().isEmpty() ? null : place.country();
        return new Entity(e.id(), type, e.name(), aliases(e.name(), e.aliases(), all, type, r), e.title(),
                e.affiliation(), country, place, all);
    }

    /** A place the entities stage did not name: a building or site of its own where all its names say so. */
    private Entity created(String id, List<Candidate> group, Resolution r) {
        List<Span> mentions = group.stream().map(Candidate::span).toList();
        String name = displayName(group, r);
        String type = r == null ? (countries.byName(name).isPresent() ? "GPE" : "LOCATION")
                : r.entry().isArea() ? "GPE" : "LOCATION";
        if (group.stream().allMatch(f -> "facility".equals(f.hint()))) {
            type = "FACILITY";
        }
        Place place = r == null ? null : r.place();
        String country = place != null && !place.country().isEmpty() ? place.country()
                : countries.byName(name).map(Country::code).orElse(null);
        return new Entity(id, type, name, aliases(name, List.of(), mentions, type, r), null, null, country, place, mentions);
    }

    /**
     * The existing entity a group of new place mentions belongs to: one placed at the same place, or a place-like
     * entity, or a person entity without a title, of the same name. -1 when none.
     */
    private int sameEntity(List<Entity> entities, List<Candidate> group, Resolution r) {
        Set<String> keys = new HashSet<>();
        group.forEach(f -> keys.add(f.key()));
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            // Same place under another name ("U.S." and "United States"); not a building or compound placed in it.
            if (r != null && e.place() != null && e.place().lat() == r.entry().lat() && e.place().lon() == r.entry().lon()
                    && e.place().name().equals(r.entry().name()) && !"FACILITY".equals(e.type()) && gazetteer.contains(e.name())) {
                return i;
            }
            boolean placeLike = EntityPlaces.PLACE_TYPES.contains(e.type()) || "PERSON".equals(e.type()) && e.title() == null;
            if (placeLike && keys.contains(PlaceNames.key(e.name()))) {
                return i;
            }
        }
        return -1;
    }

    /** The name as the article writes it, in its ordinary case (not the dateline's capitals). */
    private static String displayName(List<Candidate> group, Resolution r) {
        for (Candidate f : group) {
            if (!f.dateline() && !f.span().text().equals(f.span().text().toUpperCase(Locale.ROOT))) {
                return f.span().text();
            }
        }
        String text = group.get(0).span().text();
        if (r != null && PlaceNames.key(r.entry().name()).equals(PlaceNames.key(text))) {
            return r.entry().name();
        }
        return text;
    }

    /** The names an entity goes by; the place's gazetteer name too, unless the entity is a building or street in it. */
    private static List<String> aliases(String name, List<String> existing, List<Span> mentions, String type, Resolution r) {
        Set<String> out = new LinkedHashSet<>(existing);
        for (Span m : mentions) {
            out.add(m.text());
        }
        if (r != null && !"FACILITY".equals(type)) {
            out.add(r.entry().name());
        }
        out.remove(name);
        out.removeIf(a -> a.equals(a.toUpperCase(Locale.ROOT)) && a.length() > 4 && PlaceNames.key(a).equals(PlaceNames.key(name)));
        return List.copyOf(out);
    }
}
