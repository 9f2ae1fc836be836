package org.sitrep.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects a page describes itself with in {@code <script type="application/ld+json">}. */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private static final int MAX_SCRIPT = 1_000_000;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT) {
                continue;
            }
            try {
                collect(MAPPER.readTree(json.trim()), objects);
            } catch (Exception e) {
                // a page's broken JSON-LD is the page's problem: read the rest of its metadata
            }
        }
        return new JsonLd(objects);
    }

    /** Every object in the tree, arrays and {@code @graph}s flattened, nesting walked without recursion. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty()) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                out.add(node);
                if (node.has("@graph")) {
                    todo.add(node.get("@graph"));
                }
                if (node.has("mainEntity")) {
                    todo.add(node.get("mainEntity"));
                }
            }
        }
    }

    /** Objects that describe an article: NewsArticle, BlogPosting, Report, ... ; a WebPage if nothing else. */
    List<JsonNode> articles() {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (JsonNode o : objects) {
            String type = types(o);
            if (type.matches(".*(article|posting|report|review|story|newsarticle|liveblog).*")) {
                articles.add(o);
            } else if (type.contains("webpage")) {
                pages.add(o);
            }
        }
        articles.addAll(pages);
        return articles;
    }

    private static String types(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        if (type.isArray()) {
            type.forEach(t -> all.append(t.asText()).append(' '));
        } else {
            all.append(type.asText());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** The first non-blank text value of {@code field} among the article objects. */
    String text(String field) {
        for (JsonNode o : articles()) {
            JsonNode v = o.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().trim();
            }
        }
        return null;
    }

    /** The names of the article's authors (strings or Person objects), joined with ", ". */
    String authors() {
        for (JsonNode o : articles()) {
            JsonNode author = o.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank() && !names.contains(name.trim())) {
                    names.add(name.trim());
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }
}
