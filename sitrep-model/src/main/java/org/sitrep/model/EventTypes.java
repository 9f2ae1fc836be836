package org.sitrep.model;

import java.util.List;

/** The event types an {@link Event} may have: PLOVER's sixteen and sitrep's INCIDENT, and ACLED's six event types. */
public final class EventTypes {

    /** PLOVER's types and INCIDENT (what no PLOVER type covers: disasters, organised crime). */
    public static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INCIDENT");

    /** ACLED's six event types. */
    public static final List<String> ACLED_TYPES = List.of("Battles", "Explosions/Remote violence", "Violence against civilians",
            "Protests", "Riots", "Strategic developments");

    private EventTypes() {
    }
}
