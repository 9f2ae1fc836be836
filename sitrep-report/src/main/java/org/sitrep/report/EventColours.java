package org.sitrep.report;

import java.util.Map;

/**
 * One colour per event type, shared by the map, the timeline and their legend: cooperation in blues and greens,
 * words of conflict in ambers, material conflict in reds, incidents in grey-violet.
 */
final class EventColours {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("AGREE", "#1f77b4"),
            Map.entry("CONSULT", "#4a90d9"),
            Map.entry("SUPPORT", "#17becf"),
            Map.entry("COOPERATE", "#2ca02c"),
            Map.entry("AID", "#7fbf3f"),
            Map.entry("CONCEDE", "#9edae5"),
            Map.entry("RETREAT", "#98df8a"),
            Map.entry("REQUEST", "#bcbd22"),
            Map.entry("ACCUSE", "#ffbb33"),
            Map.entry("REJECT", "#ff9f1c"),
            Map.entry("THREATEN", "#ff7f0e"),
            Map.entry("PROTEST", "#e377c2"),
            Map.entry("SANCTION", "#c5704b"),
            Map.entry("MOBILIZE", "#d62728"),
            Map.entry("COERCE", "#b2182b"),
            Map.entry("ASSAULT", "#67000d"),
            Map.entry("INCIDENT", "#8c6d9e"));

    static final String OTHER = "#7f7f7f";

    private EventColours() {
    }

    static String of(String type) {
        return type == null ? OTHER : COLOURS.getOrDefault(type, OTHER);
    }
}
