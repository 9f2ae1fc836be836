package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.eval.EventGold.Argument;
import org.sitrep.eval.EventGold.Mention;
import org.sitrep.model.Event;

/**
 * How the event dev sets' labels meet sitrep's events (DESIGN.md, "Event types"): the README of
 * {@code ../shared/data/events/} proposes a mapping, refined here. {@link EventsEvaluation}'s class comment states each
 * rule in words; this class is the rules.
 */
final class EventMappings {

    /** DESIGN.md's event types: PLOVER's 16 and INCIDENT. */
    static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INCIDENT");

    /** PLOVER 0.6 types of the gold file that PLOVER 0.8 (the manual's CAMEO table) renamed or merged. */
    private static final Map<String, String> PLOVER_06 = Map.of("FIGHT", "ASSAULT", "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE");

    /**
     * PLOVER 0.6 modes, and other spellings of 0.8's (sitrep's trigger lexicon among them), in PLOVER 0.8's words.
     */
    private static final Map<String, String> MODE_SYNONYMS = Map.ofEntries(
            Map.entry("assassinate", "targeted"), Map.entry("assassination", "targeted"), Map.entry("targeted-killing", "targeted"),
            Map.entry("kidnap", "abduct"), Map.entry("kidnapping", "abduct"), Map.entry("abduction", "abduct"),
            Map.entry("host", "visit"),
            Map.entry("demo-org", "demo"), Map.entry("demo-spon", "demo"), Map.entry("demonstration", "demo"),
            Map.entry("demonstrate", "demo"), Map.entry("riot-spon", "riot"), Map.entry("strike-gen", "strike"),
            Map.entry("general-strike", "strike"), Map.entry("strike-hun", "hunger"), Map.entry("hunger-strike", "hunger"),
            Map.entry("detain", "arrest"), Map.entry("detention", "arrest"), Map.entry("confiscate", "seize"),
            Map.entry("ban", "restrict"), Map.entry("explosive", "explosives"), Map.entry("firearm", "firearms"),
            Map.entry("heavy-weapon", "heavy-weapons"), Map.entry("suicide", "suicide-attack"),
            Map.entry("suicide-bombing", "suicide-attack"), Map.entry("primitive-weapons", "primitive"),
            Map.entry("crew-served-weapons", "heavy-weapons"), Map.entry("shelling", "heavy-weapons"),
            Map.entry("sexual-violence", "sexual"), Map.entry("execution", "targeted"),
            Map.entry("confiscate-property", "seize"), Map.entry("destroy-property", "destroy"),
            Map.entry("restrict-movement", "restrict"), Map.entry("expel", "deport"));

    private EventMappings() {
    }

    // ---------------------------------------------------------------- PLOVER

    /**
     * A gold record's type in DESIGN.md's 16: the file is coded in PLOVER 0.6, whose FIGHT, DEMAND, DISAPPROVE and
     * INVESTIGATE PLOVER 0.8 made ASSAULT, REQUEST, ACCUSE and ACCUSE (the manual's CAMEO table); null for the file's
     * DOCUMENT record or a blank type.
     */
    static String ploverType(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip().toUpperCase(Locale.ROOT);
        if (t.equals("DOCUMENT")) {
            return null;
        }
        return PLOVER_06.getOrDefault(t, t);
    }

    /**
     * A gold record's mode in PLOVER 0.8's words ({@link #mode}); where the record has none, DISAPPROVE and INVESTIGATE
     * records have the ACCUSE mode their old type became ({@code disapprove}, {@code investigate}); "other" is no mode.
     *
     * @param rawType the record's type as written (PLOVER 0.6)
     */
    static String ploverMode(String rawType, String rawMode) {
        String mode = mode(rawMode);
        if (mode == null && rawType != null) {
            String t = rawType.strip().toUpperCase(Locale.ROOT);
            if (t.equals("DISAPPROVE")) {
                return "disapprove";
            }
            if (t.equals("INVESTIGATE")) {
                return "investigate";
            }
        }
        return mode;
    }

    /**
     * A mode in one spelling, gold or predicted: lower case, words joined by '-', PLOVER 0.6's and other spellings in
     * 0.8's words (assassinate: targeted, host: visit, demo-org: demo, strike-hun: hunger, detain: arrest, ...); null for
     * none, blank or "other".
     */
    static String mode(String raw) {
        if (raw == null) {
            return null;
        }
        String m = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        if (m.isEmpty() || m.equals("other") || m.equals("none")) {
            return null;
        }
        return MODE_SYNONYMS.getOrDefault(m, m);
    }

