package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code sitrep search} over the seeds as {@code sitrep ingest} stored them, run in-process; once per database by the
 * subclasses: the clash article found with the phrase highlighted; the same answer after the index folder is
 * deleted and rebuilt; re-ingesting and a fuller reading never add a second copy.
 */
abstract class SearchContract {

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    /** The index folder the commands use (given with --index), or null to let sitrep place it. */
    abstract Path indexFolder();

    /** The folder where the index ends up. */
    abstract Path expectedIndexFolder();

    private String db;

    private String[] withDb(String command, String... rest) {
        List<String> all = new ArrayList<>(List.of(command, "--db", db));
        if (indexFolder() != null) {
            all.add("--index");
            all.add(indexFolder().toString());
        }
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private String[] ingest(String stages, List<Path> seeds) {
        List<String> rest = new ArrayList<>(List.of("--stages", stages));
        seeds.forEach(p -> rest.add(p.toString()));
        return withDb("ingest", rest.toArray(String[]::new));
    }

    @Test
    void findsTheClashArticleSurvivesLosingTheIndexAndNeverDuplicates() throws IOException {
        db = emptyDatabase();
        List<Path> seeds = IngestContract.seeds();
        CliRun ingested = IngestContract.sitrep(ingest("clean", seeds));
        assertThat(ingested.exitCode()).as(ingested.err()).isZero();
        assertThat(expectedIndexFolder()).isDirectory();

        CliRun table = IngestContract.sitrep(withDb("search", "Spin Boldak"));
        CliRun json = IngestContract.sitrep(withDb("search", "\"Spin Boldak\"", "--format", "json"));

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("New deadly clashes break out on Afghanistan-Pakistan border")
                .contains("**Spin Boldak**").contains("000_1a7b68277bc800f8.txt");
        List<JsonNode> hits = lines(json.out());
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("title").asText()).startsWith("New deadly clashes break out on Afghanistan-Pakistan border");
        String snippet = hit.get("snippet").asText();
        assertThat(hit.get("highlights")).isNotEmpty();
        for (JsonNode range : hit.get("highlights")) {
            assertThat(snippet.substring(range.get("start").asInt(), range.get("end").asInt())).isEqualTo("Spin Boldak");
        }

        deleteFolder(expectedIndexFolder());
        CliRun lost = IngestContract.sitrep(withDb("search", "Spin Boldak"));
        assertThat(lost.exitCode()).isEqualTo(1);
        assertThat(lost.errLines()).singleElement().asString().contains("sitrep search --rebuild");

        CliRun rebuilt = IngestContract.sitrep(withDb("search", "--rebuild"));
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("indexed 4 articles");
        assertThat(IngestContract.sitrep(withDb("search", "Spin Boldak")).out()).isEqualTo(table.out());
        assertThat(IngestContract.sitrep(withDb("search", "\"Spin Boldak\"", "--format", "json")).out()).isEqualTo(json.out());

        CliRun again = IngestContract.sitrep(ingest("clean", seeds));
        assertThat(again.err()).contains("articles: 0 new, 0 updated");
        assertThat(IngestContract.sitrep(withDb("search", "Spin Boldak")).out()).isEqualTo(table.out());

        // a fuller reading replaces the article in the index, never beside it
        CliRun fuller = IngestContract.sitrep(ingest("clean,entities", seeds.subList(0, 1)));
        assertThat(fuller.exitCode()).as(fuller.err()).isZero();
        assertThat(fuller.err()).contains("updated");
        List<JsonNode> after = lines(IngestContract.sitrep(withDb("search", "\"Spin Boldak\"", "--format", "json")).out());
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("article_id").asText()).isEqualTo(hit.get("article_id").asText());
        CliRun all = IngestContract.sitrep(withDb("search", "the OR a OR Pakistan OR Korea", "--format", "json", "--limit", "50"));
        assertThat(lines(all.out())).extracting(h -> h.get("article_id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void badQuerySyntaxIsAUsageErrorOfOneLine() {
        db = emptyDatabase();
        org.sitrep.store.JdbiArticleStore.open(db).close(); // made, with nothing in it (reading commands make no store)
        for (String query : new String[] {"\"Spin Boldak", "border AND", "(Kandahar OR Chaman", "author:smith"}) {
            CliRun run = IngestContract.sitrep(withDb("search", query));
            assertThat(run.exitCode()).as(query + ": " + run.err()).isEqualTo(2);
            assertThat(run.errLines()).as(query).singleElement().asString().startsWith("sitrep search: ")
                    .doesNotContain("Exception").doesNotContain("org.apache");
        }
        assertThat(IngestContract.sitrep(withDb("search")).exitCode()).isEqualTo(2);
        assertThat(IngestContract.sitrep(withDb("search", "x", "--format", "xml")).exitCode()).isEqualTo(2);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
