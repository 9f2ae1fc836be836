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

    /**
     * The document one line (one JSON object) holds, with {@code locator} as its path; null when it has neither
     * {@code text} nor {@code html}. What a reader that walks the lines itself (the Spark job) calls for each one.
     *
     * @throws IOException            when the line is not JSON
     * @throws DateTimeParseException when its {@code retrieved_at} is not an ISO-8601 instant
     */
    public InputDocument document(String line, String locator, InputOptions options) throws IOException {
        JsonNode node = ArticleJson.mapper().readTree(line);
        boolean html = node.hasNonNull("html");
        String text = html ? node.get("html").asText() : node.path("text").asText("");
        if (text.isBlank()) {
            return null;
        }
        Instant retrieved = options.retrievedAt();
        if (node.hasNonNull("retrieved_at")) {
            retrieved = Instant.parse(node.get("retrieved_at").asText());
        }
        String published = node.hasNonNull("published") ? node.get("published").asText() : options.published();
        String url = node.hasNonNull("url") ? node.get("url").asText() : options.url();
        String title = node.hasNonNull("title") ? node.get("title").asText() : null;
        return new InputDocument(locator, url, format(), html ? "html" : "text", text, title, published, retrieved);
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
                InputDocument doc = document(line, options.path() + "#line" + (i + 1), options);
                if (doc == null) {
                    bad.add("line " + (i + 1) + ": no text or html");
                    continue;
                }
                docs.add(doc);
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
