package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sitrep.eval.DevSplit.Half;
import org.sitrep.eval.EventGold.Document;
import org.sitrep.eval.EventGold.PloverRecord;
import org.sitrep.eval.EventGold.Sentence;
import org.sitrep.eval.EventScores.M2e2Score;
import org.sitrep.eval.EventScores.MucScore;
import org.sitrep.eval.EventScores.PloverScore;
import org.sitrep.eval.EventScores.Predicted;
import org.sitrep.model.Article;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;

/**
 * Scores the events stage on the three event dev sets of {@code ../shared/data/events/}: PLOVER gold records,
 * M2E2 news sentences (ACE events) and MUC-4 documents (incident templates). Every input goes through the pipeline up
 * to the {@code events} stage as a plain-text input document, so the offsets of the events' evidence are offsets into
 * the gold's text.
 *
 * <p><b>PLOVER</b> ({@code plover/PLOVER_GSR_CAMEO.txt}, 322 records): each record's sentence is one document
 * ({@code published}: the record's date, 2000-01-01 on every record, a placeholder); a sentence that several records
 * code is read once. The file is coded in PLOVER 0.6: its FIGHT, DEMAND, DISAPPROVE and INVESTIGATE are scored as
 * ASSAULT, REQUEST, ACCUSE and ACCUSE (PLOVER 0.8's CAMEO table, DESIGN.md's 16 types), and its modes in 0.8's words
 * (assassinate: targeted, host: visit, demo-org/demo-spon: demo, riot-spon: riot, strike-gen: strike, strike-hun:
 * hunger, detain: arrest, confiscate: seize, ban: restrict; "other" is no mode); a DISAPPROVE or INVESTIGATE record
 * without a mode has the ACCUSE mode its type became. A record is compared with the best (highest-confidence)
 * predicted event of its sentence; where a sentence has records of different types (4 sentences), each record takes
 * the best predicted event of its own type if there is one. Figures: type accuracy over all records and over records
 * with a prediction, macro-F1 over every type gold or predicted, mode accuracy where the gold has a mode (type and
 * mode right), the most frequent gold -> predicted confusions, and calibration over every predicted event (right: its
 * type is a gold type of the sentence). See {@link EventScores.PloverScore}.
 *
 * <p><b>M2E2</b> ({@code m2e2/}): the two files merged by {@code sentence_id} with the union of their event mentions
 * (6,167 sentences, 1,297 mentions), each sentence one document ({@code published}: the date in its id). ACE types map
 * to sitrep's ({@link EventMappings#goldClass}): Conflict:Attack to ASSAULT, Conflict:Demonstrate to PROTEST,
 * Contact:Meet and Contact:Phone-Write to CONSULT, Justice:Arrest-Jail to COERCE, all required; Life:Die to ASSAULT
 * when a killer (Agent) is named, else optional (ASSAULT or INCIDENT); Movement:Transport of troops or weapons to
 * MOBILIZE (RETREAT when withdrawing or fleeing), required, a visit or trip to an optional CONSULT, other transport to
 * nothing; Transaction:Transfer-Money to an optional AID. A predicted event matches a gold mention when its type is the
 * mention's and one of its evidence spans contains the trigger. An optional mention's match is neither right nor wrong,
 * and missing it costs nothing. An unmatched prediction is a false positive when its type is one M2E2 annotates
 * (ASSAULT, PROTEST, CONSULT, MOBILIZE, COERCE as an arrest or without a mode, RETREAT as a withdrawal or flight:
 * {@link EventMappings#judged}); sentences without gold events are negatives. Untyped detection reads "matches" as
 * "covers the trigger". Arguments: actor (Attacker, Agent, Entity), target (Target, Victim, and Arrest-Jail's Person,
 * the one arrested) and place (Place), by head-word overlap of the party's names (its entity's name and aliases too)
 * with the gold argument's text, within matched events. See {@link EventScores.M2e2Score}.
 *
 * <p><b>MUC-4</b> ({@code muc4/train.json} then {@code dev.json}, 1,500 documents; the texts are lower-cased, so
 * names lose their capitals): each document's incident types (attack, bombing, kidnapping, arson, robbery, forced work
 * stoppage; a "bombing / attack" template gives both) against the types of its predicted events
 * ({@link EventMappings#mucType}: ASSAULT is an attack, a bombing when explosive, a kidnapping when abducting, an arson
 * when burning, and no incident when an armed clash between armed sides, which MUC-4 does not template; a COERCE
 * destroying property or a man-made disaster INCIDENT whose evidence sets fire is an arson; an organized crime
 * INCIDENT that robs is a robbery; a strike PROTEST is a forced work stoppage; anything else is no incident). The 684 documents without a
 * template are the negatives. Perpetrator, target and victim by head-word overlap with the templates' fillers. See
 * {@link EventScores.MucScore}.
 *
 * <p>Every set is split into halves by {@link DevSplit} (ids: the PLOVER record's {@code id}, M2E2's
 * {@code sentence_id}, MUC-4's {@code docid}); the figures are printed for the whole set and for each half, and the
 * calibration tables for the checking half. {@code --limit N} reads the first N records of each set. Options, as system
 * properties ({@code SITREP_JAVA_OPTS}) or environment variables: {@code sitrep.eval.events.sets} /
 * {@code SITREP_EVENTS_SETS} (a comma-separated choice of plover, m2e2, muc4; default all), and
 * {@code -Dsitrep.events.debug=true}, which lists each record's gold and prediction on stderr; and
 * {@code -Dsitrep.eval.events.system=none}, a system that predicts no event (the floor every figure starts from).
 */
