package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An organisation's long name that CoreNLP cut before a small word ("United Nations Interim Force" of "United Nations
 * Interim Force in Lebanon"), made whole where the article also writes the acronym the whole name spells ("UNIFIL").
 * The pieces read inside it (the place "Lebanon") go, so the name is one mention that its acronym joins.
 */
final class LongForms {

    /** The small words that continue an organisation's name before a capitalised word: "in", "for", "on". */
    private static final Set<String> LINKS = Set.of("in", "for", "on", "of", "and", "to");
    /** The most phrases a name is continued by: "for the Referendum in Western Sahara" is two. */
    private static final int PHRASES = 3;

    private LongForms() {
    }

    static List<Mention> extend(List<List<Word>> sentences, List<Mention> mentions, String body) {
        Set<String> acronyms = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type().equals("ORGANIZATION") && !m.text().contains(" ") && MentionClusters.isAcronym(m.text())
                    && m.text().replace(".", "").length() >= 3) {
                acronyms.add(m.text().replace(".", ""));
            }
        }
        if (acronyms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (!m.type().equals("ORGANIZATION") || MentionClusters.isAcronym(m.text()) || !out.contains(m)) {
                continue;
            }
            List<Word> words = sentences.get(m.sentence());
            int end = wholeEnd(words, m, body, acronyms);
            if (end > m.to()) {
                out.removeIf(x -> x.sentence() == m.sentence() && x.from() >= m.from() && x.to() <= end);
                Word last = words.get(end - 1);
                out.add(new Mention(m.sentence(), m.from(), end, m.start(), last.end(), body.substring(m.start(), last.end()),
                        "ORGANIZATION", m.country(), m.role(), false));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Where the name continued by up to {@link #PHRASES} small-word phrases ends when an acronym spells it; else its own end. */
    private static int wholeEnd(List<Word> words, Mention m, String body, Set<String> acronyms) {
        if (acronyms.stream().anyMatch(a -> Initials.spell(a, m.text()))) {
            return m.to();
        }
        int to = m.to();
        int best = m.to();
        for (int step = 0; step < PHRASES; step++) {
            if (to >= words.size() || !LINKS.contains(words.get(to).text())) {
                break;
            }
            int k = to + 1;
            if (k < words.size() && words.get(k).text().equals("the")) {
                k++;
            }
            int e = k;
            while (e < words.size() && words.get(e).capitalized() && !words.get(e).possessive()) {
                e++;
            }
            if (e == k) {
                break;
            }
            to = e;
            String text = body.substring(m.start(), words.get(to - 1).end());
            if (acronyms.stream().anyMatch(a -> Initials.spell(a, text))) {
                best = to;
            }
        }
        return best;
    }
}
