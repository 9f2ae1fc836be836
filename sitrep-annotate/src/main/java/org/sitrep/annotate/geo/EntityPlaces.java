package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Which of the entities stage's entities the article's place names stand in, and what each such entity is once
 * they are read: its place, and its type where a place's name was taken for a person or an organisation. The
 * place names no entity holds are grouped by the place they resolve to. The geo stage assigns the places from
 * it; the entity repair the rest.
 */
public final class EntityPlaces {

    /** The types of the entities that are places. */
    public static final Set<String> PLACE_TYPES = Set.of("GPE", "LOCATION", "FACILITY");

    /**
     * An entity the article's place names stand in, as they make it.
     *
     * @param index      its index in the entities
     * @param candidates the place names inside its mentions
     * @param resolution the place it is, null when its name did not resolve
     * @param type       its type: its own, or the place type a place's name NER typed otherwise is
     */
    public record Owned(int index, List<Candidate> candidates, Resolution resolution, String type) {
    }

    private final List<Owned> owned;
    private final Map<String, List<Candidate>> unowned;

    private EntityPlaces(List<Owned> owned, Map<String, List<Candidate>> unowned) {
        this.owned = List.copyOf(owned);
        this.unowned = unowned;
    }

    /** Reads which entities the placed names of {@code reading} stand in. */
    public static EntityPlaces of(List<Entity> entities, PlaceReading reading) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        Map<Integer, List<Candidate>> byOwner = new LinkedHashMap<>();
        for (Candidate f : reading.placed()) {
            int owner = ownerOf(entities, f.span());
            if (owner >= 0 && nestedInName(entities.get(owner), f)) {
                owner = -1; // "Alexandria" in "Alexandria Police": a place of its own inside the organisation's name
            }
            if (owner >= 0) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            } else {
                Resolution r = reading.resolution(f.key());
                // Mentions of one place are one entity; a building or street in that place is an entity of its own.
                String group = r != null && !f.site() ? placeKey(r.entry()) : "name:" + f.key();
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(f);
            }
        }
        List<Owned> decided = new ArrayList<>();
        byOwner.forEach((index, candidates) -> owned(entities.get(index), index, candidates, reading).ifPresent(decided::add));
        return new EntityPlaces(decided, groups);
    }

    /** The entities the place names stand in, with what they are: in the order of their first place name. */
    public List<Owned> owned() {
        return owned;
    }

    /** The place names no entity holds, grouped by the place they resolve to (or by name when unresolved). */
    public Collection<List<Candidate>> unownedGroups() {
        return unowned.values();
    }

    /**
     * What an entity holding place names is. Another kind of entity takes a place only when it is wholly this
     * place name: "Spin Boldak" typed as a person is re-typed, "Pyongyang" standing for its government keeps its
     * type and gains the place, but "Jackson" of "Andrew Jackson" or "Kabul" of "Kabul University" changes
     * nothing (empty). A name the entities stage set apart as no place nor actor ("West Nile" of the virus)
     * stays so.
     */
    private static Optional<Owned> owned(Entity entity, int index, List<Candidate> candidates, PlaceReading reading) {
        String key = PlaceNames.key(entity.name());
        Resolution r = reading.resolution(key);
        if (r == null) {
            r = candidates.stream().map(f -> reading.resolution(f.key())).filter(x -> x != null).findFirst().orElse(null);
        }
        String type = entity.type();
        if (PLACE_TYPES.contains(type)) {
            return Optional.of(new Owned(index, candidates, r, type));
        }
        boolean whole = !"OTHER".equals(type) && candidates.stream().anyMatch(f -> f.key().equals(key));
        // An organisation named like a town is that town only where the article places it ("Delta" the airline is
        // no town in Colorado); a capital's or a country's name stands for its government.
        boolean actingTown = reading.actingTowns().contains(key);
        boolean unplacedTown = "ORGANIZATION".equals(type) && r != null && r.entry().isCity()
                && !"PPLC".equals(r.entry().feature()) && !actingTown;
        if (!whole || unplacedTown) {
            return Optional.empty();
        }
        if ("PERSON".equals(type) || actingTown) {
            // A town acting is a geopolitical entity, as OntoNotes types it ("Columbia will have to pay").
            type = r != null && r.entry().isArea() ? "GPE" : "LOCATION";
        } else if ("ORGANIZATION".equals(type) && r != null && "ADM1".equals(r.entry().feature())
                && candidates.stream().anyMatch(f -> ToponymResolver.isRegionHint(f.hint()))) {
            type = "GPE"; // a region's initials NER took for an organisation, written as a place ("in NSW")
        }
        return Optional.of(new Owned(index, candidates, r, type));
    }

    /** Whether a place name lies inside (and is not the whole of) an organisation's or facility's name. */
    private static boolean nestedInName(Entity owner, Candidate f) {
        if (PLACE_TYPES.contains(owner.type()) && !"FACILITY".equals(owner.type()) || "PERSON".equals(owner.type()) || f.site()) {
            return false;
        }
        return !PlaceNames.key(owner.name()).equals(f.key()) && owner.mentions().stream()
                .anyMatch(m -> m.contains(f.span()) && m.length() > f.span().length());
    }

    /** The identity of a gazetteer place, by which the mentions of one place are grouped. */
    private static String placeKey(GazetteerEntry e) {
        return e.geonameid() + "|" + e.name() + "|" + e.country() + "|" + e.lat() + "|" + e.lon();
    }

    /** The index of the entity one of whose mentions overlaps {@code span}, or -1. */
    public static int ownerOf(List<Entity> entities, Span span) {
        int first = -1;
        for (int i = 0; i < entities.size(); i++) {
            for (Span m : entities.get(i).mentions()) {
                if (m.start() < span.end() && span.start() < m.end()) {
                    // A place's mention inside the span owns it before an organisation the span overlaps at its edge:
                    // "People's Republic of China" after NER's "Ministry of Health of the People" | "Republic of China".
                    if (PLACE_TYPES.contains(entities.get(i).type()) && span.contains(m)) {
                        return i;
                    }
                    first = first < 0 ? i : first;
                }
            }
        }
        return first;
    }
}
