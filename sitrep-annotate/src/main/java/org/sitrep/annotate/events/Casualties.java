package org.sitrep.annotate.events;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.annotate.time.Quantities;

/**
 * How many a sentence says were killed and injured: "five people were killed, while five others were injured",
 * "killing at least 12", "3 dead". Vague counts ("dozens") are no figure.
 */
final class Casualties {

    /** Figures a sentence gives; null where it gives none. */
    record Counts(Integer killed, Integer injured) {
        boolean any() {
            return killed != null || injured != null;
        }
    }

    private static final Set<String> KILLED = Set.of("kill", "die", "dead", "killed", "slay", "behead", "execute", "massacre");
    private static final Set<String> INJURED = Set.of("injure", "wound", "hurt", "injured", "wounded");

    private Casualties() {
    }

    static Counts of(DependencyGraph g) {
        Integer killed = null;
        Integer injured = null;
        for (Token t : g.sentence().tokens()) {
            String lemma = Participants.lemma(t);
            boolean k = KILLED.contains(lemma);
            boolean i = INJURED.contains(lemma);
            if (!k && !i) {
                continue;
            }
            Integer n = victims(t, g);
            if (n != null) {
                if (k) {
                    killed = killed == null ? n : Math.max(killed, n);
                } else {
                    injured = injured == null ? n : Math.max(injured, n);
                }
            }
        }
        return new Counts(killed, injured);
    }

    /** The count of those the predicate befell: its passive subject, object, or the noun it describes ("3 dead"). */
    private static Integer victims(Token predicate, DependencyGraph g) {
        Token who = g.isPassive(predicate) ? g.passiveSubject(predicate) : null;
        if (who == null && !g.objects(predicate).isEmpty()) {
            who = g.objects(predicate).get(0);
        }
        if (who == null && ("die".equals(Participants.lemma(predicate)))) {
            who = g.subject(predicate);
        }
        if (who == null) {
            String rel = g.relation(predicate);
            if (rel.startsWith("amod") || rel.startsWith("acl")) {
                who = g.head(predicate); // "12 people killed", "the injured 5"
            }
        }
        if (who == null) {
            Token number = g.child(predicate, "nummod", "nsubj");
            return number != null && number.pos().equals("CD") ? count(number) : null;
        }
        if (who.pos().equals("CD")) {
            return count(who);
        }
        Token number = g.child(who, "nummod");
        return number == null ? null : count(number);
    }

    /** The value of a number token ("5", "1,200", "five"), or null when vague or not a number. */
    static Integer count(Token number) {
        String w = number.word().replace(",", "").toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,9}")) {
            return Integer.parseInt(w);
        }
        return Quantities.count(w);
    }
}
