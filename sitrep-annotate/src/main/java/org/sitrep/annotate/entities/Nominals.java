package org.sitrep.annotate.entities;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.lexicon.Titles;

/**
 * "The minister", "the president": a definite title standing for a person named earlier, linked
 * only where exactly one person mentioned before it holds a title with that head.
 */
final class Nominals {

    private Nominals() {
    }

    static void link(List<List<Word>> sentences, List<MentionClusters.Cluster> clusters, String body) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Word> words = sentences.get(s);
            for (int i = 0; i + 1 < words.size(); i++) {
                Word the = words.get(i);
                Word head = words.get(i + 1);
                if (!the.lower().equals("the") || head.capitalized() || !Titles.HEADS.contains(head.text())) {
                    continue;
                }
                // "the minister Choe" is a title before a name, read elsewhere; "the minister's" still refers
                if (i + 2 < words.size() && words.get(i + 2).capitalized()) {
                    continue;
                }
                MentionClusters.Cluster only = null;
                int count = 0;
                for (MentionClusters.Cluster c : clusters) {
                    if (c.type().equals("PERSON") && holds(c, head.lower()) && c.first() < the.start()) {
                        only = c;
                        count++;
                    }
                }
                if (count == 1) {
                    only.mentions.add(new Mention(s, i, i + 2, the.start(), head.end(), body.substring(the.start(), head.end()),
                            "PERSON", null, null, true));
                    only.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
                }
            }
        }
    }

    private static boolean holds(MentionClusters.Cluster c, String head) {
        for (Mention m : c.mentions) {
            if (m.role() != null && m.role().title() != null) {
                String[] words = m.role().title().toLowerCase(Locale.ROOT).split("\\s+");
                if (words[words.length - 1].equals(head)) {
                    return true;
                }
            }
        }
        return false;
    }
}
