package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers of the three event dev sets under {@code ../shared/data/events/} (see its README.md and each folder's
 * SOURCE), as {@link EventsEvaluation} scores them. Each record keeps the id that {@link DevSplit} splits on.
 */
final class EventGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventGold() {
    }

    // ---------------------------------------------------------------- PLOVER

    /**
     * One gold-coded sentence of {@code plover/PLOVER_GSR_CAMEO.txt} (the CAMEO manual's examples coded in PLOVER 0.6).
     *
     * @param id      the record's id ({@code PLOVER-GSR01-AGREE-0001}): its {@link DevSplit} id
     * @param date    the record's {@code date} (every record has the placeholder 2000-01-01), or null
     * @param rawType the record's {@code event} as written (PLOVER 0.6: FIGHT, DEMAND, DISAPPROVE, INVESTIGATE, ...)
     * @param type    that type in DESIGN.md's 16 ({@link EventMappings#ploverType})
     * @param rawMode the record's {@code mode}, or null where it has none or an empty one
     * @param mode    that mode in PLOVER 0.8's words ({@link EventMappings#ploverMode}), or null where it has none
     */
    record PloverRecord(String id, String text, String date, String rawType, String type, String rawMode, String mode) {
    }

    /**
     * The file's records in file order, less its DOCUMENT record (the file's own documentation, no sentence): 322 on
     * the shared copy.
     */
    static List<PloverRecord> plover(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!root.isArray()) {
            throw new IOException(file + ": expected a JSON array of records");
        }
        List<PloverRecord> out = new ArrayList<>();
        for (JsonNode r : root) {
            String rawType = text(r, "event");
            String text = text(r, "text");
            String type = EventMappings.ploverType(rawType);
            if (type == null || text == null || text.isBlank()) {
                continue;
            }
            String rawMode = text(r, "mode");
            if (rawMode != null && rawMode.isBlank()) {
                rawMode = null;
            }
            out.add(new PloverRecord(text(r, "id"), text, text(r, "date"), rawType, type, rawMode,
                    EventMappings.ploverMode(rawType, rawMode)));
        }
        return out;
    }

    // ---------------------------------------------------------------- M2E2

    /** A half-open character range of a sentence's text, with the text it covers. */
    record Range(int start, int end, String text) {
    }

    /**
     * A gold argument of an event mention.
     *
     * @param role  ACE's role (Attacker, Target, Victim, Agent, Entity, Person, Place, ...)
     * @param range where it stands in the sentence (characters)
     */
    record Argument(String role, Range range) {
        String text() {
            return range.text();
        }
    }

    /**
     * A gold event mention: ACE type, trigger and arguments, located by characters in the sentence's text.
     *
     * @param aceType ACE's type and subtype ({@code Conflict:Attack})
     */
    record Mention(String aceType, Range trigger, List<Argument> arguments) {
    }

    /**
     * One M2E2 sentence with the union of its gold event mentions from both files.
     *
     * @param id   its {@code sentence_id} ({@code VOA_EN_NW_2015.11.26.3074855_5}): its {@link DevSplit} id
     * @param date the article's date read from the id ({@code 2015-11-26}), or null
     */
    record Sentence(String id, String text, String date, List<Mention> mentions) {
    }

    private static final Pattern VOA_DATE = Pattern.compile("_(\\d{4})\\.(\\d{2})\\.(\\d{2})\\.");

    /**
     * {@code text_only_event.jsonl} then {@code text_multimedia_event.jsonl}, merged by {@code sentence_id} (first seen
     * order) with the union of their {@code golden-event-mentions} (a mention in both files is kept once): 6,167
     * sentences and 1,297 mentions on the shared copy. Token positions become character offsets into the sentence
     * ({@code index} holds each token's first and last character in the article, {@code sentence_start} the sentence's
     * first); the sentence's final full stop is a token that lies past the sentence's text, and no gold span ends there.
     */
    static List<Sentence> m2e2(Path folder) throws IOException {
        Map<String, SentenceBuilder> byId = new LinkedHashMap<>();
        for (String name : List.of("text_only_event.jsonl", "text_multimedia_event.jsonl")) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException("missing " + file + " (M2E2 is scored on both files merged)");
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode r = JSON.readTree(line);
                    String id = text(r, "sentence_id");
                    SentenceBuilder b = byId.computeIfAbsent(id, k -> new SentenceBuilder(id, text(r, "sentence")));
                    int base = r.path("sentence_start").asInt();
                    JsonNode index = r.path("index");
                    for (JsonNode m : r.path("golden-event-mentions")) {
                        if (b.seen.add(m.toString())) {
                            b.mentions.add(mention(m, index, base, b.text));
                        }
                    }
                }
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (SentenceBuilder b : byId.values()) {
            Matcher d = VOA_DATE.matcher(b.id);
            String date = d.find() ? d.group(1) + "-" + d.group(2) + "-" + d.group(3) : null;
            out.add(new Sentence(b.id, b.text, date, List.copyOf(b.mentions)));
        }
        return out;
    }

    private static final class SentenceBuilder {
        final String id;
        final String text;
        final Set<String> seen = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        SentenceBuilder(String id, String text) {
            this.id = id;
            this.text = text == null ? "" : text;
        }
    }

    private static Mention mention(JsonNode m, JsonNode index, int base, String sentence) {
        JsonNode t = m.path("trigger");
        Range trigger = range(t.path("start").asInt(), t.path("end").asInt(), index, base, sentence);
        List<Argument> args = new ArrayList<>();
        for (JsonNode a : m.path("arguments")) {
            args.add(new Argument(text(a, "role"), range(a.path("start").asInt(), a.path("end").asInt(), index, base, sentence)));
        }
        return new Mention(text(m, "event_type"), trigger, List.copyOf(args));
    }

    /** Tokens [first, end) as characters of the sentence. */
    private static Range range(int first, int end, JsonNode index, int base, String sentence) {
        int last = Math.max(first, end - 1);
        int start = Math.min(sentence.length(), Math.max(0, index.path(first).path(0).asInt() - base));
        int stop = Math.min(sentence.length(), Math.max(start, index.path(last).path(1).asInt() - base + 1));
        return new Range(start, stop, sentence.substring(start, stop));
    }

    // ---------------------------------------------------------------- MUC-4

    /** A gold role filler: one entity, as its coreferent mentions' texts. */
    record Filler(List<String> mentions) {
    }

    /**
     * One MUC-4 incident template.
     *
     * @param type         the incident type as written ({@code attack}, {@code bombing / attack}, ...)
     * @param perpetrators PerpInd and PerpOrg fillers together
     */
    record Template(String type, List<Filler> perpetrators, List<Filler> targets, List<Filler> victims) {
    }

    /**
     * One MUC-4 document (lower-cased text).
     *
     * @param id        its {@code docid} ({@code DEV-MUC3-0001}, {@code TST1-MUC3-0001}): its {@link DevSplit} id
     * @param split     the GTT file it came from: train (MUC's DEV) or dev (TST1+TST2)
     * @param types     the distinct incident types of its templates, a "bombing / attack" template giving both; empty for a
     *                  document that reports no incident
     */
    record Document(String id, String split, String text, List<String> types, List<Template> templates) {

        /** The document's fillers of one role, over all its templates, each entity once (by its mentions). */
        List<Filler> fillers(String role) {
            Map<List<String>, Filler> out = new LinkedHashMap<>();
            for (Template t : templates) {
                List<Filler> of = switch (role) {
                    case "perpetrator" -> t.perpetrators();
                    case "target" -> t.targets();
                    case "victim" -> t.victims();
                    default -> throw new IllegalArgumentException("no role " + role);
                };
                for (Filler f : of) {
                    out.putIfAbsent(f.mentions(), f);
                }
            }
            return List.copyOf(out.values());
        }
    }

    /** {@code train.json} (1,300 documents) then {@code dev.json} (200), in file order. */
    static List<Document> muc4(Path folder) throws IOException {
        List<Document> out = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            Path file = folder.resolve(split + ".json");
            if (!Files.isRegularFile(file)) {
                throw new IOException("missing " + file);
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(document(JSON.readTree(line), split));
                    }
                }
            }
        }
        return out;
    }

    static Document document(JsonNode r, String split) {
        List<Template> templates = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode t : r.path("templates")) {
            String type = text(t, "incident_type");
            for (String part : type == null ? new String[0] : type.split("/")) {
                if (!part.isBlank()) {
                    types.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
            List<Filler> perps = new ArrayList<>(fillers(t.path("PerpInd")));
            perps.addAll(fillers(t.path("PerpOrg")));
            templates.add(new Template(type, List.copyOf(perps), fillers(t.path("Target")), fillers(t.path("Victim"))));
        }
        return new Document(text(r, "docid"), split, text(r, "doctext"), List.copyOf(types), List.copyOf(templates));
    }

    private static List<Filler> fillers(JsonNode role) {
        List<Filler> out = new ArrayList<>();
        for (JsonNode entity : role) {
            List<String> mentions = new ArrayList<>();
            for (JsonNode m : entity) {
                String s = m.path(0).asText(null);
                if (s != null && !s.isBlank()) {
                    mentions.add(s);
                }
            }
            if (!mentions.isEmpty()) {
                out.add(new Filler(List.copyOf(mentions)));
            }
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
