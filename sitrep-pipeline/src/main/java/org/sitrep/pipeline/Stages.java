package org.sitrep.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The stage names of {@code --stages}, in pipeline order, and what each one pulls in. */
public final class Stages {

    /** Every per-article stage, in the order they run. */
    public static final List<String> ORDER = List.of("clean", "entities", "time", "geo", "quotes", "events", "claims");

    private static final Map<String, List<String>> NEEDS = Map.of(
            "entities", List.of("clean"),
            "time", List.of("clean"),
            "geo", List.of("entities"),
            "quotes", List.of("entities"),
            "events", List.of("entities", "time", "geo", "quotes"),
            "claims", List.of("quotes", "time"));

    private Stages() {
    }

    /**
     * Parses a comma-separated list ("all" for every stage) and closes it over what each stage needs.
     *
     * @throws IllegalArgumentException naming an unknown stage
     */
    public static Set<String> parse(String list) {
        Set<String> asked = new LinkedHashSet<>();
        for (String raw : list.split(",")) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals("all")) {
                asked.addAll(ORDER);
            } else if (ORDER.contains(s)) {
                asked.add(s);
            } else {
                throw new IllegalArgumentException("unknown stage '" + raw.trim() + "' (known: all, " + String.join(", ", ORDER) + ")");
            }
        }
        Set<String> closed = new LinkedHashSet<>();
        for (String s : asked) {
            close(s, closed);
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String s : ORDER) {
            if (closed.contains(s)) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    private static void close(String stage, Set<String> into) {
        if (into.add(stage)) {
            for (String need : NEEDS.getOrDefault(stage, List.of())) {
                close(need, into);
            }
        }
    }
}
