package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.InputDocument;

/**
 * JSON Lines: one object per line with {@code text} or {@code html}, and optionally {@code url},
 * {@code title}, {@code published} and {@code retrieved_at}.
 */
public final class JsonLinesReader implements DocumentReader {

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String all = TextDecoder.decode(bytes, "UTF-8").text();
        List<InputDocument> docs = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String[] lines = all.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = ArticleJson.mapper().readTree(line);
                boolean html = node.hasNonNull("html");
                String text = html ? node.get("html").asText() : node.path("text").asText("");
                if (text.isBlank()) {
                    bad.add("line " + (i + 1) + ": no text or html");
                    continue;
                }
                Instant retrieved = options.retrievedAt();
                if (node.hasNonNull("retrieved_at")) {
                    retrieved = Instant.parse(node.get("retrieved_at").asText());
                }
                String published = node.hasNonNull("published") ? node.get("published").asText() : options.published();
                String url = node.hasNonNull("url") ? node.get("url").asText() : options.url();
                String title = node.hasNonNull("title") ? node.get("title").asText() : null;
                docs.add(new InputDocument(options.path() + "#line" + (i + 1), url, format(), html ? "html" : "text",
                        text, title, published, retrieved));
            } catch (IOException | DateTimeParseException e) {
                bad.add("line " + (i + 1) + ": " + FeedReader.oneLine(e.getMessage()));
            }
        }
        if (!bad.isEmpty()) {
            String reason = bad.size() + " bad JSON Lines record(s), first " + bad.get(0);
            if (docs.isEmpty()) {
                throw new BadInputException(reason);
            }
            throw new PartialInputException(reason, docs, null);
        }
        if (docs.isEmpty()) {
            throw new BadInputException("empty input: no JSON Lines records");
        }
        return docs;
    }
}
