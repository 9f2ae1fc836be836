package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.DevSplit.Half;
import org.sitrep.eval.EventGold.Argument;
import org.sitrep.eval.EventGold.Document;
import org.sitrep.eval.EventGold.Filler;
import org.sitrep.eval.EventGold.Mention;
import org.sitrep.eval.EventGold.PloverRecord;
import org.sitrep.eval.EventGold.Range;
import org.sitrep.eval.EventGold.Sentence;
import org.sitrep.eval.EventGold.Template;
import org.sitrep.eval.EventScores.M2e2Score;
import org.sitrep.eval.EventScores.MucScore;
import org.sitrep.eval.EventScores.PloverScore;
import org.sitrep.eval.EventsEvaluation.Scoped;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The events evaluation: its readers on the shared data (skipped where it is absent), its mappings, and its scorers on
 * hand-made predictions (a perfect system scores 1, a system that predicts nothing finds nothing).
 */
class EventsEvaluationTest {

    private static final Function<InputDocument, List<Article>> NOTHING = doc -> List.of();

    // ---------------------------------------------------------------- hand-made events

    private static Event event(String type, String mode, List<String> actors, List<String> targets, String place,
                               Span evidence, double confidence) {
        return new Event("ev1", type, mode, actors.stream().map(a -> new Participant(a, null, null)).toList(),
                targets.stream().map(t -> new Participant(t, null, null)).toList(),
                place == null ? null : new Place(1, place, "city", null, null, 0, 0, null), null, null, null, null, null,
                "asserted", null, null, evidence, evidence == null ? List.of() : List.of(evidence), confidence);
    }

    private static Event event(String type, String mode, Span evidence, double confidence) {
        return event(type, mode, List.of(), List.of(), null, evidence, confidence);
    }

    private static Article article(String text, List<Event> events) {
        return Article.builder().body(text).events(events).build();
    }

    private static Span all(String text) {
        return new Span(0, text.length(), text);
    }

    private static Range range(String sentence, String word) {
        int i = sentence.indexOf(word);
        assertThat(i).as("'%s' in '%s'", word, sentence).isGreaterThanOrEqualTo(0);
        return new Range(i, i + word.length(), word);
    }

    private static Argument arg(String sentence, String role, String word) {
        return new Argument(role, range(sentence, word));
    }

    // ---------------------------------------------------------------- mappings

    @Test
    void ploverTypesAreReadInDesignsSixteen() {
        assertThat(EventMappings.ploverType("FIGHT")).isEqualTo("ASSAULT");
        assertThat(EventMappings.ploverType("DEMAND")).isEqualTo("REQUEST");
        assertThat(EventMappings.ploverType("DISAPPROVE")).isEqualTo("ACCUSE");
        assertThat(EventMappings.ploverType("INVESTIGATE")).isEqualTo("ACCUSE");
        assertThat(EventMappings.ploverType("agree")).isEqualTo("AGREE");
        assertThat(EventMappings.ploverType("DOCUMENT")).isNull();
        assertThat(EventMappings.ploverType(" ")).isNull();
        assertThat(EventMappings.TYPES).hasSize(17).contains("INCIDENT", "ACCUSE", "REQUEST").doesNotContain("FIGHT");
    }

    @Test
    void modesAreComparedInPlover08Words() {
        assertThat(EventMappings.mode("assassinate")).isEqualTo("targeted");
        assertThat(EventMappings.mode("strike-hun")).isEqualTo("hunger");
        assertThat(EventMappings.mode("demo-org")).isEqualTo("demo");
        assertThat(EventMappings.mode("Heavy weapons")).isEqualTo("heavy-weapons");
        assertThat(EventMappings.mode("other")).isNull();
        assertThat(EventMappings.mode("")).isNull();
        assertThat(EventMappings.ploverMode("DISAPPROVE", null)).isEqualTo("disapprove");
        assertThat(EventMappings.ploverMode("INVESTIGATE", "")).isEqualTo("investigate");
        assertThat(EventMappings.ploverMode("FIGHT", "assassinate")).isEqualTo("targeted");
        assertThat(EventMappings.ploverMode("AGREE", null)).isNull();
        assertThat(EventMappings.modeMatches("firearms, heavy_weapons", "heavy-weapons")).isTrue();
        assertThat(EventMappings.modeMatches("detain", "arrest")).isTrue();
        assertThat(EventMappings.modeMatches(null, "arrest")).isFalse();
        assertThat(EventMappings.modeMatches("firearms", "explosives")).isFalse();
        // sitrep's trigger lexicon spells some modes its own way
        assertThat(EventMappings.mode("crew-served weapons")).isEqualTo("heavy-weapons");
        assertThat(EventMappings.mode("hunger strike")).isEqualTo("hunger");
        assertThat(EventMappings.mode("confiscate property")).isEqualTo("seize");
        assertThat(EventMappings.mode("destroy property")).isEqualTo("destroy");
        assertThat(EventMappings.mode("demonstrate")).isEqualTo("demo");
        assertThat(EventMappings.mode("suicide")).isEqualTo("suicide-attack");
    }

