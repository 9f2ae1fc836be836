package org.sitrep.annotate.entities;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.entities.Mention.Role;

/** One reader of a sentence's names, over the {@link SentenceWords} all its readers share. */
abstract class SentenceRule {

    static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Lower-case words inside a capitalised name: "Ministry of Defense", "Organization of the Islamic Cooperation". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "al");

    protected final List<Word> words;
    /** What each word has been claimed as: null (free), a mention type, or "TITLE". */
    protected final String[] claimed;
    private final SentenceWords sentence;

    SentenceRule(SentenceWords sentence) {
        this.sentence = sentence;
        this.words = sentence.words;
        this.claimed = sentence.claimed;
    }

    protected void add(int from, int to, String type, String country, Role role) {
        sentence.add(from, to, type, country, role);
    }

    protected String span(int from, int to) {
        return sentence.span(from, to);
    }

    protected List<Mention> mentions() {
        return sentence.mentions;
    }

    protected boolean capitalWord(int i) {
        Word w = words.get(i);
        return w.capitalized() && !w.possessive() && (w.properNoun() || w.pos().equals("JJ") || w.pos().equals("NNS")
                || w.pos().equals("NN") || w.pos().equals("CD") || w.tagged());
    }

    /** "of" in "Ministry of Defense", "of the" in "Organization of the Islamic Cooperation". */
    protected boolean connectorInside(int i) {
        if (i == 0 || i + 1 >= words.size() || !connector(i)) {
            return false;
        }
        boolean before = capitalWord(i - 1) || connector(i - 1) && i > 1 && capitalWord(i - 2);
        int next = i + 1;
        if (connector(next) && next + 1 < words.size()) {
            next++;
        }
        return before && capitalWord(next);
    }

    protected boolean connector(int i) {
        return CONNECTORS.contains(words.get(i).lower()) && !words.get(i).capitalized();
    }
}
