package org.sitrep.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sitrep.eval.EventGold.Argument;
import org.sitrep.eval.EventGold.Document;
import org.sitrep.eval.EventGold.Filler;
import org.sitrep.eval.EventGold.Mention;
import org.sitrep.eval.EventGold.PloverRecord;
import org.sitrep.eval.EventGold.Range;
import org.sitrep.eval.EventGold.Sentence;
import org.sitrep.eval.EventMappings.GoldClass;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;

/**
 * The scorers of {@link EventsEvaluation}: pure functions of the gold records and the events a system predicted for
 * them, kept apart from running the system so that they can be tested on hand-made predictions. Each scorer adds one
 * gold item at a time; a set's whole and each {@link DevSplit} half have a scorer of their own.
 */
final class EventScores {

    private EventScores() {
    }

    // ---------------------------------------------------------------- predictions

    /**
     * An actor or target as scored: the names it goes by (its own, then its entity's name and aliases), its entity's id
     * and type (null when unlinked).
     */
    record Party(List<String> names, String entity, String entityType) {

        Party(List<String> names) {
            this(names, null, null);
        }

        /** What makes two parties of a document one: their entity, else their first name's words less a leading article. */
        String key() {
            if (entity != null) {
                return "#" + entity;
            }
            List<String> w = new ArrayList<>(names.isEmpty() ? List.of() : EventMappings.words(names.get(0)));
            if (w.size() > 1 && Set.of("the", "a", "an").contains(w.get(0))) {
                w.remove(0);
            }
            return String.join(" ", w);
        }
    }

    /**
     * A predicted event with what the scorers read of it.
     *
     * @param type     its type, upper case
     * @param place    its place's name, or null
     * @param evidence the text of its evidence (the span's text, else the document's characters there), or ""
     */
    record Predicted(Event event, String type, List<Party> actors, List<Party> targets, String place, String evidence) {

        double confidence() {
            return event.confidence();
        }

