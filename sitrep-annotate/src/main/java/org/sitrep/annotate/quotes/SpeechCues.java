package org.sitrep.annotate.quotes;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.nlp.Token;

/** The words that mark speech and other attribution in English news, and the small closed classes around them. */
final class SpeechCues {

    /** Verbs of saying and of stating a position, by lemma. */
    private static final Set<String> SPEECH = Set.of(
            "say", "tell", "add", "write", "state", "announce", "warn", "accuse", "deny", "claim", "note",
            "explain", "insist", "argue", "acknowledge", "admit", "confirm", "report", "declare", "stress",
            "emphasize", "emphasise", "assert", "contend", "maintain", "suggest", "predict", "estimate", "tweet",
            "reply", "respond", "recall", "testify", "concede", "complain", "vow", "pledge", "promise", "urge",
            "caution", "allege", "reveal", "disclose", "ask", "charge", "remark", "observe", "reiterate",
            "propose", "threaten", "agree", "counter", "retort", "boast", "quip", "joke", "lament",
            "conclude", "indicate", "show", "find", "cite", "believe", "think", "forecast", "hint",
            "signal");

    /**
     * Speech acts whose content is a noun phrase, by lemma, with the word that introduces it ("" for a
     * direct object): {@code called for more school investment}, {@code condemned Friday's test}.
     */
    private static final java.util.Map<String, Set<String>> TOPIC = java.util.Map.ofEntries(
            java.util.Map.entry("call", Set.of("for", "on")),
            java.util.Map.entry("talk", Set.of("about")),
            java.util.Map.entry("speak", Set.of("about", "of", "on", "out")),
            java.util.Map.entry("warn", Set.of("against", "of", "about")),
            java.util.Map.entry("complain", Set.of("about")),
            java.util.Map.entry("argue", Set.of("for", "against")),
            java.util.Map.entry("push", Set.of("for")),
            java.util.Map.entry("advocate", Set.of("for", "")),
            java.util.Map.entry("criticize", Set.of("")),
            java.util.Map.entry("criticise", Set.of("")),
            java.util.Map.entry("condemn", Set.of("")),
            java.util.Map.entry("denounce", Set.of("")),
            java.util.Map.entry("praise", Set.of("")),
            java.util.Map.entry("mention", Set.of("")),
            java.util.Map.entry("cite", Set.of("")),
            java.util.Map.entry("describe", Set.of("")),
            java.util.Map.entry("question", Set.of("")),
            java.util.Map.entry("reject", Set.of("")),
            java.util.Map.entry("endorse", Set.of("")),
            java.util.Map.entry("dismiss", Set.of("")),
            java.util.Map.entry("blast", Set.of("")),
            java.util.Map.entry("slam", Set.of("")),
            java.util.Map.entry("decry", Set.of("")),
            java.util.Map.entry("deride", Set.of("")),
            java.util.Map.entry("accuse", Set.of("")),
            java.util.Map.entry("deny", Set.of("")),
            java.util.Map.entry("urge", Set.of("")),
            java.util.Map.entry("promise", Set.of("")),
            java.util.Map.entry("pledge", Set.of("", "to")),
            java.util.Map.entry("vow", Set.of("", "to")),
            java.util.Map.entry("announce", Set.of("")),
            java.util.Map.entry("confirm", Set.of("")),
            java.util.Map.entry("acknowledge", Set.of("")),
            java.util.Map.entry("admit", Set.of("")));

    /** Cues whose first object is the hearer, not the content ({@code told reporters that ...}). */
    private static final Set<String> HEARER_FIRST = Set.of("tell", "inform", "assure", "remind", "warn", "urge",
            "ask", "promise");

    /** Cues that only attribute content when a clause follows them, never as {@code X said.} at the end. */
    private static final Set<String> CLAUSE_ONLY = Set.of("show", "find", "cite", "believe", "think", "indicate",
            "signal", "agree", "propose", "threaten", "hint", "forecast", "estimate", "predict", "ask");

    /** Subject pronouns that can name a speaker. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    /** Nouns and names that say when, which can stand between a subject and its verb ({@code Yoon last week said}). */
    private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "week", "weekend", "month", "year", "morning",
            "afternoon", "evening", "night", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "earlier", "later", "recently", "overnight");

    /** Words that modify a time noun ({@code last week}, {@code on Monday}). */
    private static final Set<String> TEMPORAL_MODIFIERS = Set.of("on", "last", "this", "next", "late", "early",
            "earlier", "later", "in", "the", "past", "previous");

    private SpeechCues() {
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static boolean isVerb(Token t) {
        return t.pos() != null && t.pos().startsWith("VB");
    }

    static boolean isFiniteVerb(Token t) {
        String p = t.pos();
        return "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p);
    }

    /** A verb of saying (any form); {@code according to} is found separately. */
    static boolean isCueVerb(Token t) {
        return isVerb(t) && t.lemma() != null && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a speech act about a noun phrase, introduced by {@code next} ("" for none). */
    static boolean takesTopic(Token t, String next) {
        if (!isVerb(t) || t.lemma() == null) {
            return false;
        }
        Set<String> words = TOPIC.get(t.lemma().toLowerCase(Locale.ROOT));
        return words != null && words.contains(next);
    }

    /** Whether {@code t} is a verb of speech by lemma, a cue of either kind. */
    static boolean isTopicVerb(Token t) {
        return isVerb(t) && t.lemma() != null && TOPIC.containsKey(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean takesHearerFirst(Token t) {
        return t.lemma() != null && HEARER_FIRST.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean needsClause(Token t) {
        return t.lemma() != null && CLAUSE_ONLY.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(Token t) {
        return "PRP".equals(t.pos()) && PRONOUNS.contains(lower(t));
    }

    static boolean isPersonalPronoun(Token t) {
        return "PRP".equals(t.pos()) && PERSONAL_PRONOUNS.contains(lower(t));
    }

    static boolean isTemporal(Token t) {
        return TEMPORAL.contains(lower(t));
    }

    static boolean isTemporalModifier(Token t) {
        return TEMPORAL_MODIFIERS.contains(lower(t));
    }

    /** An auxiliary or adverb that may stand between a subject and its cue ({@code has also said}). */
    static boolean isAuxiliaryOrAdverb(Token t) {
        String p = t.pos();
        if ("RB".equals(p) || "MD".equals(p)) {
            return true;
        }
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        return p != null && p.startsWith("VB") && (lemma.equals("have") || lemma.equals("do") || lemma.equals("be"));
    }

    static boolean isComma(Token t) {
        return ",".equals(t.word());
    }

    static boolean isQuoteMark(Token t) {
        String w = t.word();
        return "``".equals(w) || "''".equals(w) || "\"".equals(w) || "\u201C".equals(w) || "\u201D".equals(w);
    }

    static boolean isSentencePunctuation(Token t) {
        String w = t.word();
        return ".".equals(w) || "!".equals(w) || "?".equals(w) || ";".equals(w) || ":".equals(w) || ",".equals(w);
    }
}