public final class EventsEvaluation implements Evaluation {

    /** The sets, in the order they are scored. */
    static final List<String> SETS = List.of("plover", "m2e2", "muc4");
    private static final boolean DEBUG = Boolean.getBoolean("sitrep.events.debug");

    private final Function<InputDocument, List<Article>> system;

    /** The evaluation of the pipeline up to its {@code events} stage. */
    public EventsEvaluation() {
        this(null);
    }

    /**
     * The evaluation of another system: one input document in, its articles (with their events) out.
     *
     * @param system null for the pipeline up to its {@code events} stage
     */
    EventsEvaluation(Function<InputDocument, List<Article>> system) {
        this.system = system;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String dataset() {
        return "events";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        Set<String> sets = chosenSets();
        boolean none = "none".equals(System.getProperty("sitrep.eval.events.system"));
        Function<InputDocument, List<Article>> sys = system != null ? system : none ? doc -> List.of() : pipeline();
        out.println("events on " + data + ": " + String.join(", ", sets) + (limit > 0 ? " (first " + limit + " of each)" : "")
                + (system == null && none ? "; system: none (predicts no event, a floor)" : ""));
        if (system == null && !none) {
            // loads the models before any set is timed
            long t0 = System.nanoTime();
            sys.apply(document("warm-up", "Police arrested two men in Paris on Monday, officials said.", null));
            out.printf(Locale.ROOT, "pipeline (stages %s) loaded in %.1f s; the speeds below leave the loading out%n",
                    String.join(",", StageRegistry.standard().resolve("events")), (System.nanoTime() - t0) / 1e9);
        }
        for (String set : sets) {
            try {
                switch (set) {
                    case "plover" -> plover(data.resolve("plover"), limit, sys, out);
                    case "m2e2" -> m2e2(data.resolve("m2e2"), limit, sys, out);
                    case "muc4" -> muc4(data.resolve("muc4"), limit, sys, out);
                    default -> throw new IllegalStateException(set);
                }
            } catch (IOException e) {
                out.println(set + ": skipped (" + e.getMessage() + ")");
            }
        }
    }

    /** The pipeline up to the events stage, as a system. */
    private static Function<InputDocument, List<Article>> pipeline() {
        Set<String> stages;
        try {
            stages = StageRegistry.standard().resolve("events");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sitrep eval events needs the events stage: " + e.getMessage(), e);
        }
        ArticlePipeline pipeline = new ArticlePipeline(stages);
        return pipeline::run;
    }

    /** The sets to score: {@code sitrep.eval.events.sets}, else {@code SITREP_EVENTS_SETS}, else all. */
    static Set<String> chosenSets() {
        String chosen = System.getProperty("sitrep.eval.events.sets");
        if (chosen == null) {
            chosen = System.getenv("SITREP_EVENTS_SETS");
        }
        return chosenSets(chosen);
    }

    static Set<String> chosenSets(String list) {
        if (list == null || list.isBlank() || list.strip().equals("all")) {
            return new LinkedHashSet<>(SETS);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : list.split(",")) {
            String name = s.strip().toLowerCase(Locale.ROOT);
            if (name.equals("muc") || name.equals("muc-4")) {
                name = "muc4";
            }
            if (!name.isEmpty()) {
                if (!SETS.contains(name)) {
                    throw new IllegalArgumentException("unknown event set '" + s.strip() + "' (known: " + String.join(", ", SETS) + ")");
                }
                out.add(name);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- scopes

    /** One scorer for the whole set and one for each half. */
    static final class Scoped<T> {
        final T whole;
        final Map<Half, T> halves = new EnumMap<>(Half.class);
        final Map<Half, Integer> counts = new EnumMap<>(Half.class);
        private final Supplier<T> make;
        /** Seconds the system took, and characters read. */
        double seconds;
        long chars;
        int inputs;
        /** Documents the system failed on (scored as predicting nothing). */
        int failed;

        Scoped(Supplier<T> make) {
            this.make = make;
            this.whole = make.get();
        }

        T half(Half h) {
            return halves.computeIfAbsent(h, k -> make.get());
        }

        void add(String id, Consumer<T> score) {
            score.accept(whole);
            Half h = DevSplit.of(id);
            score.accept(half(h));
            counts.merge(h, 1, Integer::sum);
        }

        int count(Half h) {
            return counts.getOrDefault(h, 0);
        }

        String speed(String unit) {
            return String.format(Locale.ROOT, "%.1f s, %.1f %s/s, %.0f chars/s", seconds, inputs / Math.max(seconds, 1e-9),
                    unit, chars / Math.max(seconds, 1e-9)) + (failed > 0 ? "; FAILED on " + failed + ", scored as predicting nothing" : "");
        }
    }

    /**
     * Runs the system on one document and reads its events, timing it into the scope. A document the system fails on
     * is scored as one with no events, named on stderr (with the failure's first frames) and counted.
     */
    private static List<Predicted> predict(Function<InputDocument, List<Article>> system, InputDocument doc, Scoped<?> timing) {
        long t0 = System.nanoTime();
        List<Article> articles;
        try {
            articles = system.apply(doc);
        } catch (RuntimeException | StackOverflowError e) {
            timing.failed++;
            System.err.println("sitrep eval events: " + doc.path() + " failed, scored as predicting nothing: " + e + where(e));
            articles = List.of();
        }
        timing.seconds += (System.nanoTime() - t0) / 1e9;
        timing.chars += doc.text().length();
        timing.inputs++;
        return EventScores.predicted(articles == null ? List.of() : articles, doc.text());
    }

    /** " at" the failure's first frame in sitrep's own code outside the model (whose records only check), or "". */
    static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.sitrep.") && !f.getClassName().startsWith("org.sitrep.model.")) {
                return " at " + f;
            }
        }
        return "";
    }

    private static InputDocument document(String path, String text, String published) {
        return new InputDocument(path, null, "text", "text", text, null, published, null);
    }

    // ---------------------------------------------------------------- PLOVER

    private static void plover(Path folder, int limit, Function<InputDocument, List<Article>> system, PrintStream out)
            throws IOException {
        Path file = folder.resolve("PLOVER_GSR_CAMEO.txt");
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        List<PloverRecord> records = EventGold.plover(file);
        if (limit > 0 && records.size() > limit) {
            records = records.subList(0, limit);
        }
        printPlover(scorePlover(records, system), out);
    }

    /** Scores PLOVER records, reading each distinct sentence once. */
    static Scoped<PloverScore> scorePlover(List<PloverRecord> records, Function<InputDocument, List<Article>> system) {
        Map<String, List<PloverRecord>> bySentence = new LinkedHashMap<>();
        for (PloverRecord r : records) {
            bySentence.computeIfAbsent(r.text().strip(), k -> new ArrayList<>()).add(r);
        }
        Scoped<PloverScore> scores = new Scoped<>(PloverScore::new);
        for (List<PloverRecord> group : bySentence.values()) {
            PloverRecord first = group.get(0);
            List<Predicted> predicted = predict(system, document("plover/PLOVER_GSR_CAMEO.txt#" + first.id(), first.text(),
                    first.date()), scores);
            Set<String> types = group.stream().map(PloverRecord::type).collect(Collectors.toCollection(LinkedHashSet::new));
            scores.whole.add(group, types, predicted);
            for (Half h : Half.values()) {
                List<PloverRecord> inHalf = group.stream().filter(r -> DevSplit.of(r.id()) == h).toList();
                if (!inHalf.isEmpty()) {
                    scores.half(h).add(inHalf, types, predicted);
                    scores.counts.merge(h, inHalf.size(), Integer::sum);
                }
            }
            if (DEBUG) {
                for (PloverRecord r : group) {
                    System.err.printf(Locale.ROOT, "PLOVER %s %s %s/%s -> %s | %s%n", DevSplit.of(r.id()).label(), r.id(),
                            r.type(), r.mode(), predicted.stream().map(p -> p.type() + "/" + p.event().mode() + "@"
                                    + String.format(Locale.ROOT, "%.2f", p.confidence())).toList(), r.text());
                }
            }
        }
        return scores;
    }

    static void printPlover(Scoped<PloverScore> s, PrintStream out) {
        PloverScore w = s.whole;
        out.printf(Locale.ROOT, "PLOVER gold records: %d records (%d sentences), %d with a prediction, %d predicted events (%s)%n",
                w.records, w.sentences, w.withPrediction, w.predictedEvents, s.speed("sentences"));
        out.println("  rule: the best (highest-confidence) predicted event's type against the record's; PLOVER 0.6's FIGHT,"
                + " DEMAND, DISAPPROVE, INVESTIGATE read as ASSAULT, REQUEST, ACCUSE, ACCUSE");
        out.printf(Locale.ROOT, "  type accuracy      %.3f of all records (%d/%d), %.3f of records with a prediction (%d/%d)%n",
                w.accuracy(), w.right, w.records, w.accuracyPredicted(), w.right, w.withPrediction);
        out.printf(Locale.ROOT, "  macro-F1 by type   %.3f%n", w.macroF1());
        out.printf(Locale.ROOT, "  mode accuracy      %.3f of gold modes (%d/%d; %d of them with the type right)%n",
                w.modeAccuracy(), w.modeRight, w.modeGold, w.modeGoldTypeRight);
        out.println("  F1 by type (gold records): " + w.byType.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f (%d)", e.getKey(), w.f1(e.getKey()), e.getValue()[0]))
                .collect(Collectors.joining(", ")));
        out.println("  confusion (gold -> predicted, most frequent): " + w.topConfusions(12).stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        for (Half h : Half.values()) {
            PloverScore p = s.half(h);
            out.printf(Locale.ROOT, "  %s: type accuracy %.3f all, %.3f predicted; macro-F1 %.3f; mode accuracy %.3f (%d/%d)%n",
                    DevSplit.lineHead(h, p.records, "records"), p.accuracy(), p.accuracyPredicted(), p.macroF1(),
                    p.modeAccuracy(), p.modeRight, p.modeGold);
        }
        out.println("  calibration, checking half (every predicted event; right: its type is the sentence's gold type):");
        s.half(Half.CHECKING).calibration.print(out, "    ");
    }

    // ---------------------------------------------------------------- M2E2

    private static void m2e2(Path folder, int limit, Function<InputDocument, List<Article>> system, PrintStream out)
            throws IOException {
        List<Sentence> sentences = EventGold.m2e2(folder);
        if (limit > 0 && sentences.size() > limit) {
            sentences = sentences.subList(0, limit);
        }
        printM2e2(scoreM2e2(sentences, system), out);
    }

    static Scoped<M2e2Score> scoreM2e2(List<Sentence> sentences, Function<InputDocument, List<Article>> system) {
        Scoped<M2e2Score> scores = new Scoped<>(M2e2Score::new);
        for (Sentence s : sentences) {
            List<Predicted> predicted = predict(system, document("m2e2/" + s.id(), s.text(), s.date()), scores);
            scores.add(s.id(), score -> score.add(s, predicted));
            if (DEBUG && (!s.mentions().isEmpty() || !predicted.isEmpty())) {
                System.err.printf(Locale.ROOT, "M2E2 %s %s gold %s -> %s | %s%n", DevSplit.of(s.id()).label(), s.id(),
                        s.mentions().stream().map(m -> m.aceType() + "(" + EventMappings.goldClass(m).label()
                                + (EventMappings.goldClass(m).required() ? "" : "?") + ")'" + m.trigger().text() + "'").toList(),
                        predicted.stream().map(p -> p.type() + "/" + p.event().mode() + "@"
                                + String.format(Locale.ROOT, "%.2f", p.confidence())).toList(), s.text());
            }
        }
        return scores;
    }

    static void printM2e2(Scoped<M2e2Score> s, PrintStream out) {
        M2e2Score w = s.whole;
        out.printf(Locale.ROOT, "M2E2 sentences (both files merged by sentence_id): %d sentences (%d with an event), %d gold"
                        + " mentions: %d scored, %d optional; %d predicted events, %d counted (%s)%n",
                w.sentences, w.sentencesWithEvent, w.mentions, w.required, w.optional, w.predictedEvents, w.typed.predicted,
                s.speed("sentences"));
        out.println("  rule: a predicted event matches a gold mention when its type is the mention's mapped type and its"
                + " evidence contains the trigger; arguments by head-word overlap within matched events");
        out.println(w.typed.line("detection, typed", 30));
        out.println(w.oneToOne.line("detection, typed one-to-one", 30));
        out.println(w.untyped.line("detection, untyped", 30));
        for (String role : EventMappings.ROLES) {
            out.println(w.arguments.get(role).line("argument " + role, 30));
        }
        out.println("  by type (P/R/F1, gold): " + w.byClass.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().prf() + " (" + e.getValue().gold + ")")
                .collect(Collectors.joining(", ")));
        out.println("  recall by ACE type: " + w.byAceType.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f (%d)", e.getKey(),
                        e.getValue()[0] == 0 ? 0 : (double) e.getValue()[1] / e.getValue()[0], e.getValue()[0]))
                .collect(Collectors.joining(", ")));
        for (Half h : Half.values()) {
            M2e2Score p = s.half(h);
            out.printf(Locale.ROOT, "  %s: P/R/F1 typed %s  one-to-one %s  untyped %s  actor %s  target %s  place %s%n",
                    DevSplit.lineHead(h, p.sentences, "sentences"), p.typed.prf(), p.oneToOne.prf(), p.untyped.prf(),
                    p.arguments.get("actor").prf(), p.arguments.get("target").prf(), p.arguments.get("place").prf());
        }
        out.println("  calibration, checking half (predicted events counted in typed detection; right: matched a gold mention):");
        s.half(Half.CHECKING).calibration.print(out, "    ");
    }

    // ---------------------------------------------------------------- MUC-4

    private static void muc4(Path folder, int limit, Function<InputDocument, List<Article>> system, PrintStream out)
            throws IOException {
        List<Document> docs = EventGold.muc4(folder);
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        printMuc(scoreMuc(docs, system), out);
    }

    static Scoped<MucScore> scoreMuc(List<Document> docs, Function<InputDocument, List<Article>> system) {
        Scoped<MucScore> scores = new Scoped<>(MucScore::new);
        for (Document d : docs) {
            List<Predicted> predicted = predict(system, document("muc4/" + d.id(), d.text(), null), scores);
            scores.add(d.id(), score -> score.add(d, predicted));
            if (DEBUG) {
                System.err.printf(Locale.ROOT, "MUC %s %s gold %s -> %s%n", DevSplit.of(d.id()).label(), d.id(), d.types(),
                        predicted.stream().map(p -> p.type() + "/" + p.event().mode() + "="
                                + EventMappings.mucType(p.event(), p.evidence(), false) + "@"
                                + String.format(Locale.ROOT, "%.2f", p.confidence())).toList());
            }
        }
        return scores;
    }

    static void printMuc(Scoped<MucScore> s, PrintStream out) {
        MucScore w = s.whole;
        out.printf(Locale.ROOT, "MUC-4 documents (train + dev, lower-cased texts): %d documents (%d with an incident, %d"
                        + " templates), %d predicted events, %d mapped to an incident type (%s)%n",
                w.documents, w.withIncident, w.templates, w.predictedEvents, w.mappedEvents, s.speed("documents"));
        out.println("  rule: a document's incident types against its events' (ASSAULT: attack, bombing if explosive,"
                + " kidnapping if abducting, arson if burning; an armed clash between armed sides is none); no template: negative");
        out.println(w.hasIncident.line("has an incident", 30));
        out.println(w.hasIncidentLoose.line("has an incident (clashes too)", 30));
        out.printf(Locale.ROOT, "  incident type accuracy   %.3f best event's type (%d/%d), %.3f exact set of types (%d/%d)%n",
                w.bestAccuracy(), w.bestRight, w.documents, w.exactAccuracy(), w.exactRight, w.documents);
        out.println(w.typesMicro.line("incident types (doc, type)", 30));
        out.println("  F1 by type (gold documents): " + w.byTypeLine());
        out.println("  confusion (first gold type -> best predicted, most frequent): " + w.topConfusions(10).stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        for (Map.Entry<String, Tally> e : w.roles.entrySet()) {
            out.println(e.getValue().line(e.getKey(), 30));
        }
        for (Half h : Half.values()) {
            MucScore p = s.half(h);
            out.printf(Locale.ROOT, "  %s: has-incident P/R/F1 %s  type accuracy %.3f  types %s  perpetrator %s  target %s"
                            + "  victim %s%n",
                    DevSplit.lineHead(h, p.documents, "documents"), p.hasIncident.prf(), p.bestAccuracy(), p.typesMicro.prf(),
                    p.roles.get("perpetrator").prf(), p.roles.get("target").prf(), p.roles.get("victim").prf());
        }
    }
}
