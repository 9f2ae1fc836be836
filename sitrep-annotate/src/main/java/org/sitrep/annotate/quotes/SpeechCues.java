package org.sitrep.annotate.quotes;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.lexicon.CalendarWords;
import org.sitrep.annotate.lexicon.SpeechVerbs;
import org.sitrep.annotate.nlp.Token;

/** The words that mark speech and other attribution in English news, and the small closed classes around them. */
final class SpeechCues {

    /** Subject pronouns that can name a speaker. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    /**
     * Words that say when besides the calendar's names, which can stand between a subject and its verb ({@code Yoon
     * last week said}).
     */
    private static final Set<String> RELATIVE_TIME = Set.of("today", "yesterday", "tonight", "week", "weekend", "month",
            "year", "earlier", "later", "recently", "overnight");

    /** Words that modify a time noun ({@code last week}, {@code on Monday}). */
    private static final Set<String> TEMPORAL_MODIFIERS = Set.of("on", "last", "this", "next", "late", "early",
            "earlier", "later", "in", "the", "past", "previous");

    /** Words that deny a verb: "did not say", "didn't mention", "never said". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

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
        return isVerb(t) && t.lemma() != null && SpeechVerbs.reportsSpeech(t.lemma());
    }

    /** Whether {@code t} is a speech act about a noun phrase, introduced by {@code next} ("" for none). */
    static boolean takesTopic(Token t, String next) {
        if (!isVerb(t) || t.lemma() == null) {
            return false;
        }
        Set<String> words = SpeechVerbs.topicWords(t.lemma());
        return words != null && words.contains(next);
    }

    /** Whether {@code t} is a verb of speech by lemma, a cue of either kind. */
    static boolean isTopicVerb(Token t) {
        return isVerb(t) && t.lemma() != null && SpeechVerbs.topicWords(t.lemma()) != null;
    }

    static boolean takesHearerFirst(Token t) {
        return t.lemma() != null && SpeechVerbs.hearerFirst(t.lemma());
    }

    static boolean needsClause(Token t) {
        return t.lemma() != null && SpeechVerbs.clauseOnly(t.lemma());
    }

    static boolean isPronoun(Token t) {
        return "PRP".equals(t.pos()) && PRONOUNS.contains(lower(t));
    }

    static boolean isPersonalPronoun(Token t) {
        return "PRP".equals(t.pos()) && PERSONAL_PRONOUNS.contains(lower(t));
    }

    /** A word that says when: a weekday, a month (not "may", which is far more often the verb), a part of the day, "today". */
    static boolean isTemporal(Token t) {
        String w = lower(t);
        return CalendarWords.WEEKDAYS.contains(w) || CalendarWords.MONTHS.contains(w) && !"may".equals(w) || CalendarWords.DAY_PARTS.contains(w)
                || RELATIVE_TIME.contains(w);
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

    /** A word that denies its verb: a speech act about a thing it stands before speaks of nothing ({@code didn't mention}). */
    static boolean isNegation(Token t) {
        return NEGATIONS.contains(lower(t).replace('\u2019', '\''));
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
