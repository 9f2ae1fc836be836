package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} tags by name, property, itemprop and http-equiv (lower case), in page order. */
final class MetaTags {

    private final Map<String, List<String>> byName = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document page) {
        MetaTags tags = new MetaTags();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                // some cleaners (Postlight's parser) rewrite content= as value=
                content = meta.attr("value").trim();
            }
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = meta.attr(key).trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    tags.byName.computeIfAbsent(name, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return tags;
    }

    List<String> all(String name) {
        return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
