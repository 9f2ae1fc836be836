package org.sitrep.annotate.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that report speech in English news, by lemma: the verbs of saying ("say", "tell", "add") and the
 * other verbs that attribute a statement, position or finding ("warn", "confirm", "find"); which of them take a
 * noun phrase as their topic ("called for", "condemned"), which name the hearer first ("told reporters that"),
 * and which attribute only a clause. Loaded on first use, once per JVM.
 */
public final class SpeechVerbs {

    /** The one present-tense form that reports speech as often as a past tense does; "states", "notes" are nouns as often. */
    private static final String SAYS = "says";

    private static final WordList SAYING = WordList.load("speech-verbs.txt");
    private static final WordList ATTRIBUTION = WordList.load("attribution-verbs.txt");
    private static final WordList HEARER_FIRST = WordList.load("hearer-first-verbs.txt");
    private static final WordList CLAUSE_ONLY = WordList.load("clause-only-verbs.txt");
    private static final Map<String, Set<String>> TOPIC_WORDS = topicWords(WordList.load("topic-verbs.txt"));
    private static final List<String> REPORTING_FORMS = reportingForms(SAYING);

    private SpeechVerbs() {
    }

    /** "-" in the list stands for a topic that is the verb's direct object, with no word before it. */
    private static Map<String, Set<String>> topicWords(WordList list) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> row : list.rows()) {
            out.put(WordList.key(row.get(0)), Set.copyOf(Arrays.stream(row.get(1).split(" "))
                    .map(w -> w.equals("-") ? "" : w).toList()));
        }
        return Map.copyOf(out);
    }

    private static List<String> reportingForms(WordList saying) {
        List<String> forms = new java.util.ArrayList<>(List.of(SAYS));
        saying.rows().forEach(r -> forms.add(r.get(1)));
        return List.copyOf(forms);
    }

    /** Whether a lemma is a verb that reports speech or attributes content: a verb of saying or of attribution. */
    public static boolean reportsSpeech(String lemma) {
        return SAYING.contains(lemma) || ATTRIBUTION.contains(lemma);
    }

    /** The forms of the verbs of saying that report speech after a name: "said", "told", "says". */
    public static List<String> reportingForms() {
        return REPORTING_FORMS;
    }

    /** Whether a word is one of the {@link #reportingForms()}. */
    public static boolean reportingForm(String word) {
        return word != null && REPORTING_FORMS.contains(WordList.key(word));
    }

    /**
     * The words that may introduce the noun phrase a speech act is about ("for" of "call for"; "" for a direct
     * object), or null when the lemma takes no such topic.
     */
    public static Set<String> topicWords(String lemma) {
        return TOPIC_WORDS.get(WordList.key(lemma));
    }

    /** Whether the verb's first object is the hearer, not what is said ("told reporters that ..."). */
    public static boolean hearerFirst(String lemma) {
        return HEARER_FIRST.contains(lemma);
    }

    /** Whether the verb attributes content only when a clause follows it, never as "X said." at the end. */
    public static boolean clauseOnly(String lemma) {
        return CLAUSE_ONLY.contains(lemma);
    }
}