    @Test
    void aceTypesMapToSitrepsWithRequiredAndOptionalClasses() {
        String s = "Rebels attacked the town and troops withdrew while the minister visited Kabul and 3 people died";
        Mention attack = new Mention("Conflict:Attack", range(s, "attacked"), List.of(arg(s, "Attacker", "Rebels")));
        assertThat(EventMappings.goldClass(attack)).isEqualTo(new EventMappings.GoldClass(Set.of("ASSAULT"), true));
        assertThat(EventMappings.goldClass(new Mention("Conflict:Demonstrate", range(s, "town"), List.of())).types()).containsExactly("PROTEST");
        assertThat(EventMappings.goldClass(new Mention("Contact:Phone-Write", range(s, "town"), List.of())).types()).containsExactly("CONSULT");
        assertThat(EventMappings.goldClass(new Mention("Justice:Arrest-Jail", range(s, "town"), List.of())).types()).containsExactly("COERCE");
        Mention withdrew = new Mention("Movement:Transport", range(s, "withdrew"), List.of(arg(s, "Artifact", "troops")));
        assertThat(EventMappings.goldClass(withdrew)).isEqualTo(new EventMappings.GoldClass(Set.of("RETREAT"), true));
        Mention sent = new Mention("Movement:Transport", range(s, "attacked"), List.of(arg(s, "Artifact", "troops")));
        assertThat(EventMappings.goldClass(sent)).isEqualTo(new EventMappings.GoldClass(Set.of("MOBILIZE"), true));
        Mention visited = new Mention("Movement:Transport", range(s, "visited"), List.of(arg(s, "Artifact", "minister")));
        assertThat(EventMappings.goldClass(visited)).isEqualTo(new EventMappings.GoldClass(Set.of("CONSULT"), false));
        Mention moved = new Mention("Movement:Transport", range(s, "attacked"), List.of(arg(s, "Artifact", "people")));
        assertThat(EventMappings.goldClass(moved)).isEqualTo(EventMappings.GoldClass.NONE);
        Mention died = new Mention("Life:Die", range(s, "died"), List.of(arg(s, "Victim", "people")));
        assertThat(EventMappings.goldClass(died).required()).isFalse();
        assertThat(EventMappings.goldClass(died).types()).containsExactly("ASSAULT", "INCIDENT");
        Mention killed = new Mention("Life:Die", range(s, "died"), List.of(arg(s, "Agent", "Rebels")));
        assertThat(EventMappings.goldClass(killed)).isEqualTo(new EventMappings.GoldClass(Set.of("ASSAULT"), true));
        assertThat(EventMappings.goldClass(new Mention("Transaction:Transfer-Money", range(s, "town"), List.of())))
                .isEqualTo(new EventMappings.GoldClass(Set.of("AID"), false));
        assertThat(EventMappings.goldClass(new Mention("Life:Marry", range(s, "town"), List.of()))).isEqualTo(EventMappings.GoldClass.NONE);
        assertThat(EventMappings.roleClass(new Argument("Attacker", range(s, "Rebels")))).isEqualTo("actor");
        assertThat(EventMappings.roleClass(new Argument("Entity", range(s, "Rebels")))).isEqualTo("actor");
        assertThat(EventMappings.roleClass(new Argument("Person", range(s, "Rebels")))).isEqualTo("target");
        assertThat(EventMappings.roleClass(new Argument("Victim", range(s, "Rebels")))).isEqualTo("target");
        assertThat(EventMappings.roleClass(new Argument("Place", range(s, "Kabul")))).isEqualTo("place");
        assertThat(EventMappings.roleClass(new Argument("Instrument", range(s, "Kabul")))).isNull();
    }

