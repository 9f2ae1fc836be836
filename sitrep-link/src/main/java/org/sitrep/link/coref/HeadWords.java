package org.sitrep.link.coref;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What sitrep knows of a head word, from WordNet 3.1 (Princeton University, WordNet licence; read through extJWNL
 * from its Maven data package, nothing downloaded at run time): its lemma ("shot" → "shoot", "pirates" →
 * "pirate"), and the concepts it can stand for (its most common senses' synsets, and the synsets its derivations
 * reach: "shooting" and "shot" reach "shoot", "arrest" shares a synset with "apprehend"). Load once and share.
 */
public final class HeadWords {

    /** Senses beyond the first few are rare readings that would link everything to everything. */
    private static final int SENSES = 3;

    private final Dictionary dictionary;
    private final Map<String, String> eventLemmas = new ConcurrentHashMap<>();
    private final Map<String, String> entityLemmas = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> concepts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> readings = new ConcurrentHashMap<>();
    private final Map<String, Boolean> persons = new ConcurrentHashMap<>();
    private final Map<String, Boolean> nouns = new ConcurrentHashMap<>();

    private HeadWords(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Opens WordNet from the class path (a few seconds). */
    public static HeadWords load() {
        try {
            return new HeadWords(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data not on the class path: " + e.getMessage(), e);
        }
    }

    /**
     * The lemma of a head word: an event's verb reading first ("shooting" → "shoot"), an entity's noun reading
     * first ("pirates" → "pirate"); a word WordNet lacks is itself, lower-cased.
     */
    public String lemma(String word, Mention.Kind kind) {
        String lower = withoutPossessive(word.toLowerCase(Locale.ROOT));
        Map<String, String> cache = kind == Mention.Kind.EVENT ? eventLemmas : entityLemmas;
        return cache.computeIfAbsent(lower, w -> {
            POS first = kind == Mention.Kind.EVENT ? POS.VERB : POS.NOUN;
            POS second = kind == Mention.Kind.EVENT ? POS.NOUN : POS.VERB;
            String base = baseForm(first, w);
            if (base == null) {
                base = baseForm(second, w);
            }
            return base == null ? w : base;
        });
    }

    /** "buckley's" → "buckley", "chargers'" → "chargers": the possessive is no part of the word. */
    static String withoutPossessive(String lower) {
        String plain = lower.replace('\u2019', '\'');
        if (plain.endsWith("'s") && plain.length() > 2) {
            return plain.substring(0, plain.length() - 2);
        }
        return plain.endsWith("'") && plain.length() > 1 ? plain.substring(0, plain.length() - 1) : plain;
    }

    /**
     * Whether a noun lemma names a person in its most common senses ("woman", "host", "climber"; a famous bearer
     * of a name, such as "Jackson", too): WordNet puts it under the synset of "person" or "someone".
     */
    public boolean isPerson(String lemma) {
        return persons.computeIfAbsent(lemma, l -> {
            try {
                IndexWord index = dictionary.getIndexWord(POS.NOUN, l);
                if (index == null) {
                    return false;
                }
                List<Synset> senses = index.getSenses();
                for (Synset synset : senses.subList(0, Math.min(2, senses.size()))) {
                    if (underPerson(synset, 0)) {
                        return true;
                    }
                }
            } catch (JWNLException e) {
                // an entry WordNet cannot read is no person
            }
            return false;
        });
    }

    /** Whether WordNet knows the lemma as a noun. */
    public boolean isNoun(String lemma) {
        return nouns.computeIfAbsent(lemma, l -> {
            try {
                return dictionary.getIndexWord(POS.NOUN, l) != null;
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    private static boolean underPerson(Synset synset, int depth) {
        boolean person = false;
        boolean someone = false;
        for (Word word : synset.getWords()) {
            person |= word.getLemma().equals("person");
            someone |= word.getLemma().equals("someone");
        }
        if (person && someone) {
            return true;
        }
        if (depth > 16) {
            return false;
        }
        for (Pointer pointer : synset.getPointers()) {
            if ((pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM)) {
                try {
                    if (underPerson(pointer.getTargetSynset(), depth + 1)) {
                        return true;
                    }
                } catch (JWNLException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether WordNet reads the word as a noun or a verb (else it is a function word, a number or unknown). */
    public boolean hasReading(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return readings.computeIfAbsent(lower, w -> baseForm(POS.NOUN, w) != null || baseForm(POS.VERB, w) != null);
    }

    /** Whether two lemmas can stand for the same concept: a shared synset or a derivation between them. */
    public boolean related(String lemmaA, String lemmaB) {
        if (lemmaA.equals(lemmaB)) {
            return true;
        }
        Set<String> a = concepts(lemmaA);
        for (String concept : concepts(lemmaB)) {
            if (a.contains(concept)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> concepts(String lemma) {
        return concepts.computeIfAbsent(lemma, l -> {
            Set<String> found = new HashSet<>();
            for (POS pos : List.of(POS.NOUN, POS.VERB)) {
                try {
                    IndexWord index = dictionary.getIndexWord(pos, l);
                    if (index == null) {
                        continue;
                    }
                    List<Synset> senses = index.getSenses();
                    for (Synset synset : senses.subList(0, Math.min(SENSES, senses.size()))) {
                        found.add(key(synset));
                        for (Word word : synset.getWords()) {
                            if (!word.getLemma().equalsIgnoreCase(l)) {
                                continue;
                            }
                            for (Pointer pointer : word.getPointers()) {
                                if (pointer.getType() == PointerType.DERIVATION) {
                                    found.add(key(pointer.getTargetSynset()));
                                }
                            }
                        }
                    }
                } catch (JWNLException e) {
                    // an entry WordNet cannot read is a word with no concepts
                }
            }
            return Set.copyOf(found);
        });
    }

    private static String key(Synset synset) {
        return synset.getPOS().getKey() + synset.getOffset();
    }

    private String baseForm(POS pos, String word) {
        try {
            IndexWord index = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, word);
            return index == null ? null : index.getLemma();
        } catch (JWNLException e) {
            return null;
        }
    }
}
