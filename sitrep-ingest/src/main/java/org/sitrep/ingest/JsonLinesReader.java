package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.InputDocument;

/**
 * JSON Lines: one object per line. Fields read: {@code text} (plain text) or {@code html} (a page), {@code title},
 * {@code url}, {@code published} (ISO-8601), {@code retrieved_at} (ISO-8601 time), {@code source} (who published
 * it, a host or name, when there is no {@code url}) and {@code id} (the record's name in messages and in
 * {@code source.path}: {@code file.jsonl#ID}, else {@code file.jsonl#lineN}). Other fields are not read, but
 * stay in the stored input, which is the file's bytes.
 */
public final class JsonLinesReader implements DocumentReader {

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String all = TextDecoder.text(bytes, "UTF-8", options);
        List<InputDocument> docs = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        // lines as a text editor numbers them: \r\n, \n and a lone \r each end one
        String[] lines = all.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                docs.add(document(ArticleJson.mapper().readTree(line), options.path() + "#line" + (i + 1), options));
            } catch (BadRecordException e) {
                bad.add("line " + (i + 1) + ": " + e.getMessage());
            } catch (JsonProcessingException e) {
                bad.add("line " + (i + 1) + ": " + jsonProblem(e));
            }
        }
        if (!bad.isEmpty()) {
            String reason = bad.size() + " bad JSON Lines record" + (bad.size() == 1 ? "" : "s") + ", first " + bad.get(0);
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

    /**
     * The document one line (one JSON object) holds, named {@code locator} unless the record has an {@code id}. What a
     * reader that walks the lines itself (the Spark job) calls for each one.
     *
     * @throws IOException when the line is not JSON, or is JSON sitrep cannot read (the message says why, plainly)
     */
    public InputDocument document(String line, String locator, InputOptions options) throws IOException {
        return document(ArticleJson.mapper().readTree(line), locator, options);
    }

    private InputDocument document(JsonNode node, String locator, InputOptions options) throws BadRecordException {
        if (node == null || !node.isObject()) {
            throw new BadRecordException("not a JSON object (each line must be one {...} record)");
        }
        boolean html = node.hasNonNull("html");
        JsonNode body = html ? node.get("html") : node.get("text");
        if (body == null || body.isNull() || !body.isValueNode() || body.asText().isBlank()) {
            throw new BadRecordException("no \"text\" or \"html\" field with text in it");
        }
        Instant retrieved = options.retrievedAt();
        if (node.hasNonNull("retrieved_at")) {
            String value = node.get("retrieved_at").asText();
            try {
                retrieved = Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRecordException("\"retrieved_at\" is not an ISO-8601 time such as 2025-12-06T10:00:00Z: '"
                        + shorten(value) + "'");
            }
        }
        String published = node.hasNonNull("published") ? node.get("published").asText() : options.published();
        String url = node.hasNonNull("url") ? node.get("url").asText() : options.url();
        if (url == null && node.hasNonNull("source")) {
            url = sourceUrl(node.get("source").asText());
        }
        String title = node.hasNonNull("title") ? node.get("title").asText() : null;
        String id = node.hasNonNull("id") ? node.get("id").asText().strip() : "";
        String path = id.isEmpty() ? locator : options.path() + "#" + id.replaceAll("[\\s#]+", "_");
        return new InputDocument(path, url, format(), html ? "html" : "text",
                body.asText(), title, published, retrieved);
    }

    /**
     * The site a {@code source} field names, as a URL sitrep can learn the source's home from: a host
     * ("reuters.com") becomes {@code https://reuters.com/}; a name that is not a host ("Reuters") gives none.
     */
    static String sourceUrl(String source) {
        String s = source.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return source.strip();
        }
        return s.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? "https://" + s + "/" : null;
    }

    /** What is wrong with a line that is not JSON, in a reader's terms, with the column where it breaks. */
    public static String jsonProblem(JsonProcessingException e) {
        String column = e.getLocation() != null && e.getLocation().getColumnNr() > 0
                ? " at column " + e.getLocation().getColumnNr() : "";
        if (e instanceof JsonEOFException) {
            return "not valid JSON: the record ends too early (a string, object or array is not closed)";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.contains("exceeds the maximum") || original.contains("Constraints")) {
            return "a field is too long or too deeply nested to read";
        }
        if (original.startsWith("Unexpected character") || original.startsWith("Unrecognized token")) {
            return "not valid JSON" + column + " (an unexpected character; is a quote or comma missing?)";
        }
        return "not valid JSON" + column;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** A record that is JSON but not one sitrep can read; the message says why. */
    private static final class BadRecordException extends IOException {
        BadRecordException(String reason) {
            super(reason);
        }
    }
}
