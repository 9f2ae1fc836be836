package org.sitrep.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The expectations of {@code ../shared/fixtures/seeds-expected.json}, checked as
 * {@code ../shared/tools/check-seeds.py} checks them: one {@link Check} per fixture item, by section.
 */
final class SeedsFixture {

    static final Map<String, String> COUNTRY = Map.of("north korea", "KP", "south korea", "KR", "russia", "RU",
            "pakistan", "PK", "afghanistan", "AF", "australia", "AU", "united states", "US", "ukraine", "UA");

    /** One expectation and whether the pipeline's output meets it. */
    record Check(String section, String what, boolean ok, String got) {
    }

    private final Path shared;
    private final JsonNode fixture;

    SeedsFixture(Path shared) throws IOException {
        this.shared = shared;
        this.fixture = new ObjectMapper().readTree(shared.resolve("fixtures/seeds-expected.json").toFile());
    }

    static Path sharedFolder() {
        return Path.of(System.getProperty("sitrep.shared", "../../shared")).toAbsolutePath().normalize();
    }

    /** Runs the pipeline on every seed file and checks every item of the given sections. */
    List<Check> check(ArticlePipeline pipeline, Set<String> sections) throws IOException, BadInputException {
        List<Check> checks = new ArrayList<>();
        Readers readers = new Readers();
        var files = fixture.get("files").fields();
        while (files.hasNext()) {
            var file = files.next();
            String name = file.getKey();
            JsonNode spec = file.getValue();
            Path path = shared.resolve("seeds").resolve(name);
            String retrieved = spec.path("retrieved_at").isNull() ? null : spec.path("retrieved_at").asText(null);
            InputOptions options = new InputOptions(path.toString(), "auto", null, null,
                    retrieved == null ? null : Instant.parse(retrieved));
            List<Article> articles = new ArrayList<>();
            String input = Files.readString(path);
            for (InputDocument doc : readers.read(path, options)) {
                articles.addAll(pipeline.run(doc));
            }
            JsonNode expected = spec.get("articles");
            checks.add(new Check("articles", name + ": " + expected.size() + " articles",
                    articles.size() == expected.size(), String.valueOf(articles.size())));
            for (JsonNode exp : expected) {
                Article art = articles.stream().filter(a -> norm(a.title()).equals(norm(exp.get("title").asText())))
                        .findFirst().orElse(null);
                String label = exp.get("title").asText().substring(0, 40);
                checks.add(new Check("articles", label + ": found by title", art != null, null));
                if (art != null) {
                    checkArticle(checks, exp, art, label, input);
                }
            }
        }
        checks.removeIf(c -> !sections.contains(c.section()));
        return checks;
    }

    private void checkArticle(List<Check> checks, JsonNode exp, Article art, String label, String input) {
        String body = art.body() == null ? "" : art.body();
        checks.add(new Check("dateline", label + ": dateline", eq(art.dateline(), text(exp, "dateline")), art.dateline()));
        String pub = art.published() == null ? null : art.published().value();
        String want = text(exp, "published");
        boolean pubOk = want == null ? pub == null : pub != null && pub.startsWith(want);
        checks.add(new Check("published", label + ": published " + want, pubOk, pub));
        checks.add(new Check("summary", label + ": summary", normAll(art.summary()).equals(normAll(strings(exp.get("summary")))),
                String.valueOf(art.summary())));
        if (exp.has("media_captions")) {
            checks.add(new Check("captions", label + ": captions",
                    normAll(art.captions()).equals(normAll(strings(exp.get("media_captions")))), String.valueOf(art.captions())));
        }
        if (exp.has("short_url")) {
            checks.add(new Check("short_url", label + ": short_url", exp.get("short_url").asText().equals(art.shortUrl()), art.shortUrl()));
        }
        checks.add(new Check("body", label + ": body starts", norm(body).startsWith(norm(exp.get("body_starts_with").asText())),
                body.substring(0, Math.min(70, body.length()))));
        checks.add(new Check("body", label + ": body ends", norm(body).endsWith(norm(exp.get("body_ends_with").asText())),
                body.substring(Math.max(0, body.length() - 70))));
        for (String s : strings(exp.get("absent_from_body"))) {
            checks.add(new Check("body", label + ": body lacks " + s, !body.contains(s), null));
        }
        for (JsonNode p : iter(exp.get("people"))) {
            checks.add(person(art, p, label));
        }
        for (String o : strings(exp.get("organizations"))) {
            checks.add(new Check("organizations", label + ": organization " + o, find(art, o, false) != null, null));
        }
        for (JsonNode pl : iter(exp.get("places"))) {
            checks.add(place(art, pl, label));
        }
        for (JsonNode t : iter(exp.get("times"))) {
            String tt = norm(t.get("text").asText());
            List<TimeExpression> hits = art.times().stream()
                    .filter(x -> norm(x.text()).contains(tt) || (!norm(x.text()).isEmpty() && tt.contains(norm(x.text())))).toList();
            boolean ok = hits.stream().anyMatch(x -> t.get("value").asText().equals(x.value()));
            checks.add(new Check("times", label + ": time " + t.get("text").asText() + " -> " + t.get("value").asText(), ok,
                    hits.stream().map(x -> x.text() + "=" + x.value()).toList().toString()));
        }
        for (JsonNode q : iter(exp.get("quotes"))) {
            Set<String> speakers = new HashSet<>();
            if (q.has("speaker")) {
                speakers.add(norm(q.get("speaker").asText()));
            } else {
                strings(q.get("speaker_any_of")).forEach(s -> speakers.add(norm(s)));
            }
            String start = stripQuotes(q.get("starts_with").asText());
            List<Quote> hits = art.quotes().stream().filter(x -> stripQuotes(x.text()).startsWith(start)).toList();
            boolean ok = hits.stream().anyMatch(x -> !intersection(refNames(art, x.speaker()), speakers).isEmpty());
            checks.add(new Check("quotes", label + ": quote " + start.substring(0, Math.min(40, start.length())) + " by " + speakers,
                    ok, hits.stream().map(x -> x.speaker() == null ? "no speaker" : x.speaker().name()).toList().toString()));
        }
        for (JsonNode ev : iter(exp.get("events"))) {
            checks.add(new Check("events", label + ": event " + ev, EventExpectation.metBy(art, ev),
                    art.events().stream().map(x -> x.type() + " " + x.actors().stream().map(p -> p.name()).toList()).toList().toString()));
        }
        for (Entity e : art.entities()) {
            for (Span m : e.mentions()) {
                checks.add(new Check("offsets", label + ": mention offsets " + m.text(),
                        m.end() <= input.length() && input.substring(m.start(), m.end()).equals(m.text()), null));
            }
        }
        for (Quote q : art.quotes()) {
            checks.add(new Check("offsets", label + ": quote offsets",
                    q.end() <= input.length() && input.substring(q.start(), q.end()).equals(q.text()), null));
        }
        for (TimeExpression t : art.times()) {
            checks.add(new Check("offsets", label + ": time offsets " + t.text(),
                    t.end() <= input.length() && input.substring(t.start(), t.end()).equals(t.text()), null));
        }
    }

