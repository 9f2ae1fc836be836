package org.sitrep.annotate.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of events: those that name a happening (a trigger, with its PLOVER type and mode and ACLED's type) and
 * the head nouns that say what kind of party an actor is. Loaded once per JVM from {@code event-triggers.tsv},
 * {@code actor-kinds.tsv}, {@code figurative-modifiers.txt} and {@code telling-verbs.txt}, whose headers say where they came from.
 */
public final class EventWords {

    /** A word that names a happening, with what it names. */
    public record Trigger(String lemma, boolean verb, String type, String mode, String acledType, String acledSubType,
                          double reliability) {
        /** The words of a multi-word trigger ("air strike", "exchange of fire"), or one word. */
        public String[] words() {
            return lemma.split(" ");
        }
    }

    private static final class Shared {
        static final EventWords INSTANCE = load();
    }

    /** Triggers by the last word of their lemma (the head of "air strike" is "strike"), verbs and nouns apart. */
    private final Map<String, List<Trigger>> verbs;
    private final Map<String, List<Trigger>> nouns;
    private final Map<String, String> kinds;
    private final WordList figurativeModifiers;
    private final WordList tellingVerbs;

    private EventWords(Map<String, List<Trigger>> verbs, Map<String, List<Trigger>> nouns, Map<String, String> kinds,
                       WordList figurativeModifiers, WordList tellingVerbs) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.kinds = kinds;
        this.figurativeModifiers = figurativeModifiers;
        this.tellingVerbs = tellingVerbs;
    }

    public static EventWords instance() {
        return Shared.INSTANCE;
    }

    /**
     * The triggers a word may head, longest first (so "suicide bombing" is tried before "bombing"); empty when it
     * names no event.
     */
    public List<Trigger> triggers(String lemma, boolean verb) {
        return (verb ? verbs : nouns).getOrDefault(key(lemma), List.of());
    }

    /** What kind of party a head noun names ("forces": military, "protesters": protesters), if any. */
    public Optional<String> kind(String noun) {
        return Optional.ofNullable(kinds.get(key(noun)));
    }

    /** Whether a word before a noun trigger makes it no happening: a "trade war", a "custody fight". */
    public boolean figurativeModifier(String word) {
        return figurativeModifiers.contains(word);
    }

    /** Whether a verb lemma is one of saying, whose complement tells a happening on its subject's word. */
    public boolean tellingVerb(String lemma) {
        return tellingVerbs.contains(lemma);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static EventWords load() {
        Map<String, List<Trigger>> verbs = new HashMap<>();
        Map<String, List<Trigger>> nouns = new HashMap<>();
        for (List<String> f : rows("event-triggers.tsv", 7)) {
            Trigger t = new Trigger(f.get(0), f.get(1).equals("V"), f.get(2), f.get(3), dash(f.get(4)), dash(f.get(5)),
                    Double.parseDouble(f.get(6)));
            String[] words = t.words();
            (t.verb() ? verbs : nouns).computeIfAbsent(words[t.verb() ? 0 : words.length - 1], k -> new ArrayList<>()).add(t);
        }
        for (Map<String, List<Trigger>> m : List.of(verbs, nouns)) {
            m.replaceAll((k, v) -> v.stream().sorted((a, b) -> b.words().length - a.words().length).toList());
        }
        Map<String, String> kinds = new HashMap<>();
        for (List<String> f : rows("actor-kinds.tsv", 2)) {
            kinds.put(f.get(0), f.get(1));
        }
        return new EventWords(Map.copyOf(verbs), Map.copyOf(nouns), Map.copyOf(kinds),
                WordList.load("figurative-modifiers.txt"), WordList.load("telling-verbs.txt"));
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }

    /** The rows of a tab-separated word list of this package, each checked for its number of columns. */
    private static List<List<String>> rows(String name, int columns) {
        List<List<String>> rows = WordList.load(name).rows();
        for (List<String> row : rows) {
            if (row.size() != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns: " + String.join("\t", row));
            }
        }
        return rows;
    }
}
