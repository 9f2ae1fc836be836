package org.sitrep.annotate.quotes;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.lexicon.EventNouns;
import org.sitrep.annotate.nlp.Token;

/**
 * Shallow noun-phrase reading over part-of-speech and named-entity tags: enough to find who stands
 * before or after a verb of saying, without a parser (a constituency parse costs more than the
 * whole rest of the pipeline).
 */
final class Phrases {

    /** A token range [start, end) of a {@link TokenView}. */
    record Range(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** What a speaker phrase names: a named thing, a pronoun, or a common noun phrase. */
    enum Kind { NAMED, PRONOUN, COMMON }

    /**
     * The speaker part of a noun phrase.
     *
     * @param phrase the whole noun phrase
     * @param head   the tokens that name the speaker (a name, the pronoun, or the whole phrase)
     * @param type   the named-entity tag of a name (PERSON, ORGANIZATION, LOCATION, MISC), else null
     */
    record Head(Range phrase, Range head, Kind kind, String type) {
    }

    /** Prepositions that may join two parts of one name-like phrase ({@code authorities in Afghanistan}). */
    private static final Set<String> JOINING = Set.of("of", "for", "in", "from", "at", "and", "&");

    private static final Set<String> NOMINAL_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "CD");

    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "POS", "PRP$", "HYPH");

    private final TokenView view;

    Phrases(TokenView view) {
        this.view = view;
    }

    boolean isNamed(int i) {
        Token t = view.get(i);
        return !"O".equals(t.ner()) || "NNP".equals(t.pos()) || "NNPS".equals(t.pos());
    }

    boolean isNominal(int i) {
        Token t = view.get(i);
        return NOMINAL_TAGS.contains(t.pos()) || !"O".equals(t.ner());
    }

    private boolean isModifier(int i) {
        return MODIFIER_TAGS.contains(view.get(i).pos());
    }

    private boolean isJoining(int i) {
        return JOINING.contains(SpeechCues.lower(view.get(i)));
    }

    /** A hyphenated participle inside a noun phrase ({@code US-led}). */
    private boolean isHyphenatedParticiple(int i) {
        return i > 0 && SpeechCues.isVerb(view.get(i)) && "HYPH".equals(view.get(i - 1).pos());
    }

    /** Whether a name starts at {@code i} ({@code Afghanistan}, {@code the United States}). */
    private boolean nameStartsAt(int i, int hi) {
        if (i >= hi) {
            return false;
        }
        if (isNamed(i)) {
            return true;
        }
        return "DT".equals(view.get(i).pos()) && i + 1 < hi && isNamed(i + 1);
    }

    /** The noun phrase that ends just before {@code end}, not reaching before {@code lo}; null if none. */
    Range nounPhraseEndingAt(int end, int lo) {
        int i = end - 1;
        if (i < lo || view.quoted(i)) {
            return null;
        }
        if (SpeechCues.isPronoun(view.get(i))) {
            return new Range(i, end);
        }
        int start = end;
        while (i >= lo && !view.quoted(i)) {
            Token t = view.get(i);
            boolean pronoun = "PRP".equals(t.pos());
            if (!pronoun && (isNominal(i) || isModifier(i) || isHyphenatedParticiple(i))) {
                if (start < end && "DT".equals(view.get(start).pos())) {
                    break; // a determiner starts its phrase
                }
                start = i--;
                continue;
            }
            if (isJoining(i) && start < end && i - 1 >= lo && isNominal(i - 1)
                    && (nameStartsAt(start, end) || joinsAName(i, start, end))) {
                start = i--;
                continue;
            }
            break;
        }
        return trimmed(start, end);
    }

    /**
     * Whether the {@code and} at {@code and} joins a name before it to the phrase [start, end) after it, so that the
     * two speak as one ({@code The United States and its partners}, {@code Russia and other countries}): the phrase
     * after it is the name's own ({@code its}) or a plural.
     */
    private boolean joinsAName(int and, int start, int end) {
        if (!"and".equals(SpeechCues.lower(view.get(and))) || !isNamed(and - 1)) {
            return false;
        }
        String last = view.get(end - 1).pos();
        return "PRP$".equals(view.get(start).pos()) || "NNS".equals(last) || "NNPS".equals(last);
    }

    /**
     * Whether what a subject names can speak: a name, a pronoun, or a common noun phrase whose head noun names no
     * act or event ({@code The crackdown suggests ...} quotes no one; {@code The report suggests ...} does).
     */
    boolean canSpeak(Head head) {
        if (head.kind() != Kind.COMMON) {
            return true;
        }
        Range np = head.phrase();
        for (int i = np.start(); i < np.end(); i++) {
            if ("CC".equals(view.get(i).pos())) {
                return true; // a coordination speaks as its conjuncts do
            }
        }
        int last = np.end() - 1;
        for (int i = np.start(); i < np.end(); i++) {
            if (SpeechCues.isComma(view.get(i)) || "IN".equals(view.get(i).pos())) {
                last = i - 1; // the head of "the crackdown on protesters" is "crackdown"
                break;
            }
        }
        if (last < np.start() || !isNominal(last) || !"O".equals(view.get(last).ner())) {
            return true;
        }
        Token t = view.get(last);
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        return !EventNouns.namesActOrEvent(lemma.toLowerCase(Locale.ROOT));
    }

    /** The noun phrase that starts at {@code from}, not reaching {@code hi}; null if none. */
    Range nounPhraseStartingAt(int from, int hi) {
        if (from >= hi || view.quoted(from)) {
            return null;
        }
        if (SpeechCues.isPronoun(view.get(from))) {
            return new Range(from, from + 1);
        }
        int i = from;
        if ("VBN".equals(view.get(from).pos()) && from + 1 < hi && (isNominal(from + 1) || isModifier(from + 1))) {
            i++; // a participle used as an adjective: retired Air Force general Lloyd Newton
        }
        while (i < hi && !view.quoted(i)) {
            Token t = view.get(i);
            boolean pronoun = "PRP".equals(t.pos());
            if (!pronoun && (isNominal(i) || isModifier(i) || isHyphenatedParticiple(i))) {
                if ("DT".equals(t.pos()) && i > from && isNominal(i - 1)) {
                    break; // a determiner after a noun starts the next phrase
                }
                i++;
                continue;
            }
            if (isJoining(i) && i > from && isNominal(i - 1) && nameStartsAt(i + 1, hi)) {
                i++;
                continue;
            }
            break;
        }
        return trimmed(from, i);
    }

    private Range trimmed(int start, int end) {
        while (start < end && (isJoining(start) || "POS".equals(view.get(start).pos()) || "HYPH".equals(view.get(start).pos()))) {
            start++;
        }
        while (end > start && (isJoining(end - 1) || "DT".equals(view.get(end - 1).pos()) || "HYPH".equals(view.get(end - 1).pos()))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (isNominal(i)) {
                return new Range(start, end);
            }
        }
        return null;
    }

    /** Skips, going left from {@code i}, auxiliaries, adverbs and time phrases; returns the first other index. */
    int skipLeftAdjuncts(int i, int lo) {
        while (i >= lo) {
            Token t = view.get(i);
            if (SpeechCues.isAuxiliaryOrAdverb(t)) {
                i--;
            } else if ("-RRB-".equals(t.pos()) || ")".equals(t.word())) {
                // a parenthesis after a name: Rep. Gwen Moore (D-Wis.) said
                int open = i - 1;
                while (open >= lo && !("-LRB-".equals(view.get(open).pos()) || "(".equals(view.get(open).word()))) {
                    open--;
                }
                if (open < lo || i - open > 8) {
                    break;
                }
                i = open - 1;
            } else if (SpeechCues.isTemporal(t) || ("CD".equals(t.pos()) && i - 1 >= lo && SpeechCues.isTemporal(view.get(i - 1)))) {
                i--;
                while (i >= lo && (SpeechCues.isTemporalModifier(view.get(i)) || SpeechCues.isTemporal(view.get(i)))) {
                    i--;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** Skips, going right from {@code i}, auxiliaries, adverbs and time phrases; returns the first other index. */
    int skipRightAdjuncts(int i, int hi) {
        while (i < hi) {
            Token t = view.get(i);
            if (SpeechCues.isAuxiliaryOrAdverb(t) || SpeechCues.isTemporal(t)) {
                i++;
            } else if ("-LRB-".equals(t.pos()) || "(".equals(t.word())) {
                int close = i + 1;
                while (close < hi && !("-RRB-".equals(view.get(close).pos()) || ")".equals(view.get(close).word()))) {
                    close++;
                }
                if (close >= hi || close - i > 8) {
                    break;
                }
                i = close + 1;
            } else if (SpeechCues.isTemporalModifier(t) && i + 1 < hi && SpeechCues.isTemporal(view.get(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether tokens [from, to) could be an appositive or an aside between commas: a phrase with no
     * finite verb ({@code deputy spokesperson of Afghanistan's Taliban government}), or a relative
     * clause ({@code which is made up of investors}).
     */
    boolean isAside(int from, int to) {
        if (to <= from || to - from > 40) {
            return false;
        }
        boolean relative = false;
        for (int i = from; i < to; i++) {
            Token t = view.get(i);
            if (view.quoted(i)) {
                return false;
            }
            String p = t.pos();
            relative |= "WDT".equals(p) || "WP".equals(p) || "WP$".equals(p);
            if (SpeechCues.isFiniteVerb(t) && !relative) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of a verb that follows a comma: the noun phrase before one to three asides
     * ({@code Angelique Brunner, a developer and spokeswoman for X, which is made up of investors, said}).
     * A name is preferred to a common noun phrase, which may itself be an aside.
     */
    private Range subjectBeforeAsides(int comma, int lo) {
        int right = comma;
        Range common = null;
        for (int level = 0; level < 3; level++) {
            int left = right - 1;
            while (left >= lo && !SpeechCues.isComma(view.get(left))) {
                left--;
            }
            if (left < lo || !isAside(left + 1, right)) {
                break;
            }
            Range np = nounPhraseEndingAt(left, lo);
            if (np != null) {
                if (headOf(np).kind() != Kind.COMMON) {
                    return np;
                }
                if (common == null) {
                    common = np;
                }
            }
            right = left;
        }
        return common;
    }

    /** After a noun phrase ending at {@code k}: the index past up to three asides set off by commas. */
    int skipAsidesRight(int k, int hi) {
        for (int level = 0; level < 3 && k < hi && SpeechCues.isComma(view.get(k)); level++) {
            int m = k + 1;
            while (m < hi && !SpeechCues.isComma(view.get(m))) {
                m++;
            }
            if (m >= hi || !isAside(k + 1, m)) {
                break;
            }
            k = m + 1;
        }
        return k;
    }

    /**
     * The subject of the verb at {@code verb}: the noun phrase before it, past auxiliaries, adverbs,
     * time phrases and an appositive ({@code Mosharraf Zaidi, spokesman for Pakistan's prime minister, said}).
     */
    Range subjectOf(int verb, int lo) {
        int i = skipLeftAdjuncts(verb - 1, lo);
        if (i < lo || view.quoted(i)) {
            return null;
        }
        if (SpeechCues.isComma(view.get(i))) {
            return subjectBeforeAsides(i, lo);
        }
        if ("WP".equals(view.get(i).pos()) && "who".equals(SpeechCues.lower(view.get(i)))) {
            // a relative clause speaks for what it hangs on: Sen. Bernie Sanders, who said ...
            int before = i - 1;
            if (before >= lo && SpeechCues.isComma(view.get(before))) {
                before--;
            }
            Range antecedent = nounPhraseEndingAt(before + 1, lo);
            return antecedent != null && headOf(antecedent).kind() == Kind.NAMED ? antecedent : null;
        }
        return nounPhraseEndingAt(i + 1, lo);
    }

    /** The noun phrase starting at {@code from} and the end of an appositive after it, for speakers after a cue. */
    Range phraseAfter(int from, int hi) {
        return nounPhraseStartingAt(from, hi);
    }

    /** What a noun phrase names. */
    Head headOf(Range np) {
        if (np.length() == 1 && SpeechCues.isPronoun(view.get(np.start()))) {
            return new Head(np, np, Kind.PRONOUN, null);
        }
        int cut = np.end();
        for (int i = np.start(); i < np.end(); i++) {
            Token t = view.get(i);
            if (SpeechCues.isComma(t) || ("IN".equals(t.pos()) && isJoining(i)) || "CC".equals(t.pos())) {
                cut = i;
                break;
            }
        }
        boolean coordinated = false;
        for (int i = np.start(); i < np.end(); i++) {
            coordinated |= "CC".equals(view.get(i).pos());
        }
        int hs = np.start();
        for (int i = np.start(); i < cut; i++) {
            if ("POS".equals(view.get(i).pos())) {
                hs = i + 1;
            }
        }
        int last = cut - 1;
        if (!coordinated && last >= hs) {
            Token t = view.get(last);
            if (!"O".equals(t.ner())) {
                int s = last;
                while (s - 1 >= hs && t.ner().equals(view.get(s - 1).ner())) {
                    s--;
                }
                return new Head(np, new Range(s, last + 1), Kind.NAMED, t.ner());
            }
            if ("NNP".equals(t.pos()) || "NNPS".equals(t.pos())) {
                int s = last;
                while (s - 1 >= hs && ("NNP".equals(view.get(s - 1).pos()) || "NNPS".equals(view.get(s - 1).pos()))) {
                    s--;
                }
                return new Head(np, new Range(s, last + 1), Kind.NAMED, null);
            }
        }
        return new Head(np, np, Kind.COMMON, null);
    }
}