    /** Whether a predicted mode (which may list several: "firearms, heavy-weapons") names the gold mode. */
    static boolean modeMatches(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return false;
        }
        for (String part : predicted.split("[,;+/|]")) {
            if (gold.equals(mode(part))) {
                return true;
            }
        }
        return false;
    }

    /** A predicted event's type, upper case; "(none)" for a blank one. */
    static String type(Event e) {
        return e.type() == null || e.type().isBlank() ? "(none)" : e.type().strip().toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- M2E2 (ACE)

    /**
     * The sitrep types that match a gold ACE mention, and whether the mention must be found.
     *
     * @param types    the predicted types that match it (a predicted event of one of these covering its trigger)
     * @param required true: counted in recall, and a match is right; false (optional): a match is neither right nor a
     *                 false positive, and missing it costs nothing
     */
    record GoldClass(Set<String> types, boolean required) {
        static final GoldClass NONE = new GoldClass(Set.of(), false);

        /** The class's name as printed: its one type, or "/"-joined types for an optional class. */
        String label() {
            return String.join("/", types);
        }
    }

    private static final Set<String> MILITARY = Set.of("troops", "troop", "soldiers", "soldier", "forces", "army",
            "armies", "military", "militaries", "marines", "navy", "fighters", "militants", "militia", "militias",
            "militiamen", "rebels", "insurgents", "combatants", "units", "battalion", "battalions", "brigade", "brigades",
            "paratroopers", "peacekeepers", "police", "policemen", "warship", "warships", "tanks", "missile", "missiles",
            "weapons", "arms", "ammunition", "bombs", "jets", "warplanes", "artillery");
    private static final Pattern WITHDRAW = Pattern.compile("withdr[ae]w\\w*|retreat\\w*|pull\\w*|fled|flee\\w*|evacuat\\w*");
    private static final Pattern VISIT = Pattern.compile("visit\\w*|trip\\w*|tour\\w*");

    /**
     * The class of a gold ACE mention (README's proposal, refined):
     * <ul>
     *   <li>Conflict:Attack: ASSAULT; Conflict:Demonstrate: PROTEST; Contact:Meet and Contact:Phone-Write: CONSULT;
     *       Justice:Arrest-Jail: COERCE (its arrest mode is not checked); all required;</li>
     *   <li>Life:Die with an Agent (a killer named): ASSAULT, required; without one (illness, accident, unnamed cause):
     *       optional, ASSAULT or INCIDENT;</li>
     *   <li>Movement:Transport of troops or weapons (an Artifact, Vehicle or Agent with a military word: troops, forces,
     *       fighters, police, weapons, missiles, ...): MOBILIZE, or RETREAT where the trigger withdraws, retreats,
     *       pulls out, flees or evacuates; required. Other transport is no PLOVER event, except a visit or trip
     *       (trigger), optional CONSULT (PLOVER's visit mode);</li>
     *   <li>Transaction:Transfer-Money: optional AID (payments are aid only sometimes);</li>
     *   <li>any other type: no class.</li>
     * </ul>
     */
    static GoldClass goldClass(Mention m) {
        String type = m.aceType() == null ? "" : m.aceType();
        String trigger = m.trigger().text().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "Conflict:Attack" -> new GoldClass(Set.of("ASSAULT"), true);
            case "Conflict:Demonstrate" -> new GoldClass(Set.of("PROTEST"), true);
            case "Contact:Meet", "Contact:Phone-Write" -> new GoldClass(Set.of("CONSULT"), true);
            case "Justice:Arrest-Jail" -> new GoldClass(Set.of("COERCE"), true);
            case "Life:Die" -> m.arguments().stream().anyMatch(a -> "Agent".equals(a.role()))
                    ? new GoldClass(Set.of("ASSAULT"), true)
                    : new GoldClass(orderedSet("ASSAULT", "INCIDENT"), false);
            case "Movement:Transport" -> {
                boolean military = m.arguments().stream()
                        .filter(a -> Set.of("Artifact", "Vehicle", "Agent").contains(a.role()))
                        .anyMatch(a -> words(a.text()).stream().anyMatch(MILITARY::contains));
                if (military) {
                    yield new GoldClass(Set.of(WITHDRAW.matcher(trigger).matches() ? "RETREAT" : "MOBILIZE"), true);
                }
                yield VISIT.matcher(trigger).matches() ? new GoldClass(Set.of("CONSULT"), false) : GoldClass.NONE;
            }
            case "Transaction:Transfer-Money" -> new GoldClass(Set.of("AID"), false);
            default -> GoldClass.NONE;
        };
    }

    /**
     * Whether M2E2 would have annotated a predicted event of this type, so that one matching no gold mention is a false
     * positive: ASSAULT, PROTEST, CONSULT and MOBILIZE; COERCE only without a mode or as an arrest (ACE has no event
     * for curfews, bans or seizures); RETREAT only as a withdrawal or flight (ACE marks every movement). Other types (AGREE, ACCUSE, AID, INCIDENT, ...)
     * have no ACE counterpart here: such an event counts only where it matches a gold mention.
     */
    static boolean judged(Event e) {
        String type = type(e);
        String mode = mode(e.mode());
        return switch (type) {
            case "ASSAULT", "PROTEST", "CONSULT", "MOBILIZE" -> true;
            case "COERCE" -> mode == null || modeMatches(e.mode(), "arrest");
            case "RETREAT" -> modeMatches(e.mode(), "withdraw") || modeMatches(e.mode(), "flee");
            default -> false;
        };
    }

    /** The scored argument roles. */
    static final List<String> ROLES = List.of("actor", "target", "place");

    /**
     * The role class of an ACE argument: actor for Attacker, Agent and Entity (who attacks, arrests, kills, moves,
     * meets or demonstrates); target for Target, Victim and Person (Justice:Arrest-Jail's Person is the one arrested,
     * PLOVER's target); place for Place; null for the others (Instrument, Artifact, Vehicle, Origin, Destination, Giver,
     * Recipient, Money, Police), which are not scored.
     */
    static String roleClass(Argument a) {
        return switch (a.role() == null ? "" : a.role()) {
            case "Attacker", "Agent", "Entity" -> "actor";
            case "Target", "Victim", "Person" -> "target";
            case "Place" -> "place";
            default -> null;
        };
    }

    // ---------------------------------------------------------------- MUC-4

    /** MUC-4's incident types, as the templates spell them. */
    static final List<String> MUC_TYPES = List.of("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage");

    private static final Set<String> BOMBING_SUBTYPES = Set.of("remote explosive/landmine/ied", "suicide bomb", "grenade");
    private static final Pattern FIRE = Pattern.compile("\\b(burn\\w*|set fire|set on fire|fire to|torch\\w*|arson\\w*|firebomb\\w*|incendiar\\w*)\\b");
    private static final Pattern SET_FIRE = Pattern.compile("\\b(set fire|set on fire|fire to|torch\\w*|arson\\w*|firebomb\\w*|incendiar\\w*)\\b");
    private static final Pattern THEFT = Pattern.compile("\\b(rob\\w*|stole|stolen|steal\\w*|theft\\w*|hold-?up\\w*|loot\\w*|holdup\\w*|assault(ed)? (a|the) bank)\\b");

    /**
     * The MUC-4 incident type of a predicted event, or null where the event is no MUC incident:
     * <ul>
     *   <li>ASSAULT: kidnapping when abducting (mode abduct, or ACLED Abduction/forced disappearance); bombing with an
     *       explosive set or thrown (mode explosives or suicide-attack, or ACLED Remote explosive/landmine/IED, Suicide
     *       bomb, Grenade; air strikes and shelling are attacks in MUC); arson when property is destroyed by fire (mode
     *       destroy or primitive, or ACLED Looting/property destruction, and the evidence burns, torches or sets fire);
     *       an armed clash between armed sides (ACLED Battles) is no incident, as MUC-4 does not template combat between
     *       armed forces (unless {@code loose}, which counts it as an attack); anything else an attack;</li>
     *   <li>COERCE destroying property (mode destroy, or ACLED Looting/property destruction) whose evidence burns,
     *       torches or sets fire: arson; other COERCE (arrests, curfews, looting without fire): none;</li>
     *   <li>INCIDENT of organized crime whose evidence robs, steals or loots: robbery; a man-made disaster whose evidence
     *       sets a fire on purpose (set fire, torched, arson, firebomb): arson;</li>
     *   <li>PROTEST as a strike (mode strike): forced work stoppage (MUC's stoppages are strikes imposed by armed
     *       groups; sitrep does not tell them from other strikes);</li>
     *   <li>anything else: null.</li>
     * </ul>
     *
     * @param evidence the text of the event's evidence (its span's text, or the document's characters there), may be null
     */
    static String mucType(Event e, String evidence, boolean loose) {
        String type = type(e);
        String mode = mode(e.mode());
        String ev = evidence == null ? "" : evidence.toLowerCase(Locale.ROOT);
        String acledType = e.acled() == null || e.acled().eventType() == null ? "" : e.acled().eventType().toLowerCase(Locale.ROOT);
        String acledSub = e.acled() == null || e.acled().subEventType() == null ? "" : e.acled().subEventType().toLowerCase(Locale.ROOT);
        switch (type) {
            case "ASSAULT" -> {
                if (modeMatches(e.mode(), "abduct") || acledSub.startsWith("abduction")) {
                    return "kidnapping";
                }
                if (modeMatches(e.mode(), "explosives") || modeMatches(e.mode(), "suicide-attack") || BOMBING_SUBTYPES.contains(acledSub)) {
                    return "bombing";
                }
                if ((modeMatches(e.mode(), "destroy") || modeMatches(e.mode(), "primitive") || acledSub.startsWith("looting"))
                        && FIRE.matcher(ev).find()) {
                    return "arson";
                }
                if (acledType.equals("battles") && !loose) {
                    return null;
                }
                return "attack";
            }
            case "COERCE" -> {
                boolean destroys = modeMatches(e.mode(), "destroy") || acledSub.startsWith("looting");
                return destroys && FIRE.matcher(ev).find() ? "arson" : null;
            }
            case "INCIDENT" -> {
                if ("organized-crime".equals(mode) && THEFT.matcher(ev).find()) {
                    return "robbery";
                }
                return "man-made-disaster".equals(mode) && SET_FIRE.matcher(ev).find() ? "arson" : null;
            }
            case "PROTEST" -> {
                return "strike".equals(mode) ? "forced work stoppage" : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static final Set<String> OBJECTS = Set.of("building", "buildings", "bank", "banks", "station", "stations",
            "substation", "substations", "embassy", "embassies", "consulate", "vehicle", "vehicles", "bus", "buses", "car",
            "cars", "truck", "trucks", "jeep", "train", "plane", "airplane", "aircraft", "helicopter", "farm", "farms",
            "office", "offices", "headquarters", "house", "houses", "home", "homes", "residence", "residences", "facilities",
            "facility", "installation", "installations", "plant", "plants", "tower", "towers", "pylon", "pylons", "poles",
            "line", "lines", "powerline", "transformer", "transformers", "bridge", "bridges", "church", "churches", "school",
            "schools", "university", "hotel", "hotels", "store", "stores", "shop", "shops", "drugstore", "business",
            "businesses", "firm", "company", "corporation", "branch", "branches", "newspaper", "base", "barracks", "post",
            "airport", "pipeline", "oil", "property", "institute", "institutes", "structure", "structures", "mansion",
            "ambulance", "wagon", "flagship", "network", "system", "security");

    /**
     * Whether a predicted target is a victim (a person) rather than a target (a thing) in MUC-4's sense: a linked entity
     * that is a PERSON or NORP is a victim, one that is an ORGANIZATION, FACILITY, GPE or LOCATION a target; unlinked,
     * a head word naming a thing (building, bank, bus, embassy, pylon, ...) makes a target, anything else a victim
     * (MUC-4's victims are mostly people's names).
     */
    static boolean isVictim(String name, String entityType) {
        if (entityType != null) {
            switch (entityType) {
                case "PERSON", "NORP" -> {
                    return true;
                }
                case "ORGANIZATION", "FACILITY", "GPE", "LOCATION" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        List<String> w = words(name);
        return w.isEmpty() || !OBJECTS.contains(w.get(w.size() - 1));
    }

    // ---------------------------------------------------------------- strings

    /**
     * Head-word overlap: the last word of either text is one of the other's words (lower case, possessive 's dropped,
     * words being runs of letters and digits). "Chicago police officers" matches gold "officers" and "Obama" matches
     * "Barack Obama"; "police" does not match "officers".
     */
    static boolean headMatch(String predicted, String gold) {
        List<String> p = words(predicted);
        List<String> g = words(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        return p.contains(g.get(g.size() - 1)) || g.contains(p.get(p.size() - 1));
    }

    /** Whether any of the predicted names head-matches the gold text. */
    static boolean headMatchAny(List<String> predicted, String gold) {
        for (String p : predicted) {
            if (headMatch(p, gold)) {
                return true;
            }
        }
        return false;
    }

    /** The text's words for {@link #headMatch}. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "");
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> orderedSet(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
