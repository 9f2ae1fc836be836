package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.SaveResult;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredInput;

/** {@code sitrep ingest} and {@code sitrep articles}, run in-process; once per database by the subclasses. */
abstract class IngestContract {

    @TempDir
    Path folder;

    String db;

    /** A JDBC URL of an empty database for one test. */
    abstract String emptyDatabase();

    @BeforeEach
    void chooseDatabase() {
        db = emptyDatabase();
    }

    /** What one in-process run of the command line gave. */
    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    static List<Path> seeds() throws IOException {
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "seed files not found at " + seeds + "; skipped");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String hash(Path file) throws IOException {
        return new RawInput(file.toString(), "text", null, null, null, Files.readAllBytes(file)).contentHash();
    }

    private static String[] args(List<String> first, List<Path> paths) {
        List<String> all = new ArrayList<>(first);
        paths.forEach(p -> all.add(p.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void ingestsTheSeedsAndIngestingThemAgainChangesNothing() throws IOException {
        List<Path> seeds = seeds();

        CliRun first = sitrep(args(List.of("ingest", "--db", db, "--stages", "clean"), seeds));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.errLines()).hasSize(1);
        assertThat(first.err()).contains("inputs: " + seeds.size() + " new, 0 unchanged, 0 failed");
        List<StoredArticle> stored;
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            assertThat(store.countInputs()).isEqualTo(seeds.size());
            stored = store.list(ArticleQuery.all());
            assertThat(stored).hasSizeGreaterThanOrEqualTo(seeds.size());
            for (Path seed : seeds) {
                StoredInput input = store.findInput(hash(seed)).orElseThrow();
                assertThat(input.path()).isEqualTo(seed.toString());
                assertThat(input.articleIds()).isNotEmpty();
                assertThat(store.rawInput(input.contentHash())).hasValueSatisfying(
                        raw -> assertThat(raw).isEqualTo(readAll(seed)));
            }
            String inputText;
            for (StoredArticle s : stored) {
                Article a = s.article();
                assertThat(a.id()).isEqualTo(s.id());
                assertThat(a.source().path()).isIn(seeds.stream().map(Path::toString).toList());
                inputText = Files.readString(Path.of(a.source().path()));
                assertThat(inputText.substring(a.bodySpan().start(), a.bodySpan().end())).isNotBlank();
                assertThat(s.stages()).containsExactly("clean");
            }
        }

        CliRun again = sitrep(args(List.of("ingest", "--db", db, "--stages", "clean"), seeds));

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("inputs: 0 new, " + seeds.size() + " unchanged, 0 failed; articles: 0 new, 0 updated, "
                + stored.size() + " unchanged");
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            assertThat(store.countInputs()).isEqualTo(seeds.size());
            assertThat(store.list(ArticleQuery.all())).isEqualTo(stored);
        }
    }

    @Test
    void listsAndShowsTheStoredArticles() throws IOException {
        List<Path> seeds = seeds();
        assertThat(sitrep(args(List.of("ingest", "--db", db, "--stages", "clean"), seeds)).exitCode()).isZero();
        List<StoredArticle> stored;
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            stored = store.list(ArticleQuery.all());
        }

        CliRun json = sitrep("articles", "--db", db, "--format", "json", "--limit", "0");
        CliRun table = sitrep("articles", "--db", db, "--limit", "1");
        StoredArticle one = stored.get(stored.size() - 1);
        CliRun show = sitrep("articles", "show", one.id().substring(0, 10), "--db", db, "--format", "json");
        CliRun text = sitrep("articles", "--db", db, "show", one.id());
        CliRun missing = sitrep("articles", "show", "no-such-id", "--db", db);

