package org.sitrep.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TestEvents;

/** The export formats, written from stored events and read back with real parsers. */
class ExportsTest {

    static final String URL = "https://news.example/spin-boldak";

    static StoredEvent stored(int index, Event e) {
        return new StoredEvent(TestEvents.ARTICLE_ID, index, e.id(), "Clash, \"talks\"", URL, "in/a.txt", "2025-12-06", e);
    }

    static final List<StoredEvent> EVENTS = List.of(stored(0, TestEvents.clash()), stored(1, TestEvents.talks()));

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    static List<String> header(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getHeaderNames();
        }
    }

    @Test
    void theAcledCsvHasACLEDsColumnsAndARowPerEventWithAnAcledTypeThatParsesBack() throws IOException {
        StringWriter out = new StringWriter();
        AcledCsv.write(out, EVENTS);

        assertThat(header(out.toString())).containsExactlyElementsOf(AcledCsv.COLUMNS);
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows).hasSize(1); // the talks have no ACLED type
        CSVRecord clash = rows.get(0);
        assertThat(clash.get("event_id_cnty")).isEqualTo("AFG-3f9a1c2b-ev1");
        assertThat(clash.get("event_date")).isEqualTo("2025-12-05");
        assertThat(clash.get("iso")).isEqualTo("4");
        assertThat(clash.get("interaction")).isEqualTo("11");
        assertThat(clash.get("fatalities")).isEqualTo("5");
        assertThat(clash.get("assoc_actor_1")).isEmpty();
        assertThat(clash.get("admin2")).isEmpty();
        // the note quotes the evidence, its commas and double quotes intact, on one line
        assertThat(clash.get("notes")).isEqualTo("\"Afghan and Pakistani forces clashed near Spin Boldak on Friday, killing"
                + " five and wounding five, \"a clear violation,\" said Hamdullah Fitrat.\" (injured: 5; according to"
                + " Hamdullah Fitrat)");
        assertThat(out.toString()).contains("\r\n").contains("\"\"a clear violation,\"\"");
    }

    @Test
    void theCsvHasEveryEventInSitrepsColumnsWithTheEvidenceAsCitedLineBreakAndAll() throws IOException {
        StringWriter out = new StringWriter();
        EventCsv.write(out, EVENTS);

        assertThat(header(out.toString())).containsExactlyElementsOf(EventCsv.COLUMNS);
        List<CSVRecord> rows = parse(out.toString());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("evidence")).isEqualTo(TestEvents.CLASH_SENTENCE);
        assertThat(rows.get(0).get("evidence_start")).isEqualTo("100");
        assertThat(rows.get(0).get("actors")).isEqualTo("Afghan forces");
        assertThat(rows.get(0).get("target_countries")).isEqualTo("PK");
        assertThat(rows.get(0).get("latitude")).isEqualTo("31.0056");
        assertThat(rows.get(0).get("article_title")).isEqualTo("Clash, \"talks\"");
        assertThat(rows.get(1).get("type")).isEqualTo("CONSULT");
        assertThat(rows.get(1).get("place")).isEmpty();
        assertThat(rows.get(1).get("acled_event_type")).isEmpty();
    }

    @Test
    void theGeoJsonHasOneFeaturePerPlacedEventAtLongitudeLatitude() throws IOException {
        StringWriter out = new StringWriter();
        EventGeoJson.write(out, EVENTS);

        JsonNode collection = ArticleJson.mapper().readTree(out.toString());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(1);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("type").asText()).isEqualTo("Feature");
        assertThat(feature.get("id").asText()).isEqualTo(TestEvents.ARTICLE_ID + "/ev1");
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(66.3998);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(31.0056);
        JsonNode properties = feature.get("properties");
        assertThat(properties.get("article_id").asText()).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(properties.get("article_title").asText()).isEqualTo("Clash, \"talks\"");
        assertThat(properties.get("evidence").asText()).isEqualTo(TestEvents.CLASH_SENTENCE);
        assertThat(properties.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(properties.get("killed").asInt()).isEqualTo(5);
        assertThat(properties.get("acled_sub_event_type").asText()).isEqualTo("Armed clash");
    }

    @Test
    void anEmptyGeoJsonIsAnEmptyCollection() throws IOException {
        StringWriter out = new StringWriter();
        EventGeoJson.write(out, List.of(stored(1, TestEvents.talks())));

        assertThat(ArticleJson.mapper().readTree(out.toString()).get("features")).isEmpty();
    }

    @Test
    void aJsonLineIsTheEventAfterItsArticle() throws IOException {
        JsonNode line = ArticleJson.mapper().readTree(JsonLines.event(EVENTS.get(0)));

        assertThat(line.get("article_id").asText()).isEqualTo(TestEvents.ARTICLE_ID);
        assertThat(line.get("article_url").asText()).isEqualTo(URL);
        assertThat(line.get("event_id").asText()).isEqualTo("ev1");
        assertThat(ArticleJson.mapper().treeToValue(line, Event.class)).isEqualTo(TestEvents.clash());
        assertThat(line.fieldNames().next()).isEqualTo("article_id");
    }

    @Test
    void claimsAsCsvAndJsonLines() throws IOException {
        StoredClaim claim = new StoredClaim(TestEvents.ARTICLE_ID, 0, "Clash", URL, "in/a.txt", "2025-12-06",
                TestEvents.soldiersKilled());
        StringWriter out = new StringWriter();
        ClaimCsv.write(out, List.of(claim));

        CSVRecord row = parse(out.toString()).get(0);
        assertThat(row.get("subject")).isEqualTo("Pakistani soldiers killed");
        assertThat(row.get("value")).isEqualTo("23");
        assertThat(row.get("approximate")).isEqualTo("true");
        assertThat(row.get("according_to")).isEqualTo("The army");
        assertThat(row.get("evidence")).isEqualTo(TestEvents.CLAIM_SENTENCE);
        JsonNode line = ArticleJson.mapper().readTree(JsonLines.claim(claim));
        assertThat(line.get("claim_index").asInt()).isZero();
        assertThat(line.get("value").asLong()).isEqualTo(23);
    }

    @Test
    void csvFieldsAreQuotedOnlyWhereTheyMustBe() {
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("plain text")).isEqualTo("plain text");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void actorKindsMapToAcledsActorTypeCodes() {
        assertThat(AcledCsv.inter("military")).isEqualTo(1);
        assertThat(AcledCsv.inter("Police")).isEqualTo(1);
        assertThat(AcledCsv.inter("government")).isEqualTo(1);
        assertThat(AcledCsv.inter("rebels/militia")).isEqualTo(2);
        assertThat(AcledCsv.inter("political militia")).isEqualTo(3);
        assertThat(AcledCsv.inter("identity-militia")).isEqualTo(4);
        assertThat(AcledCsv.inter("rioters")).isEqualTo(5);
        assertThat(AcledCsv.inter("protesters")).isEqualTo(6);
        assertThat(AcledCsv.inter("civilians")).isEqualTo(7);
        assertThat(AcledCsv.inter("external/other forces")).isEqualTo(8);
        assertThat(AcledCsv.inter("journalists")).isNull();
        assertThat(AcledCsv.inter(null)).isNull();

        assertThat(AcledCsv.interaction(1, 1)).isEqualTo("11");
        assertThat(AcledCsv.interaction(3, 1)).isEqualTo("13");
        assertThat(AcledCsv.interaction(7, 2)).isEqualTo("27");
        assertThat(AcledCsv.interaction(6, 0)).isEqualTo("60");
        assertThat(AcledCsv.interaction(0, 5)).isEqualTo("50");
        assertThat(AcledCsv.interaction(1, null)).isNull();
        assertThat(AcledCsv.interaction(0, 0)).isNull();
    }

    @Test
    void anEventWithOneActorOfUnknownKindHasNoInteraction() {
        Event protest = new Event("ev9", "PROTEST", "demonstrate",
                List.of(new Participant("Students", null, "PK", "protesters"), new Participant("Teachers", null, "PK", null)),
                List.of(), TestEvents.SPIN_BOLDAK, null, new DateValue("2025-W49", "week"), List.of(), null, null,
                "alleged", null, new org.sitrep.model.AcledType("Protests", "Peaceful protest"), null, List.of(), 0.5);

        List<String> row = AcledCsv.row(stored(0, protest));

        assertThat(row.get(AcledCsv.COLUMNS.indexOf("inter1"))).isEqualTo("6");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("inter2"))).isEqualTo("0");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("interaction"))).isEqualTo("60");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("assoc_actor_1"))).isEqualTo("Teachers");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("event_date"))).isEqualTo("2025-12-04"); // Thursday of week 49
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("time_precision"))).isEqualTo("2");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("geo_precision"))).isEqualTo("1"); // from the place: a city
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("fatalities"))).isEqualTo("0");
        assertThat(row.get(AcledCsv.COLUMNS.indexOf("notes"))).isEqualTo("(alleged)");
        assertThat(AcledCsv.belongs(protest)).isTrue();
        Event planned = new Event("ev9", "PROTEST", "demonstrate", List.of(), List.of(), null, null, null, List.of(), null,
                null, "planned", null, new org.sitrep.model.AcledType("Protests", "Peaceful protest"), null, List.of(), 0.5);
        assertThat(AcledCsv.belongs(planned)).isFalse();
    }

    @Test
    void datesAreCodedAsAcledCodesThem() {
        assertThat(AcledCsv.date(new DateValue("2025-12-05", "day"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 5), 1));
        assertThat(AcledCsv.date(new DateValue("2025-12-05T14:30", "minute"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 5), 1));
        assertThat(AcledCsv.date(new DateValue("2025-W49-WE", "weekend"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 6), 2));
        assertThat(AcledCsv.date(new DateValue("2025-W49-3", "day"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 3), 1));
        assertThat(AcledCsv.date(new DateValue("2025-12", "month"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 15), 3));
        assertThat(AcledCsv.date(new DateValue("2025-Q4", "quarter"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 11, 15), 3));
        assertThat(AcledCsv.date(new DateValue("2025", "year"), null))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 7, 1), 3));
        // a date the text does not fix, or none: the article's publication date, precision 3
        assertThat(AcledCsv.date(new DateValue("XXXX-WXX-3", "unknown-anchor"), "2025-12-06T08:00Z"))
                .isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 6), 3));
        assertThat(AcledCsv.date(null, "2025-12-06")).isEqualTo(new AcledCsv.AcledDate(LocalDate.of(2025, 12, 6), 3));
        assertThat(AcledCsv.date(new DateValue("2025-W54", "week"), null)).isNull();
        assertThat(AcledCsv.date(null, null)).isNull();
    }

    @Test
    void countriesByCodeOrName() {
        assertThat(IsoCountries.byCode("AF")).hasValue(new IsoCountries.Country("AF", "AFG", 4, "Afghanistan"));
        assertThat(IsoCountries.byCode("afg")).hasValueSatisfying(c -> assertThat(c.alpha2()).isEqualTo("AF"));
        assertThat(IsoCountries.find("pakistan")).hasValueSatisfying(c -> assertThat(c.numeric()).isEqualTo(586));
        assertThat(IsoCountries.byCode("CD")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Democratic Republic of Congo"));
        assertThat(IsoCountries.byCode("XK")).hasValueSatisfying(c -> assertThat(c.alpha3()).isEqualTo("XKX"));
        assertThat(IsoCountries.byCode("ZZ")).isEmpty();
        assertThat(IsoCountries.find("Atlantis")).isEmpty();
    }
}
