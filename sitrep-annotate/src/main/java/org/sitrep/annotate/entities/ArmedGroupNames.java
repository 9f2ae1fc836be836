package org.sitrep.annotate.entities;

import org.sitrep.annotate.lexicon.ArmedGroups;

/**
 * The names of armed groups on public designation lists ("Al-Shabaab", "al-Shabaab", "Boko Haram", "Jama'at Nusrat
 * al-Islam wal-Muslimin"), which CoreNLP reads as people or misses: organisations, read before its person runs are.
 * A name CoreNLP tagged as an organisation throughout is left to its run, which may be longer.
 */
final class ArmedGroupNames extends SentenceRule {

    ArmedGroupNames(SentenceWords sentence) {
        super(sentence);
    }

    void read() {
        ArmedGroups groups = ArmedGroups.instance();
        // a name's words may be split at each hyphen ("al", "-", "Shabaab"): twice its words and one more at most
        int widest = groups.longestName() * 2 + 1;
        int i = 0;
        while (i < words.size()) {
            int found = 0;
            for (int n = Math.min(widest, words.size() - i); n >= 1 && found == 0; n--) {
                if (groups.isName(span(i, i + n)) && readable(i, i + n)) {
                    found = n;
                }
            }
            if (found > 0) {
                add(i, i + found, "ORGANIZATION", null, null);
                i += found;
            } else {
                i++;
            }
        }
    }

    /** Whether words [from, to) are free, written with a capital somewhere, and not all tagged as an organisation. */
    private boolean readable(int from, int to) {
        boolean capital = false;
        boolean allOrganization = true;
        for (int t = from; t < to; t++) {
            Word w = words.get(t);
            if (claimed[t] != null) {
                return false;
            }
            capital |= w.text().chars().anyMatch(Character::isUpperCase);
            allOrganization &= w.ner().equals("ORGANIZATION") || !Character.isLetterOrDigit(w.text().charAt(0));
        }
        return capital && !allOrganization;
    }
}
