package org.sitrep.eval.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.link.coref.CorefDocument;
import org.sitrep.link.coref.Mention;

/**
 * Reads the Gun Violence Corpus as Diverse_CDCR_datasets parsed it: the tokens from {@code dataset.conll}
 * (document key {@code topic/incident/doc}, sentence, token, word, chain; the converter's {@code //n} paragraph
 * marks become empty tokens so positions stay) and the gold event mentions from {@code event_mentions.json}
 * ({@code doc_id}, {@code sent_id}, {@code tokens_number}, {@code mention_head_id}, {@code coref_chain}). A
 * document's topic is its incident (the key's middle part), which the tuning/checking split goes by.
 */
public final class GvcReader {

    private GvcReader() {
    }

    public static CorefCorpus read(Path gvc) throws IOException {
        Path conll = gvc.resolve("dataset.conll");
        Path json = gvc.resolve("event_mentions.json");
        if (!Files.exists(conll) || !Files.exists(json)) {
            throw new IOException("no GVC under " + gvc + " (expected dataset.conll and event_mentions.json)");
        }
        Map<String, TreeMap<Integer, TreeMap<Integer, String>>> tokens = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 4) {
                    continue;
                }
                String[] key = cells[0].split("/");
                String doc = key[key.length - 1];
                topics.putIfAbsent(doc, key.length > 1 ? key[1] : key[0]);
                String word = cells[3].equals("//n") ? "" : cells[3];
                tokens.computeIfAbsent(doc, k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(cells[1]), k -> new TreeMap<>())
                        .put(Integer.parseInt(cells[2]), word);
            }
        }
        List<CorefDocument> documents = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, TreeMap<Integer, String>>> doc : tokens.entrySet()) {
            List<List<String>> sentences = new ArrayList<>();
            int last = doc.getValue().lastKey();
            for (int s = 0; s <= last; s++) {
                TreeMap<Integer, String> words = doc.getValue().getOrDefault(s, new TreeMap<>());
                List<String> list = new ArrayList<>();
                int top = words.isEmpty() ? -1 : words.lastKey();
                for (int n = 0; n <= top; n++) {
                    list.add(words.getOrDefault(n, ""));
                }
                sentences.add(list);
            }
            documents.add(new CorefDocument(doc.getKey(), sentences));
        }
        List<CorefCorpus.GoldMention> mentions = new ArrayList<>();
        JsonNode records = new ObjectMapper().readTree(json.toFile());
        int index = 0;
        for (JsonNode record : records) {
            String doc = record.path("doc_id").asText();
            if (!topics.containsKey(doc)) {
                throw new IOException(json + ": mention " + index + " names document " + doc + ", not in dataset.conll");
            }
            List<Integer> positions = new ArrayList<>();
            record.path("tokens_number").forEach(n -> positions.add(n.asInt()));
            int head = record.has("mention_head_id") ? record.get("mention_head_id").asInt() : -1;
            String id = record.path("mention_id").asText("gvc" + index);
            mentions.add(new CorefCorpus.GoldMention(new Mention(id, doc, record.path("sent_id").asInt(), positions,
                    positions.contains(head) ? head : -1, Mention.Kind.EVENT), record.path("coref_chain").asText()));
            index++;
        }
        return new CorefCorpus("GVC dev", documents, topics, mentions);
    }
}
