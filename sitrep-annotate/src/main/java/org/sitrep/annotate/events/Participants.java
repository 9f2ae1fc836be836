package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Entity;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;

/**
 * Turns the head of a noun phrase the parse gives as an actor or target into participants: linked to the entity
 * named there, with its country and what kind of party it is. "Afghan and Pakistani forces" is two participants;
 * "four officials in the Taliban government" are the Taliban's officials.
 */
final class Participants {

    private final AnnotationContext context;
    private final ArticleFacts facts;
    private final EventWords words;

    Participants(AnnotationContext context, ArticleFacts facts, EventWords words) {
        this.context = context;
        this.facts = facts;
        this.words = words;
    }

    /** The participants a phrase headed by {@code head} names, conjuncts apart; empty for a pronoun no entity holds. */
    List<Participant> of(Token head, DependencyGraph g) {
        List<Participant> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        head = antecedent(head, g);
        List<Token> heads = new ArrayList<>(List.of(head));
        heads.addAll(g.children(head, "conj"));
        for (Token led : g.children(head, "acl")) {
            // "officials, led by Pak Yong Il": the leader is a party too
            if (Set.of("lead", "head").contains(lemma(led))) {
                for (Token by : g.children(led, "obl")) {
                    if (g.children(by, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("by"))) {
                        heads.add(by);
                    }
                }
            }
        }
        for (Token h : heads) {
            List<Token> adjectives = g.children(h, "amod");
            Token shared = adjectives.stream().filter(a -> !g.children(a, "conj").isEmpty()).findFirst().orElse(null);
            if (shared != null) {
                // "Afghan and Pakistani forces": one party per adjective, each with the shared head
                List<Token> each = new ArrayList<>(List.of(shared));
                each.addAll(g.children(shared, "conj"));
                for (Token a : each) {
                    add(out, one(h, a, g));
                }
            } else {
                add(out, one(h, null, g));
            }
        }
        return out;
    }

    /**
     * What a relative pronoun stands for: "nations which pulled troops out" are the nations, and "Australia was one of
     * several nations which..." makes them Australia.
     */
    private static Token antecedent(Token head, DependencyGraph g) {
        if (!(head.pos().startsWith("W")) || g.head(head) == null || !g.relation(g.head(head)).startsWith("acl")) {
            return head;
        }
        Token noun = g.head(g.head(head));
        for (Token n = noun; n != null; n = g.head(n)) {
            Token subject = g.child(n, "nsubj");
            if (subject != null && subject != head) {
                return subject;
            }
            if (!g.relation(n).startsWith("nmod") && !g.relation(n).startsWith("obl")) {
                break;
            }
        }
        return noun;
    }

    private static void add(List<Participant> out, Participant p) {
        if (p != null && out.stream().noneMatch(q -> q.name().equalsIgnoreCase(p.name()))) {
            out.add(p);
        }
    }

    private Participant one(Token head, Token onlyModifier, DependencyGraph g) {
        String kind = words.kind(lemma(head)).orElse(null);
        Span headSpan = context.tokens().inputSpan(head);
        int start = onlyModifier != null ? context.tokens().inputSpan(onlyModifier).start() : headSpan.start();
        // a modifier the parser hung after its head ("An Iraqi and three women") names the party alone
        Span phrase = onlyModifier == null ? phrase(head, g)
                : start <= headSpan.start() ? new Span(start, headSpan.end()) : context.tokens().inputSpan(onlyModifier);
        ArticleFacts.Mentioned named = onlyModifier != null ? facts.entityAt(context.tokens().inputSpan(onlyModifier))
                : facts.entityAt(phrase);
        if (named == null && kind != null) {
            // "officials in the Taliban government", "forces of the Islamic Emirate": the party they belong to
            for (Token of : g.children(head, "nmod")) {
                // the name nearest the noun it belongs to: "Afghanistan's Taliban government" is the Taliban's
                ArticleFacts.Mentioned inner = g.children(of, "compound").stream()
                        .map(c -> facts.entityAt(context.tokens().inputSpan(c))).filter(java.util.Objects::nonNull)
                        .reduce((a, b) -> b).orElse(null);
                if (inner == null) {
                    inner = facts.entityAt(phrase(of, g));
                }
                if (inner == null) {
                    inner = facts.entityAt(context.tokens().inputSpan(g.subtree(of)));
                }
                if (inner != null) {
                    return participant(inner.entity(), inner.entity().name(), kind);
                }
            }
        }
        if (named == null) {
            if (head.pos().startsWith("PRP") || head.pos().equals("EX") || head.pos().startsWith("W")) {
                return null;
            }
            String text = context.inputText().substring(phrase.start(), phrase.end());
            // a capitalised word NER left untagged opens a headline or a sentence ("New clashes"): no party
            return kind == null && "O".equals(head.ner()) || kind == null && head.ner() == null ? null
                    : new Participant(text, null, null, kind);
        }
        Entity e = named.entity();
        boolean wholeName = named.span().end() >= headSpan.end();
        String name = wholeName ? e.name() : onlyModifier != null && start <= headSpan.start()
                ? context.inputText().substring(start, context.tokens().inputSpan(onlyModifier).end()) + " " + head.text()
                : context.inputText().substring(phrase.start(), phrase.end());
        if (kind == null && wholeName && ("GPE".equals(e.type()))) {
            kind = "government"; // "Pyongyang said", "Australia imposed": a state acting
        }
        return participant(e, name, kind);
    }

    /** The words a head noun names with: it and its modifiers before it ("Afghanistan's Taliban government"). */
    private Span phrase(Token head, DependencyGraph g) {
        Span headSpan = context.tokens().inputSpan(head);
        int start = headSpan.start();
        for (Token m : g.children(head, "compound", "amod", "nmod:poss", "flat", "nummod")) {
            if (m.index() < head.index()) {
                start = Math.min(start, context.tokens().inputSpan(g.subtree(m).get(0)).start());
            }
        }
        return new Span(start, headSpan.end());
    }

    private Participant participant(Entity e, String name, String kind) {
        String country = e.country() != null ? e.country() : e.place() != null ? e.place().country() : null;
        return new Participant(name, e.id(), country, kind);
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
