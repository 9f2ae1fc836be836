package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.TestEvents;
import org.sitrep.store.V1Store;
import org.sitrep.store.export.AcledCsv;
import org.sitrep.store.export.EventCsv;

/** {@code sitrep events} and {@code sitrep claims}, run in-process; once per database by the subclasses. */
abstract class EventsCommandContract {

    static final Set<String> STAGES = new LinkedHashSet<>(List.of("clean", "entities", "time", "geo", "events", "claims"));

    @TempDir
    Path folder;

    String db;

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    @BeforeEach
    void chooseDatabase() {
        db = emptyDatabase();
    }

    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    void storeTheClash() {
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            store.save(RawInput.ofText("clash.txt", "text", "the clash, raw"), STAGES, List.of(TestEvents.article()));
        }
    }

    private CliRun events(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "events";
        all[1] = "--db";
        all[2] = db;
        System.arraycopy(args, 0, all, 3, args.length);
        return sitrep(all);
    }

    private static List<String> eventIds(CliRun json) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String line : json.outLines()) {
            ids.add(ArticleJson.mapper().readTree(line).get("event_id").asText());
        }
        return ids;
    }

    @Test
    void listsTheEventsInATable() {
        storeTheClash();

        CliRun table = events();

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.err()).isEmpty();
        assertThat(table.outLines()).hasSize(3);
        assertThat(table.outLines().get(0)).startsWith("ARTICLE").contains("DATE", "TYPE", "PLACE", "KILLED", "EVIDENCE");
        // the talks have no date of their own: the article's, in parentheses
        assertThat(table.outLines().get(1)).startsWith("3f9a1c2b  ").contains("ev2", "(2025-12-06)", "CONSULT", "telephone call",
                "Pakistan's foreign minister -> Afghan");
        assertThat(table.outLines().get(2)).contains("ev1", "2025-12-05", "ASSAULT", "armed clash", "Armed clash",
                "Spin Boldak, AF", "Afghan forces -> Pakistani forces", "Afghan and Pakistani forces clashed near Spin");
    }

    @Test
    void writesJsonLinesWithTheArticle() throws Exception {
        storeTheClash();

        CliRun json = events("--format", "json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.outLines()).hasSize(2);
        JsonNode clash = ArticleJson.mapper().readTree(json.outLines().get(1));
        assertThat(clash.get("article_id").asText()).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(clash.get("article_title").asText()).isEqualTo(TestEvents.article().title());
        assertThat(clash.get("article_url").asText()).isEqualTo("https://news.example/spin-boldak");
        assertThat(clash.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(clash.get("place").get("name").asText()).isEqualTo("Spin Boldak");
        assertThat(clash.get("killed").asInt()).isEqualTo(5);
        assertThat(clash.get("evidence").get("text").asText()).isEqualTo(TestEvents.CLASH_SENTENCE);
    }

    @Test
    void filtersByTypeAcledTypeCountryAndDate() throws Exception {
        storeTheClash();

        assertThat(eventIds(events("--format", "json", "--type", "assault"))).containsExactly("ev1");
        assertThat(eventIds(events("--format", "json", "--acled-type", "battles"))).containsExactly("ev1");
        assertThat(eventIds(events("--format", "json", "--country", "PAK"))).containsExactly("ev2", "ev1");
        assertThat(eventIds(events("--format", "json", "--country", "Afghanistan", "--type", "CONSULT"))).containsExactly("ev2");
        assertThat(eventIds(events("--format", "json", "--country", "IN"))).isEmpty();
        assertThat(eventIds(events("--format", "json", "--since", "2025-12-06"))).containsExactly("ev2");
        assertThat(eventIds(events("--format", "json", "--until", "2025-12-05"))).containsExactly("ev1");
        assertThat(eventIds(events("--format", "json", "--article", "nope"))).isEmpty();
        assertThat(eventIds(events("--format", "json", "--limit", "1", "--offset", "1"))).containsExactly("ev1");
        CliRun limited = events("--limit", "1");
        assertThat(limited.outLines()).hasSize(2);
        assertThat(limited.err()).contains("1 of 2 events shown");
    }

    @Test
    void writesEveryEventAsCsvAndTheAcledOnesAsAcledsCsv() {
        storeTheClash();

        CliRun csv = events("--format", "csv");
        CliRun acled = events("--format", "acled");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith(String.join(",", EventCsv.COLUMNS) + "\r\n");
        StringWriter expected = new StringWriter();
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            EventCsv.write(expected, store.events(EventQuery.all()));
        }
        assertThat(csv.out()).isEqualTo(expected.toString());

        assertThat(acled.exitCode()).as(acled.err()).isZero();
        String[] records = acled.out().split("\r\n");
        assertThat(records).hasSize(2);
        assertThat(records[0]).isEqualTo(String.join(",", AcledCsv.COLUMNS));
        assertThat(records[1]).startsWith("AFG-3f9a1c2b-ev1,2025-12-05,2025,1,Battles,Armed clash,Afghan forces,,1,"
                + "Pakistani forces,,1,11,Afghanistan,4,Kandahar,,Spin Boldak,31.0056,66.3998,1,"
                + "https://news.example/spin-boldak; Hamdullah Fitrat,\"\"\"Afghan and Pakistani forces clashed near Spin Boldak"
                + " on Friday, killing five and wounding five, \"\"a clear violation,\"\" said Hamdullah Fitrat.\"\"")
                .endsWith(",5");
    }

    @Test
    void writesAGeoJsonFeatureForEachPlacedEvent() throws Exception {
        storeTheClash();

        CliRun geojson = events("--format", "geojson");

        assertThat(geojson.exitCode()).as(geojson.err()).isZero();
        JsonNode collection = ArticleJson.mapper().readTree(geojson.out());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(1);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").toString()).isEqualTo("[66.3998,31.0056]");
        assertThat(feature.get("properties").get("article_title").asText()).isEqualTo(TestEvents.article().title());
        assertThat(feature.get("properties").get("evidence").asText()).isEqualTo(TestEvents.CLASH_SENTENCE);
    }

    @Test
    void anEmptyStoreHasNoEventsInAnyFormat() throws Exception {
        JdbiArticleStore.open(db).close(); // made, with nothing in it (reading commands do not make a store)
        assertThat(events().outLines()).hasSize(1);
        assertThat(events("--format", "json").out()).isEmpty();
        assertThat(events("--format", "acled").out()).isEqualTo(String.join(",", AcledCsv.COLUMNS) + "\r\n");
        assertThat(ArticleJson.mapper().readTree(events("--format", "geojson").out()).get("features")).isEmpty();
    }

    @Test
    void aStoreMadeBeforeEventsMigratesAndListsNoEventsForItsArticles() throws Exception {
        V1Store.create(db, "old1", "Stored before events", "2025-12-01", "old input");

        CliRun table = events();
        CliRun acled = events("--format", "acled");
        CliRun claims = sitrep("claims", "--db", db, "--format", "json");
        CliRun articles = sitrep("articles", "--db", db, "--format", "json");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.err()).isEmpty();
        assertThat(table.outLines()).hasSize(1);
        assertThat(acled.exitCode()).isZero();
        assertThat(acled.outLines()).hasSize(1);
        assertThat(claims.exitCode()).isZero();
        assertThat(claims.out()).isEmpty();
        assertThat(articles.outLines()).singleElement().asString().contains("Stored before events");
        storeTheClash();
        assertThat(eventIds(events("--format", "json"))).containsExactly("ev2", "ev1");
    }

    @Test
    void listsAndExportsClaims() throws Exception {
        storeTheClash();

        CliRun table = sitrep("claims", "--db", db);
        CliRun json = sitrep("claims", "--db", db, "--format", "json", "--subject", "SOLDIERS");
        CliRun none = sitrep("claims", "--db", db, "--format", "json", "--subject", "tanks");
        CliRun csv = sitrep("claims", "--db", db, "--format", "csv", "--since", "2025-12-05", "--until", "2025-12-05");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.outLines()).hasSize(2);
        assertThat(table.outLines().get(0)).contains("SUBJECT", "VALUE", "ACCORDING TO");
        assertThat(table.outLines().get(1)).contains("2025-12-05", "Pakistani soldiers killed", "~23", "soldiers", "The army");
        JsonNode claim = ArticleJson.mapper().readTree(json.out());
        assertThat(claim.get("article_id").asText()).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(claim.get("value").asLong()).isEqualTo(23);
        assertThat(claim.get("according_to").get("name").asText()).isEqualTo("The army");
        assertThat(none.out()).isEmpty();
        assertThat(csv.outLines()).hasSize(2);
        assertThat(csv.outLines().get(1)).startsWith(TestEvents.ARTICLE_ID + ",0,Pakistani soldiers killed,23,soldiers,true,The army,2025-12-05,day,");
    }
}
