package org.sitrep.annotate.events;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Token;

/**
 * Whether a happening is told as fact or as something else: alleged ("accused of providing", "reportedly"),
 * denied, planned ("plans to deploy", "will meet"), threatened ("threatened to strike") or hypothetical ("could
 * strike", "if they attack"). Read from the trigger's own modifiers and the two clauses above it.
 */
final class Modality {

    private static final Set<String> ALLEGING = Set.of("accuse", "allege", "suspect", "charge", "claim");
    private static final Set<String> PLANNING = Set.of("plan", "intend", "prepare", "expect", "schedule", "aim", "seek",
            "want", "decide", "agree", "vow", "pledge", "promise", "train", "preparation", "possibility", "option", "readiness");
    private static final Set<String> MAYBE = Set.of("could", "may", "might", "would", "should");

    private Modality() {
    }

    static String of(Token t, DependencyGraph g) {
        for (Token c : g.children(t, "advmod")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("allegedly") || w.equals("reportedly") || w.equals("purportedly")) {
                return "alleged";
            }
        }
        for (Token c : g.children(t, "mark")) {
            if (Set.of("if", "unless", "whether").contains(c.word().toLowerCase(Locale.ROOT))) {
                return "hypothetical";
            }
        }
        for (Token c : g.children(t, "aux")) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("'ll") || w.equals("shall")) {
                return "planned";
            }
            if (MAYBE.contains(w)) {
                return "hypothetical";
            }
        }
        Token n = t;
        for (int depth = 0; depth < 2; depth++) {
            Token up = g.head(n);
            if (up == null || g.relation(n).startsWith("nsubj")) {
                break;
            }
            for (Token aux : g.children(up, "aux")) {
                if (MAYBE.contains(aux.word().toLowerCase(Locale.ROOT))) {
                    return "hypothetical"; // "may have discussed deployments"
                }
            }
            String lemma = Participants.lemma(up);
            if (ALLEGING.contains(lemma)) {
                return "alleged";
            }
            if (lemma.equals("deny")) {
                return "denied";
            }
            if (lemma.equals("threaten")) {
                return "threatened";
            }
            if (PLANNING.contains(lemma)) {
                return "planned";
            }
            n = up;
        }
        return "asserted";
    }
}
