package org.sitrep.annotate.entities;

import org.sitrep.annotate.lexicon.Blocs;
import org.sitrep.annotate.lexicon.CalendarWords;

/**
 * Associations of states named "[Head] of [...] States/Nations": "Alliance of Sahel States", "Economic Community of
 * West African States", "Association of Southeast Asian Nations". One organisation, whole, whatever pieces CoreNLP
 * cut out of it (a place "Sahel States", an organisation "Economic Community of West").
 */
final class BlocNames extends SentenceRule {

    /** The most capitalised words between "of" and the plural that ends the name. */
    private static final int WIDEST = 5;

    BlocNames(SentenceWords sentence) {
        super(sentence);
    }

    void read() {
        for (int k = 0; k + 2 < words.size(); k++) {
            Word head = words.get(k);
            if (!head.capitalized() || !Blocs.HEADS.contains(head.text()) || !words.get(k + 1).lower().equals("of")) {
                continue;
            }
            int m = k + 2;
            if (words.get(m).lower().equals("the")) {
                m++;
            }
            int end = -1;
            for (int t = m; t < Math.min(words.size(), m + WIDEST + 1) && capitalWord(t); t++) {
                if (Blocs.MEMBERS.contains(words.get(t).text())) {
                    end = t + 1;
                }
            }
            int from = k;
            while (from > 0 && capitalWord(from - 1) && !DETERMINERS.contains(words.get(from - 1).lower())
                    && !words.get(from - 1).ner().equals("PERSON") && !CalendarWords.isMonthOrWeekday(words.get(from - 1).text())) {
                from--;
            }
            if (end > 0 && free(from, end)) {
                add(from, end, "ORGANIZATION", null, null);
                k = end - 1;
            }
        }
    }

    private boolean free(int from, int to) {
        for (int t = from; t < to; t++) {
            if (claimed[t] != null) {
                return false;
            }
        }
        return true;
    }
}
