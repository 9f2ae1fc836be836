package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.PlaceNames;

/**
 * Within-article coreference of names: groups mentions that name the same thing. A person's
 * short name joins the full name it starts or ends ("Choe" -> Choe Son Hui, "Waheedi" -> Asad
 * Waheedi), the nearest one when several fit; an acronym joins the organisation whose initials
 * it spells ("KCNA"); countries join by code ("US", "United States"); anything else by its name.
 */
final class MentionClusters {

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "de", "al", "'s", "’s");

    /** The mentions of one entity, in text order. */
    static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        final String key;

        Cluster(String key, Mention first) {
            this.key = key;
            mentions.add(first);
        }

        /**
         * The longest written name: the canonical one. Of names as long, one in running text beats one in capitals
         * ("Sydney" in the body, not the dateline's "SYDNEY").
         */
        Mention canonical() {
            Mention best = null;
            for (Mention m : mentions) {
                if (!m.nominal() && (best == null || m.text().length() > best.text().length()
                        || m.text().length() == best.text().length() && !shouted(m.text()) && shouted(best.text()))) {
                    best = m;
                }
            }
            return best == null ? mentions.get(0) : best;
        }

        /** The type most of its mentions carry (CoreNLP may call one name ORGANIZATION once and LOCATION once). */
        String type() {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : mentions) {
                if (!m.nominal()) {
                    counts.merge(m.type(), 1, Integer::sum);
                }
            }
            String best = canonical().type();
            for (var e : counts.entrySet()) {
                if (e.getValue() > counts.getOrDefault(best, 0)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        private static boolean shouted(String name) {
            return name.chars().noneMatch(Character::isLowerCase);
        }

        int first() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(0);
        }
    }

    private MentionClusters() {
    }

    static List<Cluster> of(List<Mention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        // full names first, so that short names find them wherever they stand
        for (Mention m : mentions) {
            if (m.type().equals("PERSON") && words(m.text()).size() >= 2) {
                Cluster c = fullNameCluster(clusters, m);
                if (c == null) {
                    clusters.add(new Cluster("PERSON:" + key(m.text()), m));
                } else {
                    c.mentions.add(m);
                }
            }
        }
        for (Mention m : mentions) {
            if (m.type().equals("PERSON") && words(m.text()).size() >= 2) {
                continue;
            }
            Cluster c = m.type().equals("PERSON") ? shortNameCluster(clusters, m) : null;
            if (c == null && m.type().equals("ORGANIZATION") && isAcronym(m.text())) {
                c = expansionOf(clusters, m.text());
            }
            if (c == null) {
                String k = clusterKey(m);
                c = clusters.stream().filter(x -> x.key.equals(k)).findFirst().orElse(null);
                if (c == null && m.type().equals("ORGANIZATION")) {
                    c = longerOrganization(clusters, m);
                }
                if (c == null) {
                    clusters.add(new Cluster(k, m));
                    continue;
                }
            }
            c.mentions.add(m);
        }
        // an organisation written out after its acronym ("KCNA ... Korean Central News Agency")
        for (Cluster c : new ArrayList<>(clusters)) {
            Mention canon = c.canonical();
            if (c.type().equals("ORGANIZATION") && isAcronym(canon.text()) && c.mentions.stream().allMatch(x -> isAcronym(x.text()))) {
                Cluster full = expansionOf(clusters, canon.text());
                if (full != null && full != c) {
                    full.mentions.addAll(c.mentions);
                    clusters.remove(c);
                }
            }
        }
        for (Cluster c : clusters) {
            c.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        clusters.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return clusters;
    }

    private static Cluster fullNameCluster(List<Cluster> clusters, Mention m) {
        List<String> w = words(m.text());
        for (Cluster c : clusters) {
            if (!c.type().equals("PERSON")) {
                continue;
            }
            for (Mention other : c.mentions) {
                List<String> o = words(other.text());
                if (o.equals(w) || startsOrEnds(o, w) || startsOrEnds(w, o)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The person cluster whose full name starts or ends with this short name, nearest first. */
    private static Cluster shortNameCluster(List<Cluster> clusters, Mention m) {
        List<String> w = words(m.text());
        Cluster before = null;
        int beforeAt = Integer.MIN_VALUE;
        Cluster after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (!c.type().equals("PERSON")) {
                continue;
            }
            boolean fits = c.mentions.stream().anyMatch(x -> words(x.text()).size() > w.size() && startsOrEnds(words(x.text()), w));
            if (!fits) {
                continue;
            }
            for (Mention x : c.mentions) {
                if (x.start() < m.start() && x.start() > beforeAt) {
                    before = c;
                    beforeAt = x.start();
                } else if (x.start() > m.start() && x.start() < afterAt) {
                    after = c;
                    afterAt = x.start();
                }
            }
        }
        return before != null ? before : after;
    }

    /**
     * "Security Council" after "UN Security Council", "Wal-Mart" beside "Wal-Mart Stores Inc.": a shorter
     * name of two or more words that ends a longer organisation's name, or a name that the longer one
     * only adds a company suffix to. The nearest such organisation before it, else after it.
     */
    private static Cluster longerOrganization(List<Cluster> clusters, Mention m) {
        List<String> w = words(m.text());
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (!c.type().equals("ORGANIZATION")) {
                continue;
            }
            for (Mention x : c.mentions) {
                List<String> o = words(x.text());
                if (o.size() <= w.size()) {
                    continue;
                }
                boolean ends = w.size() >= 2 && o.subList(o.size() - w.size(), o.size()).equals(w);
                boolean suffixed = o.subList(0, w.size()).equals(w)
                        && o.subList(w.size(), o.size()).stream().allMatch(NameHeads.COMPANY_SUFFIXES::contains);
                if (ends || suffixed) {
                    int distance = x.start() < m.start() ? m.start() - x.start() : Integer.MAX_VALUE / 2 + x.start() - m.start();
                    if (distance < bestDistance) {
                        best = c;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    private static boolean startsOrEnds(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() >= whole.size()) {
            return false;
        }
        return whole.subList(0, part.size()).equals(part) || whole.subList(whole.size() - part.size(), whole.size()).equals(part);
    }

    private static Cluster expansionOf(List<Cluster> clusters, String acronym) {
        String letters = acronym.replace(".", "");
        for (Cluster c : clusters) {
            if (!c.type().equals("ORGANIZATION")) {
                continue;
            }
            for (Mention m : c.mentions) {
                if (initials(m.text()).equals(letters) || Initials.spell(letters, m.text())) {
                    return c;
                }
            }
        }
        return null;
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : "";
    }

    static boolean isAcronym(String text) {
        String letters = text.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }

    private static String clusterKey(Mention m) {
        if ((m.type().equals("GPE") || m.type().equals("NORP")) && m.country() != null) {
            return m.type() + ":" + m.country();
        }
        // one string names one thing in an article, whatever class CoreNLP gave each occurrence
        if (m.type().equals("PERSON") || m.type().equals("NORP")) {
            return m.type() + ":" + key(m.text());
        }
        return "NAME:" + key(m.text());
    }

    private static String key(String text) {
        String k = PlaceNames.key(text);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : PlaceNames.key(name).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
