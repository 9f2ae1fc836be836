package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a candidate expression sits: the text around it and the anchor, for rules that read context. */
record Situation(String text, Anchor anchor, int start, int end) {

    /**
     * Words that put a clause in the future (news reports the past unless it says otherwise), so a
     * bare weekday or month names the next one rather than the last.
     */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(?:will|shall|won't|'ll|going\\s+to|plans?\\s+to|planning\\s+to|planned|scheduled|expected|expects?\\s+to"
                    + "|is\\s+to|are\\s+to|due\\s+to|due|upcoming|would|set\\s+(?:to|for)|to\\s+be\\s+held|intends?\\s+to"
                    + "|hopes?\\s+to|aims?\\s+to|ahead|as\\s+soon\\s+as|postponed|delayed|adjourned|deadline)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Past forms news tells events with besides the regular ones in -ed: auxiliaries, "said", common irregular verbs. */
    private static final String PAST_VERBS = "was|were|had|said|told|began|came|went|took|met|held|left";

    /**
     * Past tense: auxiliaries, "said", and lower-case words in -ed (not "United", "need", "hundred").
     */
    private static final Pattern PAST_CUE = Pattern.compile(
            "\\b(?i:" + PAST_VERBS + "|did|ago|last|earlier)\\b"
                    + "|\\b(?!(?:need|indeed|hundred|speed|feed|seed|bed|red|shed|led|proceed|exceed|succeed)\\b)"
                    + "[a-z]{2,}ed\\b");

    private static final Pattern FORMER_FUTURE = Pattern.compile("\\b(?:had(?:\\s+been)?)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** A future verb right after the expression, in the same clause: "Friday will see ...", "On Tuesday, X plans to". */
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "^,?[^,;]*?\\b(?:will|'ll|plans?\\s+to|intends?\\s+to|is\\s+scheduled|are\\s+scheduled|is\\s+expected"
                    + "|are\\s+expected|is\\s+set\\s+to|are\\s+set\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A past verb right after the expression: "the State Department on Sunday issued ...". */
    private static final Pattern PAST_AFTER = Pattern.compile(
            "^\\s+(?:(?i:" + PAST_VERBS + ")|(?!(?:need|indeed|hundred|speed)\\b)"
                    + "[a-z]{2,}ed)\\b");

    boolean anchored() {
        return anchor.known();
    }

    LocalDate day() {
        return anchor.date();
    }

    /** The lower-cased word just before the expression, or "" at the start of a sentence. */
    String wordBefore() {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int e = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '$' || text.charAt(i) == '%')) {
            i--;
        }
        return text.substring(i + 1, e).toLowerCase(Locale.ROOT);
    }

    /** The text after the expression, up to {@code n} characters. */
    String after(int n) {
        return text.substring(end, Math.min(text.length(), end + n));
    }

    /** The text before the expression, up to {@code n} characters. */
    String before(int n) {
        return text.substring(Math.max(0, start - n), start);
    }

    /**
     * Whether the expression's clause speaks of the future: a future cue in the sentence before it
     * (or just after it) and no past-tense verb between that cue and the expression.
     */
    boolean future() {
        int to = Math.min(text.length(), end + 40);
        String right = text.substring(end, to);
        int stop = right.indexOf('.');
        if (stop >= 0) {
            right = right.substring(0, stop);
        }
        if (PAST_AFTER.matcher(right).find()) {
            return false;
        }
        boolean possessive = right.startsWith("'s") || right.startsWith("\u2019s");
        if (!possessive) {
            // "Friday's clashes" names an event by its day; the verbs around it are about something else
            String left = text.substring(sentenceStart(), start);
            Matcher f = FUTURE_CUE.matcher(left);
            int lastFuture = -1;
            while (f.find()) {
                // "had been scheduled to expire Friday": a future that has already passed
                boolean passed = FORMER_FUTURE.matcher(left.substring(0, f.start())).find();
                lastFuture = passed ? -1 : f.end();
            }
            if (lastFuture >= 0) {
                return !PAST_CUE.matcher(left.substring(lastFuture)).find();
            }
        }
        return FUTURE_AFTER.matcher(right).find();
    }

    /** Whether the clause before the expression has a past-tense cue ("was", "said", "-ed" verbs). */
    /** The text from the start of the sentence before the expression's (within 300 characters) up to the expression. */
    String recentSentences() {
        int own = sentenceStart();
        if (own <= 1) {
            return text.substring(own, start);
        }
        Situation previous = new Situation(text, anchor, own - 1, own - 1);
        return text.substring(Math.max(Math.max(0, start - 300), previous.sentenceStart()), start);
    }

    boolean pastClause() {
        String left = text.substring(sentenceStart(), start);
        return PAST_CUE.matcher(left).find();
    }

    private int sentenceStart() {
        int i = start - 1;
        int limit = Math.max(0, start - 200);
        while (i > limit) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && i + 2 < text.length()
                    && Character.isUpperCase(nextNonSpace(i + 1)))) {
                return i + 1;
            }
            i--;
        }
        return limit;
    }

    private char nextNonSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }
}