        assertThat(json.exitCode()).isZero();
        assertThat(json.out().lines().toList()).isEqualTo(stored.stream().map(StoredArticle::json).toList());
        assertThat(json.out().lines().map(ArticleJson::fromJson).map(Article::id).toList())
                .isEqualTo(stored.stream().map(StoredArticle::id).toList());
        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines().toList()).hasSize(2).first().asString().startsWith("ID");
        assertThat(table.out()).contains(stored.get(0).id());
        assertThat(table.err()).contains("1 of " + stored.size() + " articles shown");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out().strip()).isEqualTo(one.json());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("id:        " + one.id()).contains("input:     " + one.inputHash());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("sitrep articles show: no stored article has id no-such-id");
    }

    @Test
    void whereASourcePublishesCarriesOverFromOneIngestToTheNext() throws IOException {
        List<String> first = new ArrayList<>(List.of("ingest", "--db", db, "--stages", "geo", "--url", "https://echo.example/news"));
        for (String town : List.of("Osakis", "Garfield", "Brandon")) {
            first.add(write(town + ".txt", "Police in " + town + " and Alexandria, Minnesota, closed the road on Monday.\n").toString());
        }
        assertThat(sitrep(first.toArray(String[]::new)).exitCode()).isZero();
        Path board = write("board.txt", "The Alexandria school board met on Tuesday to discuss the budget.\n");
        CliRun second = sitrep("ingest", "--db", db, "--stages", "geo", "--url", "https://echo.example/schools", board.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        StoredArticle stored;
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            stored = store.list(ArticleQuery.all()).stream().filter(a -> a.sourcePath().endsWith("board.txt")).findFirst().orElseThrow();
        }
        Article article = ArticleJson.fromJson(stored.json());
        assertThat(article.entities()).filteredOn(e -> "Alexandria".equals(e.name()) && e.place() != null)
                .singleElement().satisfies(e -> assertThat(e.place().admin1()).isEqualTo("Minnesota"));
    }

    @Test
    void badInputsAreEachOneLineAndTheRestOfTheBatchIsStored() throws IOException {
        Path good1 = write("good1.txt", "Troops crossed the border on Tuesday, officials said.\n\nThe ministry confirmed it.\n");
        Path empty = write("empty.txt", "");
        Path junk = folder.resolve("junk.bin");
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Files.write(junk, noise);
        Path badUtf8 = folder.resolve("bad-utf8.txt");
        Files.write(badUtf8, "Caf\u00e9 talks \uFFFD resumed on Monday.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(badUtf8, concat(Files.readAllBytes(badUtf8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '\n'}));
        Path dir = Files.createDirectories(folder.resolve("folder"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), folder.resolve("gone.txt"));
        Path locked = write("folder/locked.txt", "A file nobody but root may read, about the summit.\n");
        boolean canLock = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        Path truncatedWarc = folder.resolve("truncated.warc.gz");
        byte[] warc = concat(warcRecord(1), warcRecord(2));
        Files.write(truncatedWarc, Arrays.copyOf(warc, warc.length - 60));
        Path deep = write("deep.html", "<html><body>" + "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000)
                + "</body></html>");
        Path good2 = write("good2.txt", "Election results were announced on Friday in the capital.\n");

        CliRun run = sitrep(args(List.of("ingest", "--db", db, "--stages", "clean"),
                List.of(good1, empty, junk, badUtf8, dir, truncatedWarc, deep, good2)));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in");
        // a warning (a few bytes that are not UTF-8, read as UTF-8 with replacement) is no failure
        List<String> failures = run.errLines().subList(0, run.errLines().size() - 1).stream()
                .filter(l -> !l.contains(": warning: ")).toList();
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("sitrep: " + badUtf8 + ": warning: ")).hasSize(1);
        assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("sitrep ingest: inputs: ")
                .contains(failures.size() + " failed");
        for (Path mustFail : canLock ? List.of(empty, junk, dangling, truncatedWarc, locked)
                : List.of(empty, junk, dangling, truncatedWarc)) {
            assertThat(failures).as("one line for " + mustFail).filteredOn(l -> l.startsWith("sitrep: " + mustFail + ": ")).hasSize(1);
        }
        // invalid UTF-8 is read in a fallback charset and deep nesting may be read flat: at most one line each
        for (Path mayFail : List.of(badUtf8, deep)) {
            assertThat(failures).filteredOn(l -> l.startsWith("sitrep: " + mayFail + ": ")).hasSizeLessThanOrEqualTo(1);
        }
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            for (Path good : List.of(good1, good2)) {
                assertThat(store.findInput(hash(good))).as(good.toString())
                        .hasValueSatisfying(in -> assertThat(in.articleIds()).isNotEmpty());
            }
            assertThat(store.findInput(hash(empty))).isEmpty();
            // the page before the break in the archive is kept, as an input of its own
            assertThat(store.list(ArticleQuery.all())).filteredOn(a -> a.sourcePath().startsWith(truncatedWarc.toString()))
                    .hasSize(1);
        }
    }

    @Test
    void storesAnArchiveRecordByRecordAndIngestingItAgainChangesNothing() throws IOException {
        Path warc = folder.resolve("pages.warc.gz");
        Files.write(warc, concat(warcRecord(1), warcRecord(2)));

        CliRun first = sitrep("ingest", "--db", db, "--stages", "clean", warc.toString());
        CliRun again = sitrep("ingest", "--db", db, "--stages", "clean", warc.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("inputs: 2 new, 0 unchanged, 0 failed; articles: 2 new");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("inputs: 0 new, 2 unchanged, 0 failed; articles: 0 new, 0 updated, 2 unchanged");
        try (ArticleStore store = JdbiArticleStore.open(db)) {
            assertThat(store.countInputs()).isEqualTo(2);
            for (StoredArticle a : store.list(ArticleQuery.all())) {
                StoredInput record = store.findInput(a.inputHash()).orElseThrow();
                assertThat(record.path()).startsWith(warc + "#");
                assertThat(record.format()).isEqualTo("html");
                assertThat(record.url()).startsWith("http://example.org/");
                // the record's text is kept: the article's offsets point into it
                String text = new String(store.rawInput(a.inputHash()).orElseThrow(), StandardCharsets.UTF_8);
                Article article = a.article();
                assertThat(text.substring(article.bodySpan().start(), article.bodySpan().end())).contains("Paragraph one");
            }
        }
    }

    @Test
    void aStoreFailureInTheMiddleOfABatchKeepsTheInputsBeforeAndAfterAndNothingOfThatInput() throws IOException {
        Path a = write("a.txt", "The first article, about the ceasefire talks in Doha on Monday.\n");
        Path b = write("b.txt", "The second article, about the flooding in the north on Tuesday.\n");
        Path c = write("c.txt", "The third article, about the budget vote on Wednesday.\n");
        StringWriter err = new StringWriter();
        int failed;
        try (ArticleStore real = JdbiArticleStore.open(db)) {
            ArticleStore crashesOnB = new CrashingStore(real, "b.txt");
            Ingester ingester = new Ingester(new ArticlePipeline(Set.of("clean")), Set.of("clean"), crashesOnB);
            InputOptions options = new InputOptions(null, "auto", null, null, null);
            failed = new InputBatch(new PrintWriter(err, true), new ByteArrayInputStream(new byte[0])).runRaw(
                    List.of(a.toString(), b.toString(), c.toString()), options,
                    (path, raw, docs) -> ingester.ingest(raw, docs, options.withPath(path)));

            assertThat(failed).isEqualTo(1);
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("sitrep: " + b + ": not stored: ").contains("simulated crash");
            assertThat(real.findInput(hash(a))).isPresent();
            assertThat(real.findInput(hash(c))).isPresent();
            assertThat(real.findInput(hash(b))).isEmpty();
            assertThat(real.count(ArticleQuery.all())).isEqualTo(2);
        }
        CliRun rerun = sitrep("ingest", "--db", db, "--stages", "clean", a.toString(), b.toString(), c.toString());
        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.err()).contains("inputs: 1 new, 2 unchanged, 0 failed; articles: 1 new, 0 updated, 2 unchanged");
    }

    /** A store that breaks part-way through saving one input, inside the real transaction. */
    private record CrashingStore(ArticleStore real, String crashOn) implements ArticleStore {
        @Override
        public SaveResult save(RawInput input, Set<String> stages, List<Article> articles) {
            if (!input.path().endsWith(crashOn)) {
                return real.save(input, stages, articles);
            }
            List<Article> breaking = new java.util.AbstractList<>() {
                @Override
                public Article get(int index) {
                    if (index == articles.size()) {
                        throw new IllegalStateException("simulated crash after " + index + " articles");
                    }
                    return articles.get(index);
                }

                @Override
                public int size() {
                    return articles.size() + 1;
                }
            };
            return real.save(input, stages, breaking);
        }

        @Override
        public java.util.Optional<StoredInput> findInput(String contentHash) {
            return real.findInput(contentHash);
        }

        @Override
        public java.util.Optional<byte[]> rawInput(String contentHash) {
            return real.rawInput(contentHash);
        }

        @Override
        public java.util.Optional<StoredArticle> find(String articleId) {
            return real.find(articleId);
        }

        @Override
        public List<StoredArticle> list(ArticleQuery query) {
            return real.list(query);
        }

        @Override
        public long writesEnded() {
            return real.writesEnded();
        }

        @Override
        public List<org.sitrep.store.ArticleSummary> summaries(ArticleQuery query) {
            return real.summaries(query);
        }

        @Override
        public long count(ArticleQuery query) {
            return real.count(query);
        }

        @Override
        public long countInputs() {
            return real.countInputs();
        }

        @Override
        public List<org.sitrep.store.StoredEvent> events(org.sitrep.store.EventQuery query) {
            return real.events(query);
        }

        @Override
        public long countEvents(org.sitrep.store.EventQuery query) {
            return real.countEvents(query);
        }

        @Override
        public List<org.sitrep.store.StoredEvent> events(org.sitrep.store.EventQuery query, org.sitrep.store.EventFilter filter) {
            return real.events(query, filter);
        }

        @Override
        public long countEvents(org.sitrep.store.EventQuery query, org.sitrep.store.EventFilter filter) {
            return real.countEvents(query, filter);
        }

        @Override
        public List<org.sitrep.store.StoredClaim> claims(org.sitrep.store.ClaimQuery query) {
            return real.claims(query);
        }

        @Override
        public long countClaims(org.sitrep.store.ClaimQuery query) {
            return real.countClaims(query);
        }

        @Override
        public org.sitrep.store.LinkStore links() {
            return real.links();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** One gzipped WARC response record holding a small news page. */
    private static byte[] warcRecord(int n) throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>Story " + n
                + "</title></head><body><article><p>Paragraph one of story " + n + " about the ministers meeting in Geneva"
                + " on Monday.</p><p>A second paragraph about the talks and their outcome, story " + n + ".</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/" + n
                + "\r\nWARC-Date: 2024-10-29T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + n
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(head.getBytes(StandardCharsets.UTF_8));
            gz.write(http);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