        /** Whether one of the event's evidence spans (its evidence, its mentions) contains the range. */
        boolean covers(Range r) {
            Span target = new Span(r.start(), r.end());
            if (event.evidence() != null && event.evidence().contains(target)) {
                return true;
            }
            for (Span m : event.mentions()) {
                if (m != null && m.contains(target)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The events of a document's articles, in order, read for scoring. */
    static List<Predicted> predicted(List<Article> articles, String documentText) {
        List<Predicted> out = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Entity> entities = new HashMap<>();
            for (Entity e : a.entities()) {
                if (e.id() != null) {
                    entities.put(e.id(), e);
                }
            }
            for (Event e : a.events()) {
                String evidence = "";
                if (e.evidence() != null) {
                    if (e.evidence().text() != null) {
                        evidence = e.evidence().text();
                    } else if (documentText != null && e.evidence().end() <= documentText.length()) {
                        evidence = documentText.substring(e.evidence().start(), e.evidence().end());
                    }
                }
                out.add(new Predicted(e, EventMappings.type(e), parties(e.actors(), entities), parties(e.targets(), entities),
                        e.place() == null ? null : e.place().name(), evidence));
            }
        }
        return out;
    }

    private static List<Party> parties(List<Participant> participants, Map<String, Entity> entities) {
        List<Party> out = new ArrayList<>();
        for (Participant p : participants) {
            Set<String> names = new LinkedHashSet<>();
            if (p.name() != null && !p.name().isBlank()) {
                names.add(p.name());
            }
            Entity e = p.entity() == null ? null : entities.get(p.entity());
            if (e != null) {
                if (e.name() != null) {
                    names.add(e.name());
                }
                names.addAll(e.aliases());
            }
            if (!names.isEmpty()) {
                out.add(new Party(List.copyOf(names), e == null ? null : e.id(), e == null ? null : e.type()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- counts

    /** Predicted events by confidence band, with how many were right. */
    static final class Calibration {
        static final String[] BANDS = {">= 0.9", "0.7-0.9", "0.5-0.7", "< 0.5"};
        final long[] events = new long[BANDS.length];
        final long[] right = new long[BANDS.length];

        static int band(double confidence) {
            return confidence >= 0.9 ? 0 : confidence >= 0.7 ? 1 : confidence >= 0.5 ? 2 : 3;
        }

        void add(double confidence, boolean ok) {
            int b = band(confidence);
            events[b]++;
            right[b] += ok ? 1 : 0;
        }

        void print(PrintStream out, String indent) {
            out.printf(Locale.ROOT, "%s%-11s %7s %7s %7s%n", indent, "confidence", "events", "right", "share");
            for (int b = 0; b < BANDS.length; b++) {
                out.printf(Locale.ROOT, "%s%-11s %7d %7d %7s%n", indent, BANDS[b], events[b], right[b],
                        events[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) right[b] / events[b]));
            }
        }
    }

    // ---------------------------------------------------------------- PLOVER

    /**
     * PLOVER gold records against the best predicted event of their sentence: the highest-confidence one (the first of
     * equals), except that where one sentence carries several gold records of different types, a record takes the best
     * predicted event of its own type when there is one. Type accuracy over all records (no prediction: wrong) and over
     * records with a prediction; per-type precision/recall/F1 and their macro average over every type that is gold or
     * predicted; mode accuracy over records whose gold has a mode (right: type and mode both right); a confusion count of
     * gold and predicted types that differ; calibration over every predicted event (right: its type is one of the
     * sentence's gold types).
     */
    static final class PloverScore {
        int records;
        int withPrediction;
        int right;
        int modeGold;
        int modeGoldTypeRight;
        int modeRight;
        int sentences;
        int predictedEvents;
        /** type: [gold, predicted, right]. */
        final Map<String, int[]> byType = new TreeMap<>();
        final Map<String, Integer> confusion = new HashMap<>();
        final Calibration calibration = new Calibration();

        /**
         * One sentence's records (those of this scorer's scope) with its predictions.
         *
         * @param sentenceTypes every gold type of the sentence (over all its records, in or out of this scope)
         */
        void add(List<PloverRecord> recordsOfSentence, Set<String> sentenceTypes, List<Predicted> predicted) {
            if (recordsOfSentence.isEmpty()) {
                return;
            }
            sentences++;
            predictedEvents += predicted.size();
            for (Predicted p : predicted) {
                calibration.add(p.confidence(), sentenceTypes.contains(p.type()));
            }
            Predicted bestOverall = best(predicted, null);
            for (PloverRecord r : recordsOfSentence) {
                Predicted best = bestOverall;
                if (sentenceTypes.size() > 1) {
                    Predicted own = best(predicted, r.type());
                    if (own != null) {
                        best = own;
                    }
                }
                String got = best == null ? "(none)" : best.type();
                records++;
                withPrediction += best == null ? 0 : 1;
                boolean ok = got.equals(r.type());
                right += ok ? 1 : 0;
                byType.computeIfAbsent(r.type(), k -> new int[3])[0]++;
                if (best != null) {
                    int[] t = byType.computeIfAbsent(got, k -> new int[3]);
                    t[1]++;
                    t[2] += ok ? 1 : 0;
                }
                if (!ok) {
                    confusion.merge(r.type() + " -> " + got, 1, Integer::sum);
                }
                if (r.mode() != null) {
                    modeGold++;
                    if (ok) {
                        modeGoldTypeRight++;
                        modeRight += EventMappings.modeMatches(best.event().mode(), r.mode()) ? 1 : 0;
                    }
                }
            }
        }

        private static Predicted best(List<Predicted> predicted, String ofType) {
            Predicted best = null;
            for (Predicted p : predicted) {
                if ((ofType == null || ofType.equals(p.type())) && (best == null || p.confidence() > best.confidence())) {
                    best = p;
                }
            }
            return best;
        }

        double accuracy() {
            return records == 0 ? 0 : (double) right / records;
        }

        double accuracyPredicted() {
            return withPrediction == 0 ? 0 : (double) right / withPrediction;
        }

        double modeAccuracy() {
            return modeGold == 0 ? 0 : (double) modeRight / modeGold;
        }

        double f1(String type) {
            int[] t = byType.getOrDefault(type, new int[3]);
            double p = t[1] == 0 ? 0 : (double) t[2] / t[1];
            double r = t[0] == 0 ? 0 : (double) t[2] / t[0];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The mean of the per-type F1 over every type that is gold or predicted (as scikit-learn's macro average). */
        double macroF1() {
            if (byType.isEmpty()) {
                return 0;
            }
            return byType.keySet().stream().mapToDouble(this::f1).average().orElse(0);
        }

        /** The most frequent gold -> predicted pairs that differ, most frequent first (then by name). */
        List<Map.Entry<String, Integer>> topConfusions(int n) {
            return confusion.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).toList();
        }
    }

    // ---------------------------------------------------------------- M2E2

    /**
     * M2E2 sentences (ACE event mentions) against the events predicted for each sentence. Each gold mention has a class
     * ({@link EventMappings#goldClass}): required, optional, or none (not scored). A predicted event matches a mention
     * when its type is one of the mention's class's types and one of its evidence spans contains the mention's trigger.
     * <ul>
     *   <li>typed detection: a prediction is right when it matches a required mention; one that matches only optional
     *       mentions is left out; one that matches nothing counts as wrong when M2E2 would have annotated its type
     *       ({@link EventMappings#judged}) and is left out otherwise. A required mention is found when a prediction
     *       matches it. One event may match several mentions (sitrep merges the mentions of one happening, ACE marks
     *       every trigger), so the one-to-one line also pairs predictions (by falling confidence) and mentions at most
     *       once each;</li>
     *   <li>untyped detection: the same with "matches" read as "covers the trigger", whatever the types;</li>
     *   <li>arguments (actor, target, place, {@link EventMappings#roleClass}): a predicted event's actors, targets and
     *       place are predictions when the event counts in typed detection; one is right when the event matches a
     *       required mention that has an argument of the same role whose text head-matches one of the party's names
     *       ({@link EventMappings#headMatch}); a gold argument of a required mention is found when a prediction matching
     *       the mention has such a party. A CONSULT's targets (PLOVER's host) count as actors, as ACE's Entity holds every
     *       party to a meeting;</li>
     *   <li>calibration: the predictions that count in typed detection, right or not.</li>
     * </ul>
     */
    static final class M2e2Score {
        int sentences;
        int sentencesWithEvent;
        int mentions;
        int required;
        int optional;
        int predictedEvents;
        final Tally typed = new Tally();
        final Tally untyped = new Tally();
        final Tally oneToOne = new Tally();
        final Map<String, Tally> arguments = new LinkedHashMap<>();
        final Map<String, Tally> byClass = new TreeMap<>();
        /** ACE type: [required mentions, found]. */
        final Map<String, int[]> byAceType = new TreeMap<>();
        final Calibration calibration = new Calibration();

        M2e2Score() {
            EventMappings.ROLES.forEach(r -> arguments.put(r, new Tally()));
        }

        void add(Sentence s, List<Predicted> predicted) {
            sentences++;
            sentencesWithEvent += s.mentions().isEmpty() ? 0 : 1;
            mentions += s.mentions().size();
            predictedEvents += predicted.size();
            List<Mention> req = new ArrayList<>();
            List<Mention> opt = new ArrayList<>();
            Map<Mention, GoldClass> classes = new IdentityHashMap<>();
            for (Mention m : s.mentions()) {
                GoldClass c = EventMappings.goldClass(m);
                classes.put(m, c);
                if (c.required()) {
                    req.add(m);
                } else if (!c.types().isEmpty()) {
                    opt.add(m);
                }
            }
            required += req.size();
            optional += opt.size();
            List<Predicted> counted = new ArrayList<>();
            for (Predicted p : predicted) {
                boolean right = req.stream().anyMatch(m -> matches(p, m, classes));
                boolean excused = !right && opt.stream().anyMatch(m -> matches(p, m, classes));
                boolean judged = EventMappings.judged(p.event());
                if (right || (judged && !excused)) {
                    counted.add(p);
                    typed.predicted++;
                    typed.predictedRight += right ? 1 : 0;
                    Tally c = byClass.computeIfAbsent(p.type(), k -> new Tally());
                    c.predicted++;
                    c.predictedRight += right ? 1 : 0;
                    calibration.add(p.confidence(), right);
                }
                boolean rightU = req.stream().anyMatch(m -> p.covers(m.trigger()));
                boolean excusedU = !rightU && opt.stream().anyMatch(m -> p.covers(m.trigger()));
                if (rightU || (judged && !excusedU)) {
                    untyped.predicted++;
                    untyped.predictedRight += rightU ? 1 : 0;
                }
            }
            for (Mention m : req) {
                boolean found = counted.stream().anyMatch(p -> matches(p, m, classes));
                typed.gold++;
                typed.goldFound += found ? 1 : 0;
                String cls = classes.get(m).label();
                Tally c = byClass.computeIfAbsent(cls, k -> new Tally());
                c.gold++;
                c.goldFound += found ? 1 : 0;
                int[] a = byAceType.computeIfAbsent(m.aceType(), k -> new int[2]);
                a[0]++;
                a[1] += found ? 1 : 0;
                untyped.gold++;
                untyped.goldFound += predicted.stream().anyMatch(p -> p.covers(m.trigger())) ? 1 : 0;
            }
            // one to one: predictions by falling confidence, each taking the first required mention it matches not yet taken
            List<Predicted> byConfidence = new ArrayList<>(counted);
            byConfidence.sort(Comparator.comparingDouble(Predicted::confidence).reversed());
            Set<Mention> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            int pairs = 0;
            for (Predicted p : byConfidence) {
                for (Mention m : req) {
                    if (!taken.contains(m) && matches(p, m, classes)) {
                        taken.add(m);
                        pairs++;
                        break;
                    }
                }
            }
            oneToOne.predicted += counted.size();
            oneToOne.predictedRight += pairs;
            oneToOne.gold += req.size();
            oneToOne.goldFound += pairs;
            for (String role : EventMappings.ROLES) {
                Tally t = arguments.get(role);
                for (Predicted p : counted) {
                    List<Mention> matched = req.stream().filter(m -> matches(p, m, classes)).toList();
                    for (Party party : parties(p, role)) {
                        t.predicted++;
                        boolean ok = matched.stream().anyMatch(m -> m.arguments().stream()
                                .anyMatch(a -> role.equals(EventMappings.roleClass(a))
                                        && EventMappings.headMatchAny(party.names(), a.text())));
                        t.predictedRight += ok ? 1 : 0;
                    }
                }
                for (Mention m : req) {
                    for (Argument a : m.arguments()) {
                        if (!role.equals(EventMappings.roleClass(a))) {
                            continue;
                        }
                        t.gold++;
                        boolean found = counted.stream().filter(p -> matches(p, m, classes))
                                .anyMatch(p -> parties(p, role).stream().anyMatch(party -> EventMappings.headMatchAny(party.names(), a.text())));
                        t.goldFound += found ? 1 : 0;
                    }
                }
            }
        }

        private static boolean matches(Predicted p, Mention m, Map<Mention, GoldClass> classes) {
            return classes.get(m).types().contains(p.type()) && p.covers(m.trigger());
        }

        /** The parties of one role of a predicted event: a CONSULT's targets are actors; the place is one party. */
        static List<Party> parties(Predicted p, String role) {
            boolean consult = "CONSULT".equals(p.type());
            return switch (role) {
                case "actor" -> {
                    if (!consult) {
                        yield p.actors();
                    }
                    List<Party> all = new ArrayList<>(p.actors());
                    all.addAll(p.targets());
                    yield all;
                }
                case "target" -> consult ? List.of() : p.targets();
                case "place" -> p.place() == null ? List.of() : List.of(new Party(List.of(p.place())));
                default -> List.of();
            };
        }
    }

    // ---------------------------------------------------------------- MUC-4

    /**
     * MUC-4 documents against the incident types of their predicted events ({@link EventMappings#mucType}):
     * <ul>
     *   <li>has an incident: a document is positive when it has a template, predicted positive when one of its events
     *       maps to an incident type; the documents without a template are the negatives; the loose line also counts an
     *       armed clash between armed sides as an attack;</li>
     *   <li>incident type accuracy: the type of the best (highest-confidence) mapped event, or none, is right when it is
     *       one of the document's template types, or when both are none; the exact line wants the set of mapped types to
     *       be the set of template types;</li>
     *   <li>types: (document, type) pairs, per type and micro-averaged;</li>
     *   <li>roles: per document, the distinct actors of the mapped events against the perpetrators (PerpInd and PerpOrg)
     *       of all its templates, their targets against the Target and Victim fillers (split by
     *       {@link EventMappings#isVictim}, and together); each gold entity and each prediction paired at most once, a
     *       pair when one of the entity's mentions head-matches one of the party's names.</li>
     * </ul>
     */
    static final class MucScore {
        int documents;
        int withIncident;
        int templates;
        int predictedEvents;
        int mappedEvents;
        int bestRight;
        int exactRight;
        final Tally hasIncident = new Tally();
        final Tally hasIncidentLoose = new Tally();
        final Tally typesMicro = new Tally();
        final Map<String, Tally> byType = new LinkedHashMap<>();
        final Map<String, Tally> roles = new LinkedHashMap<>();
        /** best predicted type given the document's first template's type ("none" without one): count. */
        final Map<String, Integer> confusion = new HashMap<>();

        MucScore() {
            EventMappings.MUC_TYPES.forEach(t -> byType.put(t, new Tally()));
            for (String r : List.of("perpetrator", "target", "victim", "target+victim")) {
                roles.put(r, new Tally());
            }
        }

        void add(Document d, List<Predicted> predicted) {
            documents++;
            withIncident += d.types().isEmpty() ? 0 : 1;
            templates += d.templates().size();
            predictedEvents += predicted.size();
            Set<String> gold = new TreeSet<>(d.types());
            List<Predicted> mapped = new ArrayList<>();
            Map<Predicted, String> typeOf = new HashMap<>();
            boolean loosePositive = false;
            for (Predicted p : predicted) {
                String t = EventMappings.mucType(p.event(), p.evidence(), false);
                if (t != null) {
                    mapped.add(p);
                    typeOf.put(p, t);
                }
                loosePositive |= EventMappings.mucType(p.event(), p.evidence(), true) != null;
            }
            mappedEvents += mapped.size();
            boolean goldPositive = !gold.isEmpty();
            count(hasIncident, !mapped.isEmpty(), goldPositive);
            count(hasIncidentLoose, loosePositive, goldPositive);
            Predicted best = null;
            for (Predicted p : mapped) {
                if (best == null || p.confidence() > best.confidence()) {
                    best = p;
                }
            }
            String bestType = best == null ? "none" : typeOf.get(best);
            boolean ok = gold.isEmpty() ? best == null : gold.contains(bestType);
            bestRight += ok ? 1 : 0;
            if (!ok) {
                String first = d.templates().isEmpty() ? "none" : d.types().get(0);
                confusion.merge(first + " -> " + bestType, 1, Integer::sum);
            }
            Set<String> got = new TreeSet<>(typeOf.values());
            exactRight += got.equals(gold) ? 1 : 0;
            for (String t : EventMappings.MUC_TYPES) {
                Tally tally = byType.get(t);
                boolean p = got.contains(t);
                boolean g = gold.contains(t);
                tally.predicted += p ? 1 : 0;
                tally.predictedRight += p && g ? 1 : 0;
                tally.gold += g ? 1 : 0;
                tally.goldFound += p && g ? 1 : 0;
            }
            for (String t : gold) {
                if (!byType.containsKey(t)) {
                    Tally extra = byType.computeIfAbsent(t, k -> new Tally());
                    extra.gold++;
                }
            }
            typesMicro.predicted += got.size();
            typesMicro.gold += gold.size();
            long both = got.stream().filter(gold::contains).count();
            typesMicro.predictedRight += both;
            typesMicro.goldFound += both;
            // roles
            Map<String, Party> actors = new LinkedHashMap<>();
            Map<String, Party> targets = new LinkedHashMap<>();
            for (Predicted p : mapped) {
                p.actors().forEach(a -> actors.putIfAbsent(a.key(), a));
                p.targets().forEach(a -> targets.putIfAbsent(a.key(), a));
            }
            List<Party> victims = new ArrayList<>();
            List<Party> things = new ArrayList<>();
            for (Party t : targets.values()) {
                (EventMappings.isVictim(t.names().get(0), t.entityType()) ? victims : things).add(t);
            }
            List<Filler> goldTargets = d.fillers("target");
            List<Filler> goldVictims = d.fillers("victim");
            List<Filler> goldBoth = new ArrayList<>(goldTargets);
            goldBoth.addAll(goldVictims);
            pair(roles.get("perpetrator"), new ArrayList<>(actors.values()), d.fillers("perpetrator"));
            pair(roles.get("target"), things, goldTargets);
            pair(roles.get("victim"), victims, goldVictims);
            pair(roles.get("target+victim"), new ArrayList<>(targets.values()), goldBoth);
        }

        private static void count(Tally t, boolean predictedPositive, boolean goldPositive) {
            t.predicted += predictedPositive ? 1 : 0;
            t.gold += goldPositive ? 1 : 0;
            t.predictedRight += predictedPositive && goldPositive ? 1 : 0;
            t.goldFound += predictedPositive && goldPositive ? 1 : 0;
        }

        /** Pairs gold entities (in order) with the first unpaired party that head-matches one of their mentions. */
        static void pair(Tally t, List<Party> predicted, List<Filler> gold) {
            t.predicted += predicted.size();
            t.gold += gold.size();
            Set<Integer> used = new java.util.HashSet<>();
            for (Filler f : gold) {
                for (int i = 0; i < predicted.size(); i++) {
                    if (used.contains(i)) {
                        continue;
                    }
                    Party party = predicted.get(i);
                    if (f.mentions().stream().anyMatch(m -> EventMappings.headMatchAny(party.names(), m))) {
                        used.add(i);
                        t.predictedRight++;
                        t.goldFound++;
                        break;
                    }
                }
            }
        }

        double bestAccuracy() {
            return documents == 0 ? 0 : (double) bestRight / documents;
        }

        double exactAccuracy() {
            return documents == 0 ? 0 : (double) exactRight / documents;
        }

        List<Map.Entry<String, Integer>> topConfusions(int n) {
            return confusion.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).toList();
        }

        String byTypeLine() {
            return byType.entrySet().stream().filter(e -> e.getValue().gold + e.getValue().predicted > 0)
                    .map(e -> String.format(Locale.ROOT, "%s %.3f (%d)", e.getKey(), e.getValue().f1(), e.getValue().gold))
                    .collect(Collectors.joining(", "));
        }
    }
}
