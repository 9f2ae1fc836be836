package org.sitrep.annotate.quotes;

import java.util.List;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;

/**
 * The body's tokens laid out flat, with what quote finding needs to know about each: its sentence,
 * its clause unit (a sentence cut at line breaks, since scraped text often runs paragraphs together),
 * and whether it lies inside a directly quoted passage.
 */
final class TokenView {

    private final String text;
    private final List<Token> tokens;
    private final int[] sentence;
    private final int[] unit;
    private final int[] unitStart;
    private final int[] unitEnd;
    private final boolean[] quoted;

    TokenView(NlpDocument nlp, List<QuoteMarks.Passage> passages) {
        this.text = nlp.text();
        this.tokens = nlp.tokens();
        int n = tokens.size();
        sentence = new int[n];
        unit = new int[n];
        int i = 0;
        int units = -1;
        for (Sentence s : nlp.sentences()) {
            for (int k = 0; k < s.tokens().size(); k++, i++) {
                sentence[i] = s.index();
                boolean lineBreak = i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
                // a sentence that starts in lower case was cut at an abbreviation (Rep. Trey Gowdy (R-S.C.) said)
                boolean cut = k == 0 && i > 0 && Character.isLowerCase(tokens.get(i).text().charAt(0));
                boolean newUnit = i == 0 || lineBreak || (k == 0 && !cut);
                if (newUnit) {
                    units++;
                }
                unit[i] = units;
            }
        }
        unitStart = new int[units + 1];
        unitEnd = new int[units + 1];
        for (int k = n - 1; k >= 0; k--) {
            unitStart[unit[k]] = k;
        }
        for (int k = 0; k < n; k++) {
            unitEnd[unit[k]] = k + 1;
        }
        quoted = new boolean[n];
        for (QuoteMarks.Passage p : passages) {
            for (int k = tokenAtOrAfter(p.open()); k < n && tokens.get(k).start() < p.outerEnd(); k++) {
                quoted[k] = true;
            }
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    int sentenceOf(int i) {
        return sentence[i];
    }

    /** First token of the clause unit holding token {@code i}. */
    int unitStart(int i) {
        return unitStart[unit[i]];
    }

    /** One past the last token of the clause unit holding token {@code i}. */
    int unitEnd(int i) {
        return unitEnd[unit[i]];
    }

    /** Index of the first token that starts at or after body offset {@code offset} (size() when none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the token that covers body offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        int k = tokenAtOrAfter(offset);
        if (k < tokens.size() && tokens.get(k).start() == offset) {
            return k;
        }
        if (k > 0 && tokens.get(k - 1).end() > offset) {
            return k - 1;
        }
        return -1;
    }

    int startOf(int from) {
        return tokens.get(from).start();
    }

    int endOf(int toExclusive) {
        return tokens.get(toExclusive - 1).end();
    }

    /** The body text of tokens [from, to). */
    String textOf(int from, int to) {
        return text.substring(startOf(from), endOf(to));
    }
}
