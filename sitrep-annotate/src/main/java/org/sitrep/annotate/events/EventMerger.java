package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.AcledType;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/**
 * Makes one event of the tellings of one happening in an article: the headline, the lede and the quote that tell
 * the same clash are one clash with three evidence spans, not three clashes. Tellings are one happening when they
 * are of one type, their dates and places agree, and they share a party (or one names none); a violent event's
 * casualty count joins the clash it belongs to. Figures that differ stay the larger; nothing is averaged.
 */
final class EventMerger {

    /** The highest confidence an event reaches, however many tellings agree. */
    static final double MOST = 0.99;

    private EventMerger() {
    }

    static List<Event> merge(List<EventMention> mentions) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            List<EventMention> home = groups.stream().filter(g -> fits(g, m)).findFirst().orElse(null);
            if (home == null) {
                groups.add(new ArrayList<>(List.of(m)));
            } else {
                home.add(m);
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            if (g.stream().allMatch(EventMention::weak)) {
                continue; // "flew into Vladivostok" tells of a visit only beside a surer telling of it
            }
            out.add(event("ev" + (out.size() + 1), g));
        }
        return out;
    }

    /**
     * Whether a telling belongs to the happening a group of tellings makes: judged against what the group says as a
     * whole (its most specific place and date, all its parties), so one telling's stray place ("an official visit"
     * placed at the dateline) does not split a visit the other tellings agree on.
     */
    private static boolean fits(List<EventMention> group, EventMention m) {
        EventMention first = group.get(0);
        if (!first.trigger().type().equals(m.trigger().type())) {
            return false;
        }
        if (group.stream().anyMatch(x -> x.sentence() == m.sentence())) {
            return true;
        }
        if (first.modality().equals("asserted") != m.modality().equals("asserted")) {
            return false; // a deployment that happened and one being prepared are two things
        }
        if (!datesAgree(date(group), m.date()) || !placesAgree(place(group), m.place())) {
            return false;
        }
        Set<String> pa = new HashSet<>();
        group.forEach(x -> pa.addAll(parties(x)));
        Set<String> pb = parties(m);
        boolean shared = pa.stream().anyMatch(pb::contains);
        boolean unnamed = pa.isEmpty() || pb.isEmpty();
        if ("ASSAULT".equals(first.trigger().type())) {
            return shared || unnamed;
        }
        boolean sameWord = group.stream().anyMatch(x -> x.trigger().lemma().equals(m.trigger().lemma()));
        boolean weak = m.weak() || group.stream().anyMatch(EventMention::weak);
        return shared || unnamed && (weak || sameWord);
    }

    /** The group's most specific date. */
    private static DateValue date(List<EventMention> group) {
        return group.stream().map(EventMention::date).filter(Objects::nonNull)
                .max(Comparator.comparingInt(d -> d.value().length())).orElse(null);
    }

    /** The group's most specific place, the first told among equals. */
    private static Place place(List<EventMention> group) {
        return group.stream().filter(x -> x.place() != null).min(Comparator.comparingInt(EventMention::geoPrecision))
                .map(EventMention::place).orElse(null);
    }

    /** The entities and countries a telling names as its parties. */
    private static Set<String> parties(EventMention m) {
        Set<String> out = new HashSet<>();
        for (List<Participant> list : List.of(m.actors(), m.targets())) {
            for (Participant p : list) {
                if (p.entity() != null) {
                    out.add(p.entity());
                }
                if (p.country() != null) {
                    out.add(p.country());
                }
            }
        }
        return out;
    }

    private static boolean datesAgree(DateValue a, DateValue b) {
        return a == null || b == null || a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    private static boolean placesAgree(Place a, Place b) {
        return a == null || b == null || Objects.equals(a.country(), b.country());
    }

    private static Event event(String id, List<EventMention> g) {
        EventMention best = g.stream().max(Comparator.comparingDouble(m -> m.trigger().reliability())).orElseThrow();
        EventMention placed = g.stream().filter(m -> m.place() != null)
                .min(Comparator.comparingInt(EventMention::geoPrecision)).orElse(null);
        DateValue date = date(g);
        List<Participant> actors = new ArrayList<>();
        List<Participant> targets = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        Integer killed = null;
        Integer injured = null;
        // tellings in one sentence are one piece of evidence (its surest word counts); separate sentences that tell
        // the happening again are more nearly independent, so their doubts multiply
        Map<Integer, Double> bySentence = new HashMap<>();
        for (EventMention m : g) {
            bySentence.merge(m.sentence(), m.confidence(), Math::max);
        }
        double doubt = 1;
        for (double c : bySentence.values()) {
            doubt *= 1 - c;
        }
        for (EventMention m : g) {
            m.actors().forEach(p -> addParty(actors, p));
            m.targets().forEach(p -> addParty(targets, p));
            m.quantities().stream().filter(q -> quantities.stream().noneMatch(x -> x.equals(q))).forEach(quantities::add);
            if (!evidence.contains(m.evidence())) {
                evidence.add(m.evidence());
            }
            killed = max(killed, m.killed());
            injured = max(injured, m.injured());
        }
        targets.removeIf(t -> actors.stream().anyMatch(a -> a.name().equalsIgnoreCase(t.name())));
        String modality = g.stream().anyMatch(m -> m.modality().equals("asserted")) ? "asserted" : best.modality();
        // a source the article names as an entity beats an unnamed one ("authorities in Afghanistan")
        var accordingTo = g.stream().map(EventMention::accordingTo).filter(Objects::nonNull)
                .min(Comparator.comparingInt(r -> r.entity() == null ? 1 : 0)).orElse(null);
        AcledType acled = best.trigger().acledType() == null ? null
                : new AcledType(best.trigger().acledType(), best.trigger().acledSubType());
        EventMention told = g.stream().max(Comparator.comparingDouble(EventMention::confidence)).orElseThrow();
        List<Span> mentions = new ArrayList<>(List.of(told.evidence()));
        evidence.stream().filter(s -> !s.equals(told.evidence())).forEach(mentions::add);
        return new Event(id, best.trigger().type(), best.trigger().mode(), actors, targets,
                placed == null ? null : placed.place(), placed == null ? null : placed.geoPrecision(), date, quantities,
                killed, injured, modality, accordingTo, acled, told.evidence(), mentions,
                Math.round(Math.min(MOST, 1 - doubt) * 1000) / 1000.0);
    }

    private static void addParty(List<Participant> list, Participant p) {
        boolean known = list.stream().anyMatch(x -> x.name().equalsIgnoreCase(p.name())
                || p.entity() != null && p.entity().equals(x.entity()));
        if (!known) {
            list.add(p);
        }
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }
}
