package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.entities.EntityAnnotator;
import org.sitrep.annotate.events.ClaimAnnotator;
import org.sitrep.annotate.events.EventAnnotator;
import org.sitrep.annotate.geo.GeoAnnotator;
import org.sitrep.annotate.quotes.QuoteAnnotator;
import org.sitrep.annotate.repair.EntityRepair;
import org.sitrep.annotate.time.TimeAnnotator;

/**
 * The one list of the per-article stages and the one place their order comes from. Each stage declares its
 * name, what it requires, what it assigns and (a repair step only) what it rewrites; the registry orders
 * them from those declarations, pulls into a run the stages a chosen stage needs, and refuses a stage name
 * that is unknown or not built yet. Immutable.
 */
public final class StageRegistry {

    /** Cleaning and segmenting: it runs first in every pipeline and assigns the article's text. */
    public static final String CLEAN = "clean";

    /** Stages the command line names (DESIGN.md) that have no implementation yet: asking for one is a usage error. */
    private static final List<String> PLANNED = List.of();

    private final Map<String, Annotator> byName;
    /** Stage names in the order they run: clean, then a topological order of the annotators. */
    private final List<String> order;

    StageRegistry(List<Annotator> annotators) {
        Map<String, Annotator> named = new LinkedHashMap<>();
        for (Annotator a : annotators) {
            if (a.name().equals(CLEAN) || named.put(a.name(), a) != null) {
                throw new IllegalStateException("two stages are named '" + a.name() + "'");
            }
        }
        this.byName = named;
        this.order = List.copyOf(order(named));
    }

    /** Every stage sitrep has. */
    public static StageRegistry standard() {
        return new StageRegistry(List.of(new EntityAnnotator(), new TimeAnnotator(), new GeoAnnotator(), new EntityRepair(), new QuoteAnnotator(),
                new EventAnnotator(), new ClaimAnnotator()));
    }

    /** Every stage name in pipeline order, clean first. */
    public List<String> order() {
        return order;
    }

    /**
     * The stages to run for a comma-separated list ("all" for every built stage), with the stages they need, in
     * pipeline order.
     *
     * @throws IllegalArgumentException naming a stage that is unknown or not built yet (a usage error)
     */
    public Set<String> resolve(String list) {
        Set<String> asked = new LinkedHashSet<>();
        for (String raw : list.split(",")) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals("all")) {
                asked.addAll(order);
            } else if (order.contains(s)) {
                asked.add(s);
            } else if (PLANNED.contains(s)) {
                throw new IllegalArgumentException("stage '" + raw.trim() + "' is not built yet (built: "
                        + String.join(", ", order) + ")");
            } else {
                throw new IllegalArgumentException("unknown stage '" + raw.trim() + "' (known: all, "
                        + String.join(", ", order) + ")");
            }
        }
        Set<String> closed = new LinkedHashSet<>();
        closed.add(CLEAN);
        asked.forEach(s -> close(s, closed));
        Set<String> ordered = new LinkedHashSet<>();
        for (String s : order) {
            if (closed.contains(s)) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    /** The annotators of {@code stages}, in pipeline order. */
    public List<Annotator> annotators(Set<String> stages) {
        List<Annotator> out = new ArrayList<>();
        for (String s : order) {
            if (stages.contains(s) && byName.containsKey(s)) {
                out.add(byName.get(s));
            }
        }
        return out;
    }

    /** Adds {@code stage} and, transitively, the stages that assign or rewrite what it requires. */
    private void close(String stage, Set<String> into) {
        if (!into.add(stage) || stage.equals(CLEAN)) {
            return;
        }
        for (String attribute : byName.get(stage).requires()) {
            for (Annotator writer : byName.values()) {
                if (writer != byName.get(stage) && (writer.assigns().contains(attribute) || writer.rewrites().contains(attribute))) {
                    close(writer.name(), into);
                }
            }
        }
    }

    /**
     * A topological order of the stages (Kahn's algorithm, ties broken by registration order so the order is
     * stable): the assigner of an attribute before its rewriter, both before its readers.
     */
    private static List<String> order(Map<String, Annotator> stages) {
        Map<String, String> assigner = new LinkedHashMap<>();
        assigner.put(Attributes.TEXT, CLEAN);
        Map<String, String> rewriter = new LinkedHashMap<>();
        for (Annotator a : stages.values()) {
            for (String attribute : a.assigns()) {
                String before = assigner.putIfAbsent(attribute, a.name());
                if (before != null) {
                    throw new IllegalStateException("stages '" + before + "' and '" + a.name() + "' both assign " + attribute);
                }
            }
            for (String attribute : a.rewrites()) {
                String before = rewriter.putIfAbsent(attribute, a.name());
                if (before != null) {
                    throw new IllegalStateException("stages '" + before + "' and '" + a.name() + "' both rewrite " + attribute);
                }
            }
        }
        Map<String, Set<String>> after = new LinkedHashMap<>();
        after.put(CLEAN, new LinkedHashSet<>());
        stages.keySet().forEach(n -> after.put(n, new LinkedHashSet<>()));
        for (Annotator a : stages.values()) {
            for (String attribute : a.requires()) {
                String writer = assigner.get(attribute);
                if (writer == null) {
                    throw new IllegalStateException("stage '" + a.name() + "' requires " + attribute + ", which no stage assigns");
                }
                after.get(a.name()).add(writer);
                String repair = rewriter.get(attribute);
                // readers see the repaired attribute, except a stage the repair itself needs (geo places the
                // entities the repair then rewrites): it reads them as their assigner left them
                if (repair != null && !repair.equals(a.name())
                        && stages.get(repair).requires().stream().noneMatch(a.assigns()::contains)) {
                    after.get(a.name()).add(repair);
                }
            }
            for (String attribute : a.rewrites()) {
                String writer = assigner.get(attribute);
                if (writer == null) {
                    throw new IllegalStateException("stage '" + a.name() + "' rewrites " + attribute + ", which no stage assigns");
                }
                after.get(a.name()).add(writer);
            }
        }
        List<String> out = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        Map<String, Set<String>> waiting = new LinkedHashMap<>();
        after.forEach((stage, needs) -> waiting.put(stage, new LinkedHashSet<>(needs)));
        while (!waiting.isEmpty()) {
            ready.clear();
            waiting.forEach((stage, needs) -> {
                if (needs.isEmpty()) {
                    ready.add(stage);
                }
            });
            if (ready.isEmpty()) {
                throw new IllegalStateException("stages depend on each other in a cycle: " + waiting.keySet());
            }
            String next = ready.getFirst();
            out.add(next);
            waiting.remove(next);
            waiting.values().forEach(needs -> needs.remove(next));
        }
        return out;
    }
}