    private Check person(Article art, JsonNode p, String label) {
        String name = p.get("name").asText();
        Entity e = find(art, name, true);
        String why = e == null ? "not found" : "";
        boolean ok = e != null;
        if (ok && p.has("title") && !norm(p.get("title").asText()).equals(norm(e.title()))) {
            ok = false;
            why = "title " + e.title();
        }
        JsonNode aff = p.has("affiliation") ? p.get("affiliation") : p.get("affiliation_any_of");
        if (ok && aff != null && !affiliationOk(e, aff)) {
            ok = false;
            why = "affiliation " + e.affiliation() + " country " + e.country();
        }
        if (ok) {
            for (String alias : strings(p.get("aliases_seen"))) {
                if (!names(e).contains(norm(alias))) {
                    ok = false;
                    why = "alias " + alias + " not linked";
                }
            }
        }
        return new Check("people", label + ": person " + name, ok, why);
    }

    private static boolean affiliationOk(Entity e, JsonNode want) {
        String have = norm(e.affiliation() == null ? "" : e.affiliation());
        for (String w : want.isArray() ? strings(want) : List.of(want.asText())) {
            String nw = norm(w);
            if (nw.equals(have) || (!have.isEmpty() && have.contains(nw))) {
                return true;
            }
            if (COUNTRY.containsKey(nw) && COUNTRY.get(nw).equals(e.country())) {
                return true;
            }
        }
        return false;
    }

    private Check place(Article art, JsonNode pl, String label) {
        String name = pl.get("name").asText();
        Entity e = find(art, name, false);
        Place place = e == null ? null : e.place();
        boolean ok = place != null;
        String why = ok ? "" : "not found or not resolved";
        if (ok && !pl.get("country").asText().equals(place.country())) {
            ok = false;
            why = "country " + place.country();
        }
        List<String> kinds = pl.has("any_of_kind") ? strings(pl.get("any_of_kind")) : pl.has("kind") ? List.of(pl.get("kind").asText()) : null;
        if (ok && kinds != null && !kinds.contains(place.kind())) {
            ok = false;
            why = "kind " + place.kind();
        }
        if (ok && pl.has("lat")) {
            double km = km(pl.get("lat").asDouble(), pl.get("lon").asDouble(), place.lat(), place.lon());
            if (km > 25) {
                ok = false;
                why = Math.round(km) + " km off";
            }
        }
        return new Check("places", label + ": place " + name, ok, why);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double h = Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }

    private static Entity find(Article art, String name, boolean person) {
        String n = norm(name);
        for (Entity e : art.entities()) {
            if (person != "PERSON".equals(e.type())) {
                continue;
            }
            if (names(e).contains(n)) {
                return e;
            }
        }
        return null;
    }

    static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(norm(e.name()));
        e.aliases().forEach(a -> out.add(norm(a)));
        e.mentions().forEach(m -> out.add(norm(m.text())));
        return out;
    }

    private static Set<String> refNames(Article art, Ref ref) {
        Set<String> out = new HashSet<>();
        if (ref == null) {
            return out;
        }
        out.add(norm(ref.name()));
        for (Entity e : art.entities()) {
            if (ref.entity() != null && ref.entity().equals(e.id())) {
                out.addAll(names(e));
            }
        }
        return out;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** As check-seeds.py normalises: NFC, curly apostrophes straightened, spaces around hyphens dropped, lower case. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        n = n.replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
        return n.toLowerCase(Locale.ROOT);
    }

    private static String stripQuotes(String s) {
        return norm(s).replaceAll("^[\"'\u201c\u201d ]+|[\"'\u201c\u201d ]+$", "");
    }

    private static boolean eq(String a, String b) {
        return norm(a).equals(norm(b)) && (a == null) == (b == null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : iter(array)) {
            out.add(n.asText());
        }
        return out;
    }

    private static List<String> normAll(List<String> list) {
        return list.stream().map(SeedsFixture::norm).toList();
    }

    private static Iterable<JsonNode> iter(JsonNode array) {
        return array == null ? List.of() : array;
    }
}
