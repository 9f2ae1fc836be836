package org.sitrep.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.EventWords;
import org.sitrep.annotate.nlp.DependencyGraph;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.DateValue;
import org.sitrep.model.Entity;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Reads who did what to whom around one trigger of a parsed sentence: actors and targets from the parse, the place
 * and date the clause ties to it, figures, whether it is asserted, alleged, planned or negated, and who says so.
 */
final class ClauseReader {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> TARGET_CASES = Set.of("on", "against", "with", "to", "into", "upon", "at");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "on", "into", "across", "along", "around",
            "outside", "out", "from", "inside", "through", "between");

    private final AnnotationContext context;
    private final ArticleFacts facts;
    private final Participants participants;

    ClauseReader(AnnotationContext context, ArticleFacts facts, EventWords words) {
        this.context = context;
        this.facts = facts;
        this.participants = new Participants(context, facts, words);
    }

    /** The mention the trigger makes, or null when the sentence negates it ("didn't mention any agreements"). */
    EventMention read(TriggerFinder.Found found, DependencyGraph g) {
        Token t = found.token();
        if (negated(t, g)) {
            return null;
        }
        if (t.pos().equals("VBN") && g.relation(t).equals("amod")) {
            return null; // "the banned Tehreek-e-Taliban Pakistan": a participle describing a noun tells a state
        }
        List<Participant> actors = new ArrayList<>();
        List<Participant> targets = new ArrayList<>();
        roles(found, g, actors, targets);
        Span sentence = context.tokens().inputSpan(g.sentence());
        Span evidence = new Span(sentence.start(), sentence.end(), context.inputText().substring(sentence.start(), sentence.end()));
        Casualties.Counts counts = Casualties.of(g);
        List<Quantity> quantities = new ArrayList<>();
        if (counts.killed() != null) {
            quantities.add(new Quantity(counts.killed(), "people", "killed"));
        }
        if (counts.injured() != null) {
            quantities.add(new Quantity(counts.injured(), "people", "injured"));
        }
        figures(t, g, quantities);
        Place place = null;
        Integer precision = null;
        ArticleFacts.Mentioned where = place(t, g, sentence);
        if (where != null) {
            Place p = where.entity().place();
            // the article's spelling ("Spin Boldak"), the gazetteer's identity and point
            place = new Place(p.geonameid(), where.entity().name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(),
                    p.confidence());
            precision = precision(place);
        }
        DateValue date = date(t, g, sentence);
        if (date == null && spansYears(t, g)) {
            return null; // background told over years ("fought the Taliban for two decades") is no happening to count
        }
        String modality = Modality.of(t, g);
        double confidence = found.trigger().reliability() * (actors.isEmpty() && targets.isEmpty() ? 0.8 : 1.0)
                * ("asserted".equals(modality) ? 1.0 : 0.9);
        return new EventMention(found.trigger(), g.sentence().index(), evidence, actors, targets, place, precision,
                date, quantities, counts.killed(), counts.injured(), modality, accordingTo(t, g),
                confidence);
    }

    private static boolean negated(Token t, DependencyGraph g) {
        for (Token c : g.children(t, "advmod", "det", "neg")) {
            if (negation(c)) {
                return true;
            }
        }
        // "didn't mention any agreements": the verb whose object the trigger is, negated
        Token head = g.head(t);
        if (head != null && g.relation(t).startsWith("obj")) {
            for (Token c : g.children(head, "advmod", "neg")) {
                if (negation(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "not", "never", "no", "n't" (also typeset "n’t"). */
    /** Whether a verb is one of saying: a happening told in its complement is told by its subject. */
    static boolean telling(Token verb) {
        return EventWords.instance().tellingVerb(Participants.lemma(verb));
    }

    private static boolean negation(Token t) {
        return NEGATIONS.contains(t.word().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** Who does what a clause under a passive verb tells: "North Korea has been accused of providing": North Korea. */
    private static Token controller(Token t, DependencyGraph g) {
        Token up = g.head(t);
        if (up != null && (g.relation(t).startsWith("advcl") || g.relation(t).startsWith("xcomp")) && g.isPassive(up)) {
            return g.passiveSubject(up);
        }
        return null;
    }

    private void roles(TriggerFinder.Found found, DependencyGraph g, List<Participant> actors, List<Participant> targets) {
        Token t = found.token();
        if (t.pos().equals("VBG") && g.relation(t).equals("amod") && g.head(t) != null) {
            // a gerund the parser hung on its object as an adjective ("accused of providing millions of shells to
            // Russia"): its noun is what it moves, the noun's "to" phrase the recipient, the clause above the doer
            Token object = g.head(t);
            targets.addAll(participants.of(marked(object, g, Set.of("to", "into")), g));
            Token clause = g.head(object);
            if (clause != null && clause.pos().startsWith("VB")) {
                actors.addAll(participants.of(g.isPassive(clause) ? g.passiveSubject(clause) : g.subject(clause), g));
            }
            return;
        }
        if (t.pos().startsWith("VB")) {
            if (g.isPassive(t)) {
                actors.addAll(participants.of(g.agent(t), g));
                targets.addAll(participants.of(g.passiveSubject(t), g));
            } else {
                List<Token> objects = new ArrayList<>(g.objects(t));
                Token subject = g.subject(t);
                Token relative = relativeObject(t, g, subject, objects);
                if (relative != null) {
                    // "nations which pulled troops out": a relative pronoun the parser took for a second object
                    // is the subject of its clause
                    objects.remove(relative);
                    subject = relative;
                }
                actors.addAll(participants.of(subject, g));
                if (actors.isEmpty()) {
                    actors.addAll(participants.of(reducedRelativeSubject(t, g, subject), g));
                }
                boolean transfer = Set.of("MOBILIZE", "AID").contains(found.trigger().type());
                // what is sent or given is no target: the recipient is ("sent 10,000 troops to Russia")
                targets.addAll(participants.of(objects.isEmpty() || transfer ? marked(t, g, TARGET_CASES) : objects.get(0), g));
            }
            if (actors.isEmpty()) {
                actors.addAll(participants.of(controller(t, g), g));
            }
            if (targets.isEmpty()) {
                targets.addAll(participants.of(marked(t, g, Set.of("to", "into", "with", "in")), g));
            }
            return;
        }
        Token verb = g.head(t);
        boolean argument = verb != null && verb.pos().startsWith("VB")
                && (g.relation(t).startsWith("nsubj") || g.relation(t).startsWith("obj") || g.relation(t).startsWith("obl"));
        Token between = marked(t, g, Set.of("between", "among"));
        if (between == null && argument && g.relation(t).startsWith("nsubj")) {
            between = marked(verb, g, Set.of("between", "among")); // "clashes broke out between A and B"
        }
        if (between != null) {
            List<Participant> sides = participants.of(between, g);
            if (!sides.isEmpty()) {
                actors.add(sides.get(0));
                targets.addAll(sides.subList(1, sides.size()));
            }
            return;
        }
        Token owner = g.child(t, "nmod:poss");
        if (owner == null) {
            owner = g.children(t, "amod", "compound").stream().filter(m -> m.index() < t.index() && m.ner() != null
                    && !m.ner().equals("O")).findFirst().orElse(null);
        }
        if (owner == null) {
            owner = marked(t, g, Set.of("by", "from"));
        }
        actors.addAll(participants.of(owner, g));
        targets.addAll(participants.of(marked(t, g, TARGET_CASES), g));
        if (actors.isEmpty() && verb != null && g.relation(t).startsWith("nmod") && verb.pos().startsWith("NNP")) {
            actors.addAll(participants.of(verb, g)); // "Yoon, in telephone calls with X,": the name the calls hang on
        }
        if (actors.isEmpty() && argument && !g.relation(t).startsWith("nsubj")) {
            // "imposed sanctions on four officials", "held talks with": the noun's verb carries the parties
            actors.addAll(participants.of(g.subject(verb), g));
            if (targets.isEmpty()) {
                targets.addAll(participants.of(marked(verb, g, TARGET_CASES), g));
            }
        }
    }

    /**
     * A relative pronoun hung on a subjectless relative clause as its object ("nations which pulled troops out",
     * parsed with two objects): it stands for the clause's subject. Null when the clause has a subject or the
     * pronoun is its only object.
     */
    private static Token relativeObject(Token verb, DependencyGraph g, Token subject, List<Token> objects) {
        if (subject != null || !g.relation(verb).startsWith("acl") || objects.size() < 2) {
            return null;
        }
        return objects.stream().filter(o -> o.pos().startsWith("W") && o.index() < verb.index()).findFirst().orElse(null);
    }

    /**
     * The subject of a relative clause without its pronoun ("a charge Afghanistan denies"), which the parser reads
     * as the clause's subject noun ("charge") with the name hung on it: the name just before the verb, when the
     * subject the parse gives names no party.
     */
    private static Token reducedRelativeSubject(Token verb, DependencyGraph g, Token subject) {
        if (subject == null || subject.index() >= verb.index()) {
            return null;
        }
        for (Token d : g.children(subject, "dep", "compound", "appos")) {
            boolean named = d.ner() != null && !"O".equals(d.ner());
            if (named && d.index() > subject.index() && d.index() == verb.index() - 1) {
                return d;
            }
        }
        return null;
    }

    /** The nominal attached to {@code t} by a preposition among {@code cases} ("clashes with X": X), or null. */
    private static Token marked(Token t, DependencyGraph g, Set<String> cases) {
        for (Token n : g.children(t, "obl", "nmod")) {
            for (Token c : g.children(n, "case")) {
                if (cases.contains(c.word().toLowerCase(Locale.ROOT))) {
                    return n;
                }
            }
        }
        return null;
    }

    /** Figures of what the event moves or targets: "sent about 10,000 troops", "sanctions on four officials". */
    private static void figures(Token t, DependencyGraph g, List<Quantity> out) {
        List<Token> nouns = new ArrayList<>(g.objects(t));
        nouns.addAll(g.children(t, "obl", "nmod"));
        Token head = g.head(t);
        // "around 5,000 troops have been moving to Russia [for deployment]": the figure of the movers, whose verb
        // is the trigger or carries the trigger noun
        Token predicate = t.pos().startsWith("VB") ? t
                : head != null && head.pos().startsWith("VB") && (g.relation(t).startsWith("obj")
                || g.relation(t).startsWith("obl")) ? head : null;
        if (predicate != null) {
            Token subject = g.isPassive(predicate) ? g.passiveSubject(predicate) : g.subject(predicate);
            if (subject != null) {
                nouns.add(subject);
            }
        }
        if (head != null && g.relation(t).startsWith("obj")) {
            nouns.addAll(g.children(head, "obl"));
        }
        for (Token n : nouns) {
            Token number = g.child(n, "nummod");
            Integer value = number == null ? null : Casualties.count(number);
            if (value != null && out.stream().noneMatch(q -> q.value() == value)) {
                out.add(new Quantity(value, n.word().toLowerCase(Locale.ROOT), null));
            }
        }
    }

    /**
     * The place the sentence ties to the trigger: one in the trigger's own phrase or its verb's clause, or one a
     * place preposition marks; of those, one in the trigger's phrase, then the most specific. A place
     * acting as a subject ("Pyongyang has sent") is a party, not where this happened.
     */
    private ArticleFacts.Mentioned place(Token t, DependencyGraph g, Span sentence) {
        Span clause = context.tokens().inputSpan(g.subtree(t));
        Token verb = g.head(t);
        Span verbClause = verb != null && !t.pos().startsWith("VB") && !telling(verb)
                ? context.tokens().inputSpan(g.subtree(verb)) : clause;
        ArticleFacts.Mentioned best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ArticleFacts.Mentioned m : facts.entitiesIn(sentence)) {
            Place p = m.entity().place();
            if (p == null || !Set.of("GPE", "LOCATION", "FACILITY").contains(m.entity().type())) {
                continue;
            }
            Token at = context.tokens().tokenAtInput(m.span().end() - 1);
            String rel = at == null ? "" : g.relation(at);
            if (at == null || rel.startsWith("nsubj") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) {
                continue; // a party ("Pyongyang has sent") or a name used of another noun ("Pakistan authorities")
            }
            boolean marked = PLACE_CASES.contains(caseOf(at, g));
            boolean own = clause.contains(m.span());
            if (!own && !verbClause.contains(m.span()) && !marked) {
                continue;
            }
            // outside the trigger's phrase only as a last resort; within it, a town beats a region named beside it
            int rank = (own ? 0 : 40) + precision(p) * 5 + (marked ? 0 : 3);
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    private static String caseOf(Token t, DependencyGraph g) {
        Token n = t;
        for (int i = 0; i < 3 && n != null; i++) {
            for (Token c : g.children(n, "case")) {
                return c.word().toLowerCase(Locale.ROOT);
            }
            n = g.head(n);
        }
        return "";
    }

    /** ACLED's geo precision: 1 a town or a site, 2 a region, 3 a country. */
    static int precision(Place p) {
        return switch (p.kind() == null ? "" : p.kind()) {
            case "city", "feature" -> 1;
            case "region" -> 2;
            default -> 3;
        };
    }

    /** The date the clause gives the happening: a time in its own phrase first, never the time of a verb of saying. */
    private DateValue date(Token t, DependencyGraph g, Span sentence) {
        Span clause = context.tokens().inputSpan(g.subtree(t));
        Token verb = g.head(t);
        Span verbClause = verb != null && !t.pos().startsWith("VB") && !telling(verb)
                ? context.tokens().inputSpan(g.subtree(verb)) : clause;
        TimeExpression best = null;
        for (TimeExpression x : facts.timesIn(sentence)) {
            if (!("DATE".equals(x.type()) || "TIME".equals(x.type())) || x.value() == null || !x.value().matches("[0-9X]{4}.*")) {
                continue;
            }
            Token at = context.tokens().tokenAtInput(x.start());
            boolean own = clause.contains(x.span());
            boolean spoken = at != null && saidAt(at, g);
            // a time outside the trigger's clause dates something else ("a ceasefire in place since October")
            if (own || !spoken && best == null && verbClause.contains(x.span()) && at != null && g.head(at) == verb) {
                best = x;
                if (own) {
                    break;
                }
            }
        }
        return best == null ? null : dateValue(best.value());
    }

    /** Whether the trigger's clause spans years: a duration of years or decades ("for two decades", "for years"). */
    private boolean spansYears(Token t, DependencyGraph g) {
        Span clause = context.tokens().inputSpan(g.subtree(t));
        return facts.timesIn(clause).stream().anyMatch(x -> "DURATION".equals(x.type()) && x.value() != null
                && x.value().matches("P[0-9X.]+[YDE]|P[0-9X.]+CE?|PXY"));
    }

    static DateValue dateValue(String v) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return new DateValue(v.substring(0, 10), "day");
        }
        if (v.matches("\\d{4}-W\\d{2}")) {
            return new DateValue(v, "week");
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return new DateValue(v, "month");
        }
        if (v.matches("\\d{4}")) {
            return new DateValue(v, "year");
        }
        return new DateValue(v, "unknown-anchor");
    }

    /** Whether a token hangs from a verb of saying by a time or manner relation ("said on Saturday"). */
    private static boolean saidAt(Token at, DependencyGraph g) {
        Token n = g.head(at);
        for (int i = 0; i < 2 && n != null; i++) {
            if (telling(n)) {
                return true;
            }
            n = g.head(n);
        }
        return false;
    }

    /** Who the article says told it: the speaker of the quote it stands in, or the subject of the verb of saying above it. */
    Ref accordingTo(Token t, DependencyGraph g) {
        Quote quote = facts.quoteAt(context.tokens().inputSpan(t).start());
        if (quote != null && quote.speaker() != null) {
            return quote.speaker();
        }
        Token according = marked(t, g, Set.of("according"));
        if (according != null) {
            return ref(according, g);
        }
        for (Token n = t, up = g.head(t); up != null; n = up, up = g.head(up)) {
            if (telling(up) && !g.relation(n).startsWith("nsubj")) {
                return ref(g.subject(up), g);
            }
            for (Token said : g.children(up == null ? n : up, "parataxis")) {
                if (telling(said)) {
                    return ref(g.subject(said), g);
                }
            }
        }
        for (Token said : g.children(t, "parataxis")) {
            if (telling(said)) {
                return ref(g.subject(said), g);
            }
        }
        return null;
    }

    private Ref ref(Token who, DependencyGraph g) {
        List<Participant> p = participants.of(who, g);
        if (p.isEmpty() && who != null && !who.pos().startsWith("PRP")) {
            // "according to South Korean assessments": a source the article names by a phrase, not an entity
            Span phrase = context.tokens().inputSpan(g.subtree(who).stream().filter(x -> !g.relation(x).equals("case")).toList());
            return new Ref(context.inputText().substring(phrase.start(), phrase.end()), null);
        }
        if (p.isEmpty()) {
            return null;
        }
        Participant first = p.get(0);
        return new Ref(first.name(), first.entity());
    }

    static String entityCountry(Entity e) {
        return e.country() != null ? e.country() : e.place() != null ? e.place().country() : null;
    }
}
