package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hyphenated organisation names that CoreNLP leaves untagged but that contain the name of an
 * organisation the article names elsewhere ("Tehreek-e-Taliban Pakistan" beside "Taliban"),
 * with the country that names their branch when it follows directly.
 */
final class OrganizationParts {

    private OrganizationParts() {
    }

    static List<Mention> find(List<List<Word>> sentences, List<Mention> mentions, String body) {
        Set<String> organizations = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type().equals("ORGANIZATION")) {
                organizations.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        if (organizations.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int s = 0; s < sentences.size(); s++) {
            List<Word> words = sentences.get(s);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.text().contains("-") || !w.capitalized() || covered(out, s, i) || !containsOrganization(w.text(), organizations)) {
                    continue;
                }
                int to = i + 1;
                Mention country = null;
                if (to < words.size()) {
                    for (Mention m : out) {
                        if (m.sentence() == s && m.from() == to && m.to() == to + 1 && m.type().equals("GPE") && m.country() != null) {
                            country = m;
                        }
                    }
                }
                if (country != null) {
                    out.remove(country);
                    to++;
                }
                Word last = words.get(to - 1);
                out.add(new Mention(s, i, to, w.start(), last.end(), body.substring(w.start(), last.end()),
                        "ORGANIZATION", country == null ? null : country.country(), null, false));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean covered(List<Mention> mentions, int sentence, int word) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.from() <= word && word < m.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsOrganization(String word, Set<String> organizations) {
        for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
            if (organizations.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
