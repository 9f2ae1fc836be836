package org.sitrep.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.nlp.Token;

/**
 * Reported speech: a verb of saying with its speaker and content ({@code Penny Wong said the officials were
 * involved}), {@code according to X}, a line led by a speaker's name and a colon, a participle going on from an
 * attribution ({@code ..., accusing them}), and speech acts about a noun phrase ({@code called for more
 * investment}). Cues the direct quotes took are passed over.
 */
final class ReportedSpeech {

    /** Words after which a participle hangs on the clause before it: "..., saying", "while saying". */
    private static final Set<String> CLAUSE_LINKS = Set.of("while", "after", "before", "by", "when", "in");

    private final TokenView view;
    private final Phrases phrases;
    private final Clauses clauses;
    private final CueMarks cues;

    ReportedSpeech(TokenView view, Phrases phrases, Clauses clauses, CueMarks cues) {
        this.view = view;
        this.phrases = phrases;
        this.clauses = clauses;
        this.cues = cues;
    }

    List<Attribution> read() {
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < view.size(); k = view.unitEnd(k)) {
            Attribution labelled = labelledLine(view.unitStart(k), view.unitEnd(k));
            if (labelled != null) {
                out.add(labelled);
                cues.mark(labelled.cue());
            }
        }
        for (int k = 0; k < view.size(); k++) {
            if (view.quoted(k) || cues.used(k)) {
                continue;
            }
            int lo = view.unitStart(k);
            int hi = view.unitEnd(k);
            int cs = clauses.contentStart(lo, hi);
            if (k < cs) {
                continue;
            }
            Token t = view.get(k);
            Attribution a = null;
            if ("according".equals(SpeechCues.lower(t)) && k + 1 < hi && "to".equals(SpeechCues.lower(view.get(k + 1)))) {
                a = accordingTo(k, cs, hi);
            } else if (SpeechCues.isCueVerb(t) || SpeechCues.isTopicVerb(t)) {
                a = verbCue(k, cs, hi, out);
            }
            if (a != null && a.contentEnd() > a.contentStart()) {
                out.add(a);
                cues.mark(a.cue());
            }
        }
        return out;
    }

    /**
     * A line led by a person's or an organisation's name and a colon: a headline
     * ({@code Pence: Gennifer Flowers Won't Be at Debate}) or a transcript's turn.
     */
    private Attribution labelledLine(int lo, int hi) {
        for (int c = lo + 1; c < Math.min(hi, lo + 5); c++) {
            Token t = view.get(c);
            if (":".equals(t.word())) {
                String type = view.get(c - 1).ner();
                if (!("PERSON".equals(type) || "ORGANIZATION".equals(type)) || view.quoted(c) || hi - c < 4) {
                    return null;
                }
                Phrases.Range label = new Phrases.Range(lo, c);
                return clauses.content(new Phrases.Range(c, c + 1), new Phrases.Head(label, label, Phrases.Kind.NAMED, type), c + 1, hi);
            }
            if (!phrases.isNamed(c) || view.quoted(c)) {
                return null;
            }
        }
        return null;
    }

    private Attribution accordingTo(int k, int cs, int hi) {
        Phrases.Range np = phrases.nounPhraseStartingAt(k + 2, hi);
        if (np == null) {
            return null;
        }
        Phrases.Range cue = new Phrases.Range(k, k + 2);
        boolean leads = true;
        for (int i = cs; i < k; i++) {
            leads &= "CC".equals(view.get(i).pos()) || "RB".equals(view.get(i).pos());
        }
        if (leads) {
            int comma = clauses.nextComma(np.end(), hi);
            return comma < 0 ? null : clauses.content(cue, phrases.headOf(np), comma + 1, hi);
        }
        return clauses.content(cue, phrases.headOf(np), cs, k);
    }

    private Attribution verbCue(int k, int cs, int hi, List<Attribution> found) {
        Token t = view.get(k);
        int prev = phrases.skipLeftAdjuncts(k - 1, cs);
        boolean afterHave = false;
        boolean afterBe = false;
        boolean negated = false;
        for (int i = prev + 1; i < k; i++) {
            afterHave |= "have".equalsIgnoreCase(view.get(i).lemma());
            afterBe |= "be".equalsIgnoreCase(view.get(i).lemma());
            negated |= SpeechCues.isNegation(view.get(i));
        }
        if ("VBN".equals(t.pos()) && (afterBe || !afterHave)) {
            // passive (was told, has been accused) or a bare participle (officials, led by); but the
            // tagger also reads a past tense after an appositive as a participle (X, director of Y, called for)
            // a cue opening the sentence ("Asked whether..., X said") has no word before it
            Phrases.Range named = afterBe || k - 1 < cs || !SpeechCues.isComma(view.get(k - 1)) ? null
                    : phrases.subjectOf(k, cs);
            if (named == null || phrases.headOf(named).kind() != Phrases.Kind.NAMED) {
                return null;
            }
        }
        if ("VBG".equals(t.pos())) {
            return afterBe ? null : participle(k, cs, hi, found);
        }
        Phrases.Range subject = phrases.subjectOf(k, cs);
        if (subject == null && k - 1 >= cs && "CC".equals(view.get(k - 1).pos())) {
            subject = subjectOfVerbBefore(k - 1, cs); // ... is telling a group that ... and says he will
        }
        if (subject != null) {
            Phrases.Head head = phrases.headOf(subject);
            if (!phrases.canSpeak(head)) {
                return null; // The crackdown suggests ...: an act or event quotes no one
            }
            int before = subject.start() - 1;
            boolean afterClause = before >= cs && (SpeechCues.isComma(view.get(before)) || SpeechCues.isQuoteMark(view.get(before)));
            if (afterClause && !SpeechCues.needsClause(t) && clauses.restIsAdjunct(k + 1, hi)) {
                return clauses.content(new Phrases.Range(k, k + 1), head, cs, before);
            }
            int from = afterCue(k, hi);
            int to = hi;
            if (prev >= cs && "who".equals(SpeechCues.lower(view.get(prev)))) {
                int comma = clauses.nextComma(from, hi);
                to = comma < 0 ? hi : comma; // a relative clause ends at its comma
            }
            if (SpeechCues.isCueVerb(t) && !startsParticiple(from) && clauses.hasClause(from, to)) {
                return clauses.content(new Phrases.Range(k, k + 1), head, from, clauses.quotedRunEnd(from, contentEnd(from, to)));
            }
            // "didn't mention any agreements": a thing not spoken of is no content; a denied clause ("did not say
            // when ...") is still an attribution, as PolNeAR annotates it
            int topic = negated ? -1 : topicStart(k, hi);
            if (topic >= 0) {
                return clauses.content(new Phrases.Range(k, topic), head, topic, contentEnd(topic, hi));
            }
            return null;
        }
        boolean inverted = k - 1 >= cs && (SpeechCues.isComma(view.get(k - 1)) || SpeechCues.isQuoteMark(view.get(k - 1)));
        if (inverted && SpeechCues.isFiniteVerb(t) && !SpeechCues.needsClause(t)) {
            Phrases.Range np = phrases.nounPhraseStartingAt(phrases.skipRightAdjuncts(k + 1, hi), hi);
            if (np != null && phrases.canSpeak(phrases.headOf(np)) && (np.end() >= hi
                    || SpeechCues.isSentencePunctuation(view.get(np.end())) || "IN".equals(view.get(np.end()).pos()))) {
                return clauses.content(new Phrases.Range(k, k + 1), phrases.headOf(np), cs, k - 1);
            }
        }
        return null;
    }

    /** For a speech act about a noun phrase: where the phrase starts (past its preposition), else -1. */
    private int topicStart(int k, int hi) {
        int i = k + 1;
        if (i < hi && ("RP".equals(view.get(i).pos()) || "IN".equals(view.get(i).pos()) || "TO".equals(view.get(i).pos()))) {
            if (!SpeechCues.takesTopic(view.get(k), SpeechCues.lower(view.get(i)))) {
                return -1;
            }
            i++;
        } else if (!SpeechCues.takesTopic(view.get(k), "")) {
            return -1;
        }
        if (i < hi && "TO".equals(view.get(i - 1).pos()) && "VB".equals(view.get(i).pos())) {
            return i; // vowed to harshly punish ...
        }
        Phrases.Range np = i < hi ? phrases.nounPhraseStartingAt(i, hi) : null;
        boolean quotedObject = i < hi && view.quoted(i);
        return np != null || quotedObject ? i : -1;
    }

    /** The subject of the nearest finite verb before {@code k} in its unit, or null. */
    private Phrases.Range subjectOfVerbBefore(int k, int cs) {
        for (int j = k - 1; j >= cs; j--) {
            if (view.quoted(j)) {
                continue;
            }
            if (SpeechCues.isFiniteVerb(view.get(j)) && !"MD".equals(view.get(j).pos())) {
                return phrases.subjectOf(j, cs);
            }
        }
        return null;
    }

    /**
     * {@code ..., saying ...}: the speaker is the one of the verb of saying the participle hangs on
     * ({@code a charge Afghanistan denies, saying ...}), else the one of the attribution the participle follows in
     * its sentence ({@code Wong said ..., accusing them}), else the subject of the clause it hangs on.
     */
    private Attribution participle(int k, int cs, int hi, List<Attribution> found) {
        Token prev = k - 1 >= cs ? view.get(k - 1) : null;
        if (prev == null || !(SpeechCues.isComma(prev) || CLAUSE_LINKS.contains(SpeechCues.lower(prev)))) {
            return null;
        }
        int from = afterCue(k, hi);
        int to = contentEnd(from, hi);
        Phrases.Range cue = new Phrases.Range(k, k + 1);
        Phrases.Head ofCueVerb = speakerOfCueVerbBefore(k, cs, found);
        if (ofCueVerb != null) {
            return clauses.hasClause(from, to) ? clauses.content(cue, ofCueVerb, from, to) : null;
        }
        if (!found.isEmpty()) {
            Attribution last = found.get(found.size() - 1);
            if (last.cue() != null && last.cue().start() >= cs && last.cue().start() < k) {
                return clauses.hasClause(from, to) ? clauses.content(cue, last.speaker(), from, to) : null;
            }
        }
        for (int j = k - 1; j >= cs; j--) {
            if (view.quoted(j)) {
                return null;
            }
            if (SpeechCues.isFiniteVerb(view.get(j)) && !"MD".equals(view.get(j).pos())) {
                Phrases.Range subject = phrases.subjectOf(j, cs);
                if (subject == null || !clauses.hasClause(from, to) || !phrases.canSpeak(phrases.headOf(subject))) {
                    return null;
                }
                return clauses.content(cue, phrases.headOf(subject), from, to);
            }
        }
        return null;
    }

    /** When the nearest finite verb before {@code k} is a verb of saying: its speaker; else null. */
    private Phrases.Head speakerOfCueVerbBefore(int k, int cs, List<Attribution> found) {
        for (int j = k - 1; j >= cs && !view.quoted(j); j--) {
            Token t = view.get(j);
            if (!SpeechCues.isFiniteVerb(t) || "MD".equals(t.pos())) {
                continue;
            }
            if (!SpeechCues.isCueVerb(t) && !SpeechCues.isTopicVerb(t)) {
                return null;
            }
            for (Attribution a : found) {
                if (a.cue() != null && a.cue().start() == j) {
                    return a.speaker();
                }
            }
            Phrases.Range subject = phrases.subjectOf(j, cs);
            Phrases.Head head = subject == null ? null : phrases.headOf(subject);
            return head != null && phrases.canSpeak(head) ? head : null;
        }
        return null;
    }

    /** Whether a cue's content would start with a participle after a comma: not its complement but speech of its own. */
    private boolean startsParticiple(int from) {
        return from > 0 && from < view.size() && SpeechCues.isComma(view.get(from - 1)) && "VBG".equals(view.get(from).pos());
    }

    /**
     * Where content that starts at {@code from} ends: before a participle that reports speech of its own
     * ({@code ..., saying ...}, read once, as its own quote) or an attribution after it
     * ({@code ..., Yoon's office said in a statement}); else at {@code to}.
     */
    private int contentEnd(int from, int to) {
        for (int c = from + 1; c < to; c++) {
            if (!SpeechCues.isComma(view.get(c)) || view.quoted(c) || c + 1 >= to) {
                continue;
            }
            Token next = view.get(c + 1);
            boolean participle = "VBG".equals(next.pos()) && (SpeechCues.isCueVerb(next) || SpeechCues.isTopicVerb(next));
            if (participle || isTrailingAttribution(c + 1, to)) {
                return c;
            }
        }
        return to;
    }

    /** Whether [from, to) is an attribution with nothing after it but when and where: "X said in a statement", "said X". */
    private boolean isTrailingAttribution(int from, int to) {
        Phrases.Range np = phrases.nounPhraseStartingAt(from, to);
        if (np == null) {
            Token verb = view.get(from);
            Phrases.Range after = SpeechCues.isCueVerb(verb) && SpeechCues.isFiniteVerb(verb)
                    ? phrases.nounPhraseStartingAt(from + 1, to) : null;
            return after != null && clauses.restIsAdjunct(after.end(), to, true);
        }
        int v = phrases.skipRightAdjuncts(np.end(), to);
        if (v >= to) {
            return false;
        }
        Token verb = view.get(v);
        return SpeechCues.isCueVerb(verb) && SpeechCues.isFiniteVerb(verb) && clauses.restIsAdjunct(v + 1, to, true);
    }

    /** Where the content starts after a cue: past its hearer, time and place phrases, and {@code that}. */
    private int afterCue(int k, int hi) {
        // told MSNBC's "Morning Joe" that ...: a "that" soon after the cue, before any verb, starts the content
        for (int j = k + 1; j < Math.min(hi, k + 12); j++) {
            Token t = view.get(j);
            if ("that".equals(SpeechCues.lower(t)) && !view.quoted(j)) {
                return j + 1;
            }
            if ((SpeechCues.isFiniteVerb(t) || SpeechCues.isComma(t)) && !view.quoted(j)) {
                break;
            }
        }
        int i = k + 1;
        if (i < hi && "RP".equals(view.get(i).pos())) {
            i++;
        }
        if (SpeechCues.takesHearerFirst(view.get(k)) && i < hi && !clauses.isThatOrColon(i)) {
            Phrases.Range hearer = phrases.nounPhraseStartingAt(i, hi);
            if (hearer != null) {
                i = hearer.end();
            }
        }
        while (i < hi) {
            Token t = view.get(i);
            if (SpeechCues.isTemporal(t)) {
                i++;
            } else if (SpeechCues.isTemporalModifier(t) && i + 1 < hi && SpeechCues.isTemporal(view.get(i + 1))) {
                i += 2;
            } else if ("IN".equals(t.pos()) && !clauses.isThatOrColon(i) && Set.of("in", "on", "at", "during", "after", "before", "via", "through").contains(SpeechCues.lower(t))) {
                Phrases.Range np = phrases.nounPhraseStartingAt(i + 1, hi);
                if (np == null || np.end() - i > 6) {
                    break;
                }
                i = np.end();
            } else {
                break;
            }
        }
        if (i < hi && (clauses.isThatOrColon(i) || SpeechCues.isComma(view.get(i)))) {
            i++;
        }
        return i;
    }
}
