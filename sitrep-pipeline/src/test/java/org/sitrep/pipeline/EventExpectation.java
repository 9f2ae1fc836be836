package org.sitrep.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Quantity;
import org.sitrep.model.Ref;

/** One {@code events} item of the seeds fixture, matched against an article's events as check-seeds.py matches it. */
final class EventExpectation {

    private EventExpectation() {
    }

    /** Whether some event of the article meets every field the expectation lists. */
    static boolean metBy(Article art, JsonNode ev) {
        return art.events().stream().anyMatch(x -> matches(art, ev, x));
    }

    static boolean matches(Article art, JsonNode ev, Event x) {
        List<String> types = ev.has("type") ? List.of(ev.get("type").asText()) : strings(ev.get("type_any_of"));
        if (!types.isEmpty() && !types.contains(x.type())) {
            return false;
        }
        if (ev.has("mode_any_of") && strings(ev.get("mode_any_of")).stream()
                .noneMatch(m -> SeedsFixture.norm(x.mode()).contains(SeedsFixture.norm(m)))) {
            return false;
        }
        List<Participant> parts = new ArrayList<>(x.actors());
        parts.addAll(x.targets());
        if (!named(art, x.actors(), oneOf(ev, "actor", "actor_any_of"))
                || ev.has("actor_country") && x.actors().stream().noneMatch(p -> ev.get("actor_country").asText().equals(p.country()))
                || ev.has("target_country") && x.targets().stream().noneMatch(p -> ev.get("target_country").asText().equals(p.country()))
                || !named(art, x.targets(), oneOf(ev, "target", null))
                || !named(art, parts, oneOf(ev, "with", "with_any_of"))) {
            return false;
        }
        List<String> places = oneOf(ev, "place", "place_any_of");
        if (!places.isEmpty() && (x.place() == null || places.stream().map(SeedsFixture::norm)
                .noneMatch(p -> p.equals(SeedsFixture.norm(x.place().name()))))) {
            return false;
        }
        if (ev.has("date")) {
            String got = x.date() == null ? null : x.date().value();
            if (ev.get("date").isNull() ? got != null && got.matches("^\\d{4}.*") : !ev.get("date").asText().equals(got)) {
                return false;
            }
        }
        if (ev.has("killed") && !Integer.valueOf(ev.get("killed").asInt()).equals(x.killed())
                || ev.has("injured") && !Integer.valueOf(ev.get("injured").asInt()).equals(x.injured())) {
            return false;
        }
        if (ev.has("quantity")) {
            JsonNode q = ev.get("quantity");
            String unit = SeedsFixture.norm(q.get("unit").asText());
            boolean found = false;
            for (Quantity y : x.quantities()) {
                found |= y.value() == q.get("value").asLong() && SeedsFixture.norm(y.unit() + " " + y.what()).contains(unit);
            }
            if (!found) {
                return false;
            }
        }
        List<String> sources = oneOf(ev, "according_to", "according_to_any_of");
        if (!sources.isEmpty() && (x.accordingTo() == null || !refNamed(art, x.accordingTo(), sources))) {
            return false;
        }
        return !ev.has("modality_any_of") || strings(ev.get("modality_any_of")).contains(x.modality());
    }

    private static List<String> oneOf(JsonNode ev, String key, String many) {
        if (ev.has(key)) {
            return List.of(ev.get(key).asText());
        }
        return many == null ? List.of() : strings(ev.get(many));
    }

    private static boolean named(Article art, List<Participant> refs, List<String> names) {
        if (names.isEmpty()) {
            return true;
        }
        return refs.stream().anyMatch(p -> refNamed(art, new Ref(p.name(), p.entity()), names));
    }

    private static boolean refNamed(Article art, Ref ref, List<String> names) {
        Set<String> have = new HashSet<>();
        have.add(SeedsFixture.norm(ref.name()));
        for (Entity e : art.entities()) {
            if (ref.entity() != null && ref.entity().equals(e.id())) {
                have.addAll(SeedsFixture.names(e));
            }
        }
        return names.stream().map(SeedsFixture::norm).anyMatch(have::contains);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
