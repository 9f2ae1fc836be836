package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds, ingested with every stage as a user ingests them, exported as ACLED's CSV and read back by a CSV parser
 * as a spreadsheet reads it: the Spin Boldak clash is there with its day and its dead, and every row's notes quote
 * the sentence that told it, word for word as the seed file has it.
 */
class SeedsAcledExportTest {

    @TempDir
    static Path folder;

    private static String db;
    private static Map<Path, String> seedTexts;

    @BeforeAll
    static void ingestTheSeeds() throws IOException {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path fixture = shared.resolve("fixtures/seeds-expected.json");
        Assumptions.assumeTrue(Files.exists(fixture), "the seeds fixture is absent: skipped");
        db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        seedTexts = new java.util.LinkedHashMap<>();
        JsonNode files = new ObjectMapper().readTree(fixture.toFile()).get("files");
        for (var it = files.fields(); it.hasNext(); ) {
            var file = it.next();
            Path seed = shared.resolve("seeds").resolve(file.getKey());
            List<String> args = new ArrayList<>(List.of("ingest", "--db", db));
            JsonNode retrieved = file.getValue().get("retrieved_at");
            if (retrieved != null && !retrieved.isNull()) {
                args.addAll(List.of("--retrieved-at", retrieved.asText()));
            }
            args.add(seed.toString());
            assertThat(IngestContract.sitrep(args.toArray(String[]::new)).exitCode()).isZero();
            seedTexts.put(seed, Files.readString(seed, StandardCharsets.UTF_8));
        }
    }

    private static List<CSVRecord> acled() throws IOException {
        CliRun run = IngestContract.sitrep("events", "--db", db, "--format", "acled");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (CSVParser parser = CSVParser.parse(new StringReader(run.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).startsWith("event_id_cnty", "event_date", "year", "time_precision",
                    "event_type", "sub_event_type").endsWith("source", "notes", "fatalities");
            return parser.getRecords();
        }
    }

    @Test
    void theSpinBoldakClashIsOneBattleOnItsDayWithItsDead() throws IOException {
        List<CSVRecord> clashes = acled().stream().filter(r -> r.get("location").equals("Spin Boldak")
                && r.get("event_type").equals("Battles")).toList();

        assertThat(clashes).singleElement().satisfies(r -> {
            assertThat(r.get("event_date")).isEqualTo("2025-12-05");
            assertThat(r.get("time_precision")).isEqualTo("1");
            assertThat(r.get("sub_event_type")).isEqualTo("Armed clash");
            assertThat(r.get("fatalities")).isEqualTo("5");
            assertThat(r.get("iso")).isEqualTo("4");
            assertThat(r.get("actor1")).contains("Afghan");
            assertThat(r.get("notes")).contains("Overnight border clashes have broken out between Afghan and Pakistani forces");
        });
    }

    @Test
    void everyRowsNotesQuoteItsSentenceAsTheSeedHasIt() throws IOException {
        List<CSVRecord> rows = acled();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        for (CSVRecord r : rows) {
            String notes = r.get("notes");
            assertThat(notes).as(r.get("event_id_cnty")).startsWith("\"");
            String quoted = notes.substring(1, notes.indexOf('"', 1));
            assertThat(quoted.length()).as(notes).isGreaterThan(20);
            assertThat(seedTexts.values()).as("the quoted sentence of %s", r.get("event_id_cnty"))
                    .anyMatch(text -> text.contains(quoted));
            assertThat(r.get("event_date")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }
}
