package org.sitrep.annotate.entities;

import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.lexicon.CalendarWords;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameHeads;

/**
 * Names known by their head noun: "National Intelligence Service", "Ministry of Defense" (organisations),
 * "Friendship Gate" (a facility), "Durand Line", "Indus River" (locations), where CoreNLP did not tag them or
 * called a facility or feature a LOCATION.
 */
final class HeadedNames extends SentenceRule {

    HeadedNames(SentenceWords sentence) {
        super(sentence);
    }

    void read() {
        int i = 0;
        while (i < words.size()) {
            if (!startsCapitalSequence(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && (capitalWord(j) || connectorInside(j))) {
                j++;
            }
            readSequence(i, j);
            i = j;
        }
    }

    /** The type a head noun gives a name: an organisation's, a facility's or a natural feature's; null for no head. */
    private static String typeOfHead(String word) {
        if (NameHeads.organization(word)) {
            return "ORGANIZATION";
        } else if (NameHeads.facility(word)) {
            return "FACILITY";
        } else if (NameHeads.FEATURES.contains(word)) {
            return "LOCATION";
        }
        return null;
    }

    /** The name the last head noun of the capitalised words [i, j) makes of them, if any. */
    private void readSequence(int i, int j) {
        int from = i;
        if (from < j && DETERMINERS.contains(words.get(from).lower())) {
            from++;
        }
        int headAt = j - 1;
        while (headAt >= from && typeOfHead(words.get(headAt).text()) == null) {
            headAt--;
        }
        if (headAt < from) {
            return;
        }
        String type = typeOfHead(words.get(headAt).text());
        // "Fellow of All Souls College", "Member of the Legislative Assembly": the name is the part with the head
        int segment = headAt;
        while (segment > from && !connector(segment - 1)) {
            segment--;
        }
        if (segment > from && !anyHead(from, segment)) {
            from = segment;
        }
        // "South Korean Defense Ministry": the untagged demonym says whose, and is no part of the name
        String country = null;
        for (int n = 2; n >= 1; n--) {
            if (from + n < j && !words.get(from).tagged()) {
                Optional<Country> c = CountryNames.byDemonym(span(from, from + n));
                if (c.isPresent() && headAt - (from + n) >= 1) {
                    country = c.get().code();
                    from += n;
                    break;
                }
            }
        }
        if (nameOfItsHead(from, j, headAt, type)) {
            add(from, j, type, type.equals("ORGANIZATION") ? country : null, null);
        }
    }

    /**
     * Whether words [from, j) are a name of two words or more that its head at {@code headAt} types: the head ends
     * it or stands before "of", no word of it is claimed, a person's or a date's. CoreNLP knew such a name and its
     * class stands, except that it has no class for facilities and natural features and calls them all LOCATION
     * ("Torkham Gate", "Indus River").
     */
    private boolean nameOfItsHead(int from, int j, int headAt, String type) {
        String knownAs = oneTaggedRun(from, j);
        boolean refines = "LOCATION".equals(knownAs) && !type.equals("ORGANIZATION");
        boolean ok = j - from >= 2 && (headAt == j - 1 || words.get(headAt + 1).lower().equals("of"))
                && (knownAs == null || refines);
        for (int t = from; ok && t < j; t++) {
            if (claimed[t] != null || words.get(t).ner().equals("PERSON") || CalendarWords.isMonthOrWeekday(words.get(t).text())) {
                ok = false;
            }
        }
        return ok;
    }

    private static boolean anyHead(List<Word> words, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = words.get(t).text();
            if (NameHeads.organization(w) || NameHeads.facility(w) || NameHeads.FEATURES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyHead(int from, int to) {
        return anyHead(words, from, to);
    }

    /** CoreNLP's tag when it tagged every capitalised word of [from, to) alike, else null. */
    private String oneTaggedRun(int from, int to) {
        String ner = null;
        for (int t = from; t < to; t++) {
            Word w = words.get(t);
            if (!w.capitalized()) {
                continue;
            }
            if (!w.tagged() || ner != null && !ner.equals(w.ner())) {
                return null;
            }
            ner = w.ner();
        }
        return ner;
    }

    private boolean startsCapitalSequence(int i) {
        return capitalWord(i) && (i == 0 || !capitalWord(i - 1));
    }

}