    @Test
    void onlyTypesM2e2AnnotatesAreJudged() {
        assertThat(EventMappings.judged(event("ASSAULT", null, null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("PROTEST", "demo", null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("COERCE", null, null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("COERCE", "arrest", null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("COERCE", "curfew", null, 0.5))).isFalse();
        assertThat(EventMappings.judged(event("RETREAT", "withdraw", null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("RETREAT", "flee", null, 0.5))).isTrue();
        assertThat(EventMappings.judged(event("RETREAT", "release", null, 0.5))).isFalse();
        assertThat(EventMappings.judged(event("AGREE", null, null, 0.5))).isFalse();
        assertThat(EventMappings.judged(event("INCIDENT", "natural disaster", null, 0.5))).isFalse();
    }

    @Test
    void predictedEventsMapToMucIncidentTypes() {
        assertThat(EventMappings.mucType(event("ASSAULT", "firearms", null, 0.5), "", false)).isEqualTo("attack");
        assertThat(EventMappings.mucType(event("ASSAULT", "explosives", null, 0.5), "", false)).isEqualTo("bombing");
        assertThat(EventMappings.mucType(event("ASSAULT", "abduct", null, 0.5), "", false)).isEqualTo("kidnapping");
        assertThat(EventMappings.mucType(event("ASSAULT", "destroy", null, 0.5), "they set fire to the bus", false)).isEqualTo("arson");
        assertThat(EventMappings.mucType(event("ASSAULT", "destroy", null, 0.5), "they blew up the bus", false)).isEqualTo("attack");
        assertThat(EventMappings.mucType(event("INCIDENT", "organized crime", null, 0.5), "gunmen robbed a bank", false)).isEqualTo("robbery");
        assertThat(EventMappings.mucType(event("INCIDENT", "organized crime", null, 0.5), "drug traffickers", false)).isNull();
        assertThat(EventMappings.mucType(event("INCIDENT", "natural disaster", null, 0.5), "an earthquake", false)).isNull();
        assertThat(EventMappings.mucType(event("PROTEST", "strike", null, 0.5), "", false)).isEqualTo("forced work stoppage");
        assertThat(EventMappings.mucType(event("PROTEST", "demo", null, 0.5), "", false)).isNull();
        assertThat(EventMappings.mucType(event("COERCE", "arrest", null, 0.5), "", false)).isNull();
        assertThat(EventMappings.mucType(event("COERCE", "destroy property", null, 0.5), "rebels torched the town hall", false)).isEqualTo("arson");
        assertThat(EventMappings.mucType(event("COERCE", "destroy property", null, 0.5), "troops demolished houses", false)).isNull();
        assertThat(EventMappings.mucType(event("INCIDENT", "man-made disaster", null, 0.5), "terrorists set fire to a bus", false)).isEqualTo("arson");
        assertThat(EventMappings.mucType(event("INCIDENT", "man-made disaster", null, 0.5), "a fire burned the market", false)).isNull();
        assertThat(EventMappings.mucType(event("INCIDENT", "organized crime", null, 0.5), "a bank robbery", false)).isEqualTo("robbery");
        Event clash = new Event("ev1", "ASSAULT", "firearms", List.of(), List.of(), null, null, null, null, null, null,
                "asserted", null, new AcledType("Battles", "Armed clash"), null, List.of(), 0.5);
        assertThat(EventMappings.mucType(clash, "", false)).isNull();
        assertThat(EventMappings.mucType(clash, "", true)).isEqualTo("attack");
        Event ied = new Event("ev1", "ASSAULT", null, List.of(), List.of(), null, null, null, null, null, null, "asserted",
                null, new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED"), null, List.of(), 0.5);
        assertThat(EventMappings.mucType(ied, "", false)).isEqualTo("bombing");
    }

    @Test
    void headWordsOverlap() {
        assertThat(EventMappings.headMatch("Chicago police officers", "officers")).isTrue();
        assertThat(EventMappings.headMatch("Obama", "Barack Obama")).isTrue();
        assertThat(EventMappings.headMatch("Barack Obama's", "Obama")).isTrue();
        assertThat(EventMappings.headMatch("Rodrigo Duterte\u2019s", "duterte")).isTrue();
        assertThat(EventMappings.headMatch("police", "officers")).isFalse();
        assertThat(EventMappings.headMatch("", "officers")).isFalse();
        assertThat(EventMappings.isVictim("jesuit priests", null)).isTrue();
        assertThat(EventMappings.isVictim("the us embassy", null)).isFalse();
        assertThat(EventMappings.isVictim("electric power substation", null)).isFalse();
        assertThat(EventMappings.isVictim("Avianca", "ORGANIZATION")).isFalse();
        assertThat(EventMappings.isVictim("Bank", "PERSON")).isTrue();
    }

    @Test
    void setsAreChosenByName() {
        assertThat(EventsEvaluation.chosenSets(null)).containsExactly("plover", "m2e2", "muc4");
        assertThat(EventsEvaluation.chosenSets("all")).containsExactly("plover", "m2e2", "muc4");
        assertThat(EventsEvaluation.chosenSets("MUC, plover")).containsExactly("muc4", "plover");
        assertThatThrownBy(() -> EventsEvaluation.chosenSets("ace")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Evaluations.byName("events")).get().isInstanceOf(EventsEvaluation.class);
    }

    // ---------------------------------------------------------------- scorers on hand-made data

    private static final List<PloverRecord> PLOVER = List.of(
            new PloverRecord("r1", "Rebels shelled the town.", "2000-01-01", "FIGHT", "ASSAULT", "heavy-weapons", "heavy-weapons"),
            new PloverRecord("r2", "The two ministers met in Paris.", "2000-01-01", "CONSULT", "CONSULT", null, null),
            new PloverRecord("r3", "Farmers demanded higher prices.", "2000-01-01", "DEMAND", "REQUEST", null, null),
            new PloverRecord("r4", "Police fired on protesters.", "2000-01-01", "COERCE", "COERCE", "firearms", "firearms"),
            new PloverRecord("r5", "Police fired on protesters.", "2000-01-01", "FIGHT", "ASSAULT", "firearms", "firearms"));

    @Test
    void ploverPerfectSystemScoresOneAndNothingScoresZero() {
        Function<InputDocument, List<Article>> perfect = doc -> {
            List<Event> events = new ArrayList<>();
            for (PloverRecord r : PLOVER) {
                if (r.text().equals(doc.text())) {
                    events.add(event(r.type(), r.rawMode(), all(doc.text()), 0.95));
                }
            }
            return List.of(article(doc.text(), events));
        };
        PloverScore p = EventsEvaluation.scorePlover(PLOVER, perfect).whole;
        assertThat(p.records).isEqualTo(5);
        assertThat(p.sentences).isEqualTo(4);
        assertThat(p.accuracy()).isEqualTo(1.0);
        assertThat(p.accuracyPredicted()).isEqualTo(1.0);
        assertThat(p.macroF1()).isEqualTo(1.0);
        assertThat(p.modeAccuracy()).isEqualTo(1.0);
        assertThat(p.modeGold).isEqualTo(3);
        assertThat(p.calibration.events[0]).isEqualTo(5);
        assertThat(p.calibration.right[0]).isEqualTo(5);
        assertThat(p.topConfusions(5)).isEmpty();

        PloverScore none = EventsEvaluation.scorePlover(PLOVER, NOTHING).whole;
        assertThat(none.accuracy()).isZero();
        assertThat(none.withPrediction).isZero();
        assertThat(none.macroF1()).isZero();
        assertThat(none.topConfusions(1)).hasSize(1);
    }

    @Test
    void ploverTakesTheBestEventAndCountsConfusions() {
        // r1: best is CONSULT (0.9) over ASSAULT (0.6): wrong; r2: right type, no gold mode; r3: ACCUSE for REQUEST;
        // r4/r5 (one sentence, COERCE and ASSAULT): only ASSAULT predicted, so r5 takes it and r4 takes the best (ASSAULT)
        Function<InputDocument, List<Article>> system = doc -> {
            String t = doc.text();
            List<Event> events = switch (t) {
                case "Rebels shelled the town." -> List.of(event("ASSAULT", "heavy-weapons", all(t), 0.6), event("CONSULT", null, all(t), 0.9));
                case "The two ministers met in Paris." -> List.of(event("CONSULT", "visit", all(t), 0.8));
                case "Farmers demanded higher prices." -> List.of(event("ACCUSE", null, all(t), 0.4));
                default -> List.of(event("ASSAULT", "beat", all(t), 0.7));
            };
            return List.of(article(t, events));
        };
        PloverScore p = EventsEvaluation.scorePlover(PLOVER, system).whole;
        assertThat(p.right).isEqualTo(2);
        assertThat(p.accuracy()).isCloseTo(0.4, within(1e-9));
        assertThat(p.withPrediction).isEqualTo(5);
        assertThat(p.modeGold).isEqualTo(3);
        assertThat(p.modeGoldTypeRight).isEqualTo(1);
        assertThat(p.modeRight).isZero();
        assertThat(p.confusion).containsEntry("ASSAULT -> CONSULT", 1).containsEntry("REQUEST -> ACCUSE", 1)
                .containsEntry("COERCE -> ASSAULT", 1);
        // types gold or predicted: ASSAULT (P 1/2, R 1/2), CONSULT (P 1/2, R 1/1), REQUEST 0, COERCE 0, ACCUSE 0
        assertThat(p.macroF1()).isCloseTo((0.5 + 2.0 / 3.0) / 5, within(1e-9));
        // calibration: 6 events; right when the type is one of the sentence's gold types
        assertThat(p.calibration.events).containsExactly(1, 2, 1, 1);
        assertThat(p.calibration.right).containsExactly(0, 2, 1, 0);
    }

    private static final String S1 = "Police arrested the protesters in Chicago after the march";
    private static final String S2 = "The rebels attacked a convoy near Aleppo and killed two soldiers";
    private static final String S3 = "The weather was fine in Paris";
    private static final String S4 = "Refugees fled to Turkey";

    private static List<Sentence> m2e2Gold() {
        return List.of(
                new Sentence("s1", S1, null, List.of(
                        new Mention("Justice:Arrest-Jail", range(S1, "arrested"), List.of(arg(S1, "Agent", "Police"),
                                arg(S1, "Person", "protesters"), arg(S1, "Place", "Chicago"))),
                        new Mention("Conflict:Demonstrate", range(S1, "march"), List.of(arg(S1, "Entity", "protesters"))))),
                new Sentence("s2", S2, null, List.of(
                        new Mention("Conflict:Attack", range(S2, "attacked"), List.of(arg(S2, "Attacker", "rebels"),
                                arg(S2, "Target", "convoy"), arg(S2, "Place", "Aleppo"))),
                        new Mention("Life:Die", range(S2, "killed"), List.of(arg(S2, "Agent", "rebels"), arg(S2, "Victim", "soldiers"))))),
                new Sentence("s3", S3, null, List.of()),
                new Sentence("s4", S4, null, List.of(new Mention("Movement:Transport", range(S4, "fled"),
                        List.of(arg(S4, "Artifact", "Refugees"), arg(S4, "Destination", "Turkey"))))));
    }

    /** One event per required mention, with its gold arguments (a sentence is known by its id: some texts repeat). */
    private static Function<InputDocument, List<Article>> m2e2Perfect(List<Sentence> gold) {
        Map<String, Sentence> byPath = new HashMap<>();
        gold.forEach(s -> byPath.put("m2e2/" + s.id(), s));
        return doc -> {
            Sentence s = byPath.get(doc.path());
            List<Event> events = new ArrayList<>();
            for (Mention m : s.mentions()) {
                EventMappings.GoldClass c = EventMappings.goldClass(m);
                if (!c.required()) {
                    continue;
                }
                List<String> actors = m.arguments().stream().filter(a -> "actor".equals(EventMappings.roleClass(a))).map(Argument::text).toList();
                List<String> targets = m.arguments().stream().filter(a -> "target".equals(EventMappings.roleClass(a))).map(Argument::text).toList();
                String place = m.arguments().stream().filter(a -> "place".equals(EventMappings.roleClass(a))).map(Argument::text).findFirst().orElse(null);
                String type = c.types().iterator().next();
                events.add(event(type, null, type.equals("CONSULT") ? List.of() : actors, type.equals("CONSULT") ? actors : targets,
                        place, all(doc.text()), 0.95));
            }
            return List.of(article(doc.text(), events));
        };
    }

    @Test
    void m2e2PerfectSystemScoresOneAndNothingFindsNothing() {
        List<Sentence> gold = m2e2Gold();
        M2e2Score p = EventsEvaluation.scoreM2e2(gold, m2e2Perfect(gold)).whole;
        assertThat(p.required).isEqualTo(4);
        assertThat(p.optional).isZero();
        assertThat(p.sentencesWithEvent).isEqualTo(3);
        assertThat(p.typed.precision()).isEqualTo(1.0);
        assertThat(p.typed.recall()).isEqualTo(1.0);
        assertThat(p.oneToOne.f1()).isEqualTo(1.0);
        assertThat(p.untyped.f1()).isEqualTo(1.0);
        for (String role : EventMappings.ROLES) {
            assertThat(p.arguments.get(role).f1()).as(role).isEqualTo(1.0);
        }
        assertThat(p.arguments.get("actor").gold).isEqualTo(4);
        assertThat(p.arguments.get("target").gold).isEqualTo(3);
        assertThat(p.arguments.get("place").gold).isEqualTo(2);
        assertThat(p.calibration.right[0]).isEqualTo(4);

        M2e2Score none = EventsEvaluation.scoreM2e2(gold, NOTHING).whole;
        assertThat(none.typed.recall()).isZero();
        assertThat(none.typed.gold).isEqualTo(4);
        assertThat(none.untyped.recall()).isZero();
        assertThat(none.arguments.get("actor").recall()).isZero();
        assertThat(none.typed.predicted).isZero();
    }

    @Test
    void m2e2CountsFalsePositivesOnlyForJudgedTypesAndMergedEventsFindSeveralMentions() {
        List<Sentence> gold = m2e2Gold();
        Function<InputDocument, List<Article>> system = doc -> {
            String t = doc.text();
            List<Event> events = switch (t) {
                // one COERCE event, its actor right, its target wrong; the march missed
                case S1 -> List.of(event("COERCE", "arrest", List.of("Chicago police"), List.of("marchers"), "Chicago", all(t), 0.95));
                // one ASSAULT covering both the attack and the killing (ACE's two triggers), evidence a part of the sentence
                case S2 -> List.of(event("ASSAULT", "firearms", List.of("Syrian rebels"), List.of("two soldiers"), null,
                        new Span(0, t.length(), t), 0.8));
                // a false positive of a judged type, and an unjudged AGREE that is left out
                case S3 -> List.of(event("PROTEST", "demo", all(t), 0.6), event("AGREE", null, all(t), 0.9));
                // refugees fleeing is no PLOVER event: a MOBILIZE there is wrong
                default -> List.of(event("MOBILIZE", "troops", all(t), 0.3));
            };
            return List.of(article(t, events));
        };
        M2e2Score p = EventsEvaluation.scoreM2e2(gold, system).whole;
        assertThat(p.predictedEvents).isEqualTo(5);
        assertThat(p.typed.predicted).isEqualTo(4);
        assertThat(p.typed.predictedRight).isEqualTo(2);
        assertThat(p.typed.gold).isEqualTo(4);
        assertThat(p.typed.goldFound).isEqualTo(3);
        assertThat(p.oneToOne.predictedRight).isEqualTo(2);
        assertThat(p.untyped.goldFound).isEqualTo(4);
        assertThat(p.untyped.predicted).isEqualTo(4);
        assertThat(p.untyped.predictedRight).isEqualTo(2);
        // actors: "Chicago police" ~ Police, "Syrian rebels" ~ rebels (attack and killing): 2/2 predicted, 3/4 gold
        assertThat(p.arguments.get("actor").predictedRight).isEqualTo(2);
        assertThat(p.arguments.get("actor").goldFound).isEqualTo(3);
        // targets: "marchers" is not "protesters"; "two soldiers" ~ soldiers
        assertThat(p.arguments.get("target").predicted).isEqualTo(2);
        assertThat(p.arguments.get("target").predictedRight).isEqualTo(1);
        assertThat(p.arguments.get("target").goldFound).isEqualTo(1);
        assertThat(p.arguments.get("place").predictedRight).isEqualTo(1);
        assertThat(p.arguments.get("place").goldFound).isEqualTo(1);
        assertThat(p.byClass.get("PROTEST").gold).isEqualTo(1);
        assertThat(p.byClass.get("PROTEST").predicted).isEqualTo(1);
        assertThat(p.byClass.get("PROTEST").predictedRight).isZero();
        assertThat(p.calibration.events).containsExactly(1, 1, 1, 1);
        assertThat(p.calibration.right).containsExactly(1, 1, 0, 0);
    }

    @Test
    void m2e2OptionalMentionsExcuseTheirMatchesAndCostNothing() {
        String s = "Two people died in the floods";
        Sentence died = new Sentence("d", s, null, List.of(new Mention("Life:Die", range(s, "died"), List.of(arg(s, "Victim", "people")))));
        M2e2Score p = new M2e2Score();
        p.add(died, EventScores.predicted(List.of(article(s, List.of(event("INCIDENT", "natural disaster", all(s), 0.9)))), s));
        p.add(died, EventScores.predicted(List.of(article(s, List.of(event("ASSAULT", null, all(s), 0.9)))), s));
        assertThat(p.optional).isEqualTo(2);
        assertThat(p.typed.predicted).isZero();
        assertThat(p.typed.gold).isZero();
        // an ASSAULT not covering the trigger is a false positive
        p.add(died, EventScores.predicted(List.of(article(s, List.of(event("ASSAULT", null, new Span(0, 3, "Two"), 0.9)))), s));
        assertThat(p.typed.predicted).isEqualTo(1);
        assertThat(p.typed.predictedRight).isZero();
    }

    private static final String D1 = "guerrillas set fire to the bus and kidnapped the mayor of the town";
    private static final String D2 = "the president met the ambassador";

    private static List<Document> mucGold() {
        Filler guerrillas = new Filler(List.of("guerrillas"));
        return List.of(
                new Document("d1", "train", D1, List.of("arson", "kidnapping"), List.of(
                        new Template("arson", List.of(guerrillas), List.of(new Filler(List.of("the bus", "bus"))), List.of()),
                        new Template("kidnapping", List.of(guerrillas), List.of(), List.of(new Filler(List.of("mayor")))))),
                new Document("d2", "dev", D2, List.of(), List.of()));
    }

    @Test
    void mucPerfectSystemScoresOneAndNothingOnlyGetsTheNegatives() {
        Function<InputDocument, List<Article>> perfect = doc -> {
            if (!doc.text().equals(D1)) {
                return List.of(article(doc.text(), List.of(event("CONSULT", "visit", all(doc.text()), 0.9))));
            }
            return List.of(article(D1, List.of(
                    event("ASSAULT", "destroy", List.of("guerrillas"), List.of("bus"), null, new Span(0, 35, D1.substring(0, 35)), 0.9),
                    event("ASSAULT", "abduct", List.of("the guerrillas"), List.of("the mayor"), null, all(D1), 0.8))));
        };
        MucScore p = EventsEvaluation.scoreMuc(mucGold(), perfect).whole;
        assertThat(p.documents).isEqualTo(2);
        assertThat(p.withIncident).isEqualTo(1);
        assertThat(p.hasIncident.f1()).isEqualTo(1.0);
        assertThat(p.hasIncident.predicted).isEqualTo(1);
        assertThat(p.bestAccuracy()).isEqualTo(1.0);
        assertThat(p.exactAccuracy()).isEqualTo(1.0);
        assertThat(p.typesMicro.f1()).isEqualTo(1.0);
        assertThat(p.byType.get("arson").f1()).isEqualTo(1.0);
        for (String role : List.of("perpetrator", "target", "victim", "target+victim")) {
            assertThat(p.roles.get(role).f1()).as(role).isEqualTo(1.0);
        }
        assertThat(p.roles.get("perpetrator").predicted).isEqualTo(1);

        MucScore none = EventsEvaluation.scoreMuc(mucGold(), NOTHING).whole;
        assertThat(none.hasIncident.recall()).isZero();
        assertThat(none.bestAccuracy()).isEqualTo(0.5);
        assertThat(none.exactRight).isEqualTo(1);
        assertThat(none.roles.get("perpetrator").recall()).isZero();
        assertThat(none.confusion).containsEntry("arson -> none", 1);
    }

    @Test
    void aDocumentTheSystemFailsOnIsCountedAndScoredAsPredictingNothing() {
        Function<InputDocument, List<Article>> failing = doc -> {
            if (doc.text().equals(D2)) {
                throw new IndexOutOfBoundsException("Index -1 out of bounds for length 10");
            }
            return List.of(article(doc.text(), List.of(event("ASSAULT", "abduct", all(doc.text()), 0.9))));
        };
        Scoped<MucScore> s = EventsEvaluation.scoreMuc(mucGold(), failing);
        assertThat(s.failed).isEqualTo(1);
        assertThat(s.inputs).isEqualTo(2);
        assertThat(s.whole.documents).isEqualTo(2);
        assertThat(s.whole.hasIncident.predicted).isEqualTo(1);
        assertThat(s.speed("documents")).contains("FAILED on 1");
        // the failure is placed at sitrep's own frame, past the model's checks
        IllegalArgumentException bad = new IllegalArgumentException("bad span [3, 2)");
        bad.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.sitrep.model.Span", "<init>", "Span.java", 20),
                new StackTraceElement("org.sitrep.annotate.events.Participants", "one", "Participants.java", 99)});
        assertThat(EventsEvaluation.where(bad)).isEqualTo(" at org.sitrep.annotate.events.Participants.one(Participants.java:99)");
        assertThat(EventsEvaluation.where(new RuntimeException())).doesNotContain("org.sitrep.model");
    }

    @Test
    void mucNegativesCountFalsePositives() {
        Function<InputDocument, List<Article>> system = doc -> List.of(article(doc.text(),
                List.of(event("ASSAULT", "explosives", List.of("the president"), List.of(), null, all(doc.text()), 0.9))));
        MucScore p = EventsEvaluation.scoreMuc(mucGold(), system).whole;
        assertThat(p.hasIncident.predicted).isEqualTo(2);
        assertThat(p.hasIncident.predictedRight).isEqualTo(1);
        assertThat(p.hasIncident.precision()).isEqualTo(0.5);
        assertThat(p.bestRight).isZero();
        assertThat(p.byType.get("bombing").predicted).isEqualTo(2);
        assertThat(p.roles.get("perpetrator").predicted).isEqualTo(2);
        assertThat(p.roles.get("perpetrator").predictedRight).isZero();
    }

    @Test
    void partiesGoByTheirEntitysNamesToo() {
        String t = "Kim Jong Un met Putin.";
        Entity kim = new Entity("e1", "PERSON", "Kim Jong Un", List.of("Kim"), null, null, "KP", null, List.of());
        Event e = new Event("ev1", "ASSAULT", null, List.of(new Participant("he", "e1", "KP")), List.of(), null, null, null,
                null, null, null, "asserted", null, null, all(t), List.of(), 0.5);
        List<EventScores.Predicted> p = EventScores.predicted(List.of(Article.builder().body(t).entities(List.of(kim)).events(List.of(e)).build()), t);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).actors().get(0).names()).containsExactly("he", "Kim Jong Un", "Kim");
        assertThat(p.get(0).actors().get(0).entityType()).isEqualTo("PERSON");
        assertThat(p.get(0).evidence()).isEqualTo(t);
    }

    @Test
    void printsEveryFigureForTheWholeAndEachHalf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<Sentence> gold = m2e2Gold();
        EventsEvaluation.printPlover(EventsEvaluation.scorePlover(PLOVER, NOTHING), out);
        EventsEvaluation.printM2e2(EventsEvaluation.scoreM2e2(gold, m2e2Perfect(gold)), out);
        EventsEvaluation.printMuc(EventsEvaluation.scoreMuc(mucGold(), NOTHING), out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("PLOVER gold records: 5 records (4 sentences)", "type accuracy", "macro-F1", "mode accuracy",
                "confusion", "detection, typed ", "detection, untyped", "argument actor", "argument place",
                "has an incident", "incident type accuracy", "perpetrator", "target+victim", "calibration, checking half",
                ">= 0.9", "tuning half", "checking half");
        assertThat(text.lines().filter(l -> l.contains("tuning half")).count()).isEqualTo(3);
    }

    // ---------------------------------------------------------------- the shared data

    private static Path events() {
        String shared = System.getProperty("sitrep.shared");
        Path data = shared == null ? null : Path.of(shared, "data", "events");
        assumeTrue(data != null && Files.isDirectory(data), "skipped: shared event data not found at " + data);
        return data;
    }

    @Test
    void readsThePloverGoldRecords() throws Exception {
        Path file = events().resolve("plover/PLOVER_GSR_CAMEO.txt");
        assumeTrue(Files.isRegularFile(file), "skipped: no " + file);
        List<PloverRecord> records = EventGold.plover(file);
        assertThat(records).hasSize(322);
        PloverRecord first = records.get(0);
        assertThat(first.id()).isEqualTo("PLOVER-GSR01-AGREE-0001");
        assertThat(first.type()).isEqualTo("AGREE");
        assertThat(first.date()).isEqualTo("2000-01-01");
        assertThat(first.text()).startsWith("Senior Hungarian and Romanian officials agreed on Wednesday");
        assertThat(records).extracting(PloverRecord::type).doesNotContain("FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE", "DOCUMENT");
        assertThat(records.stream().filter(r -> r.rawType().equals("FIGHT"))).hasSize(17).allMatch(r -> r.type().equals("ASSAULT"));
        assertThat(records.stream().filter(r -> r.type().equals("ACCUSE"))).hasSize(25).allMatch(r -> r.mode() != null);
        assertThat(records).extracting(PloverRecord::type).allMatch(EventMappings.TYPES::contains);
        assertThat(records.stream().filter(r -> r.id().equals("PLOVER-GSR01-FIGHT-0006")).findFirst()).get()
                .satisfies(r -> assertThat(r.mode()).isEqualTo("firearms"));
    }

    @Test
    void mergesTheTwoM2e2FilesBySentenceId() throws Exception {
        Path folder = events().resolve("m2e2");
        assumeTrue(Files.isDirectory(folder), "skipped: no " + folder);
        List<Sentence> sentences = EventGold.m2e2(folder);
        assertThat(sentences).hasSize(6167);
        assertThat(sentences.stream().mapToInt(s -> s.mentions().size()).sum()).isEqualTo(1297);
        assertThat(sentences.stream().filter(s -> !s.mentions().isEmpty())).hasSize(1086);
        assertThat(sentences.stream().map(Sentence::id).distinct()).hasSize(6167);
        Map<String, Long> byType = new HashMap<>();
        sentences.forEach(s -> s.mentions().forEach(m -> byType.merge(m.aceType(), 1L, Long::sum)));
        assertThat(byType).containsEntry("Conflict:Attack", 326L).containsEntry("Movement:Transport", 246L)
                .containsEntry("Life:Die", 210L).containsEntry("Contact:Phone-Write", 49L);
        assertThat(sentences.stream().mapToLong(s -> s.mentions().stream().mapToLong(m -> m.arguments().size()).sum()).sum())
                .isEqualTo(1966);
        // every trigger and argument stands at its characters of the sentence
        ObjectMapper json = new ObjectMapper();
        for (Sentence s : sentences) {
            for (Mention m : s.mentions()) {
                assertThat(s.text().substring(m.trigger().start(), m.trigger().end())).isEqualTo(m.trigger().text());
                assertThat(m.trigger().text()).isNotBlank();
            }
        }
        Sentence custody = sentences.stream().filter(s -> s.id().equals("VOA_EN_NW_2015.11.26.3074855_5")).findFirst().orElseThrow();
        assertThat(custody.date()).isEqualTo("2015-11-26");
        Mention arrest = custody.mentions().stream().filter(m -> m.aceType().equals("Justice:Arrest-Jail")).findFirst().orElseThrow();
        assertThat(arrest.trigger().text()).isEqualTo("custody");
        assertThat(arrest.arguments()).extracting(Argument::role, Argument::text)
                .contains(org.assertj.core.groups.Tuple.tuple("Person", "man"), org.assertj.core.groups.Tuple.tuple("Agent", "officers"));
        // the argument texts are the files' own
        String line = Files.lines(folder.resolve("text_multimedia_event.jsonl")).findFirst().orElseThrow();
        var node = json.readTree(line);
        Sentence same = sentences.stream().filter(s -> s.id().equals(node.get("sentence_id").asText())).findFirst().orElseThrow();
        assertThat(same.text()).isEqualTo(node.get("sentence").asText());
    }

    @Test
    void readsTheMucDocumentsAndTemplates() throws Exception {
        Path folder = events().resolve("muc4");
        assumeTrue(Files.isDirectory(folder), "skipped: no " + folder);
        List<Document> docs = EventGold.muc4(folder);
        assertThat(docs).hasSize(1500);
        assertThat(docs.subList(0, 1300)).allMatch(d -> d.split().equals("train"));
        assertThat(docs.stream().filter(d -> d.templates().isEmpty())).hasSize(684);
        assertThat(docs.stream().mapToInt(d -> d.templates().size()).sum()).isEqualTo(1305);
        Document tst1 = docs.stream().filter(d -> d.id().equals("TST1-MUC3-0001")).findFirst().orElseThrow();
        assertThat(tst1.split()).isEqualTo("dev");
        assertThat(tst1.types()).containsExactly("attack", "arson", "robbery");
        assertThat(tst1.text()).startsWith("the guatemala army denied today");
        assertThat(tst1.fillers("perpetrator")).extracting(Filler::mentions)
                .contains(List.of("guerrillas", "guerrilla column"), List.of("guatemalan national revolutionary unity", "urng"),
                        List.of("guerrillas"));
        assertThat(tst1.fillers("victim")).extracting(Filler::mentions).containsExactly(List.of("cerezo"));
        assertThat(tst1.fillers("target")).extracting(Filler::mentions).contains(List.of("tank truck", "truck"));
        assertThat(docs.stream().filter(d -> d.templates().stream().anyMatch(t -> t.type().contains("/"))))
                .allMatch(d -> d.types().containsAll(List.of("bombing", "attack")));
        assertThat(docs.stream().flatMap(d -> d.types().stream()).distinct()).allMatch(EventMappings.MUC_TYPES::contains);
    }

    @Test
    void devSplitHalvesOfTheEventSetsArePinned() throws Exception {
        Path data = events();
        assumeTrue(Files.isDirectory(data.resolve("m2e2")) && Files.isDirectory(data.resolve("muc4"))
                && Files.isRegularFile(data.resolve("plover/PLOVER_GSR_CAMEO.txt")), "skipped: an event set is missing");
        assertThat(halves(EventGold.plover(data.resolve("plover/PLOVER_GSR_CAMEO.txt")).stream().map(PloverRecord::id).toList()))
                .containsExactly(165, 157);
        assertThat(halves(EventGold.m2e2(data.resolve("m2e2")).stream().map(Sentence::id).toList())).containsExactly(3065, 3102);
        assertThat(halves(EventGold.muc4(data.resolve("muc4")).stream().map(Document::id).toList())).containsExactly(729, 771);
        assertThat(DevSplit.of("PLOVER-GSR01-AGREE-0001")).isEqualTo(Half.TUNING);
        assertThat(DevSplit.of("VOA_EN_NW_2016.04.19.3291980_0")).isEqualTo(Half.CHECKING);
        assertThat(DevSplit.of("DEV-MUC3-0001")).isEqualTo(Half.TUNING);
        assertThat(DevSplit.of("TST1-MUC3-0001")).isEqualTo(Half.TUNING);
    }

    private static int[] halves(List<String> ids) {
        int t = (int) ids.stream().filter(DevSplit::isTuning).count();
        return new int[] {t, ids.size() - t};
    }

    /**
     * The whole of each set against a system built from its own gold: the readers, the mappings and the scorers agree
     * with one another on the real data (what a perfect events stage would score).
     */
    @Test
    void aSystemThatKnowsTheGoldScoresOneOnTheRealData() throws Exception {
        Path data = events();
        assumeTrue(Files.isDirectory(data.resolve("m2e2")) && Files.isDirectory(data.resolve("muc4"))
                && Files.isRegularFile(data.resolve("plover/PLOVER_GSR_CAMEO.txt")), "skipped: an event set is missing");
        List<PloverRecord> records = EventGold.plover(data.resolve("plover/PLOVER_GSR_CAMEO.txt"));
        Function<InputDocument, List<Article>> plover = doc -> List.of(article(doc.text(), records.stream()
                .filter(r -> r.text().strip().equals(doc.text().strip()))
                .map(r -> event(r.type(), r.mode(), all(doc.text()), 0.95)).toList()));
        Scoped<PloverScore> p = EventsEvaluation.scorePlover(records, plover);
        assertThat(p.whole.accuracy()).isEqualTo(1.0);
        assertThat(p.whole.macroF1()).isEqualTo(1.0);
        assertThat(p.whole.modeAccuracy()).isEqualTo(1.0);
        assertThat(p.half(Half.CHECKING).records + p.half(Half.TUNING).records).isEqualTo(322);

        List<Sentence> sentences = EventGold.m2e2(data.resolve("m2e2"));
        Scoped<M2e2Score> m = EventsEvaluation.scoreM2e2(sentences, m2e2Perfect(sentences));
        assertThat(m.whole.typed.f1()).isEqualTo(1.0);
        assertThat(m.whole.oneToOne.f1()).isEqualTo(1.0);
        assertThat(m.whole.untyped.f1()).isEqualTo(1.0);
        assertThat(m.whole.arguments.get("actor").f1()).isEqualTo(1.0);
        assertThat(m.whole.arguments.get("target").f1()).isEqualTo(1.0);
        // a mention with two places gets one from this system
        assertThat(m.whole.arguments.get("place").precision()).isEqualTo(1.0);
        assertThat(m.whole.arguments.get("place").recall()).isGreaterThan(0.98);
        assertThat(m.whole.sentences).isEqualTo(6167);
    }
}
