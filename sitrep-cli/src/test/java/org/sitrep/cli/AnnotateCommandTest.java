package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/** The annotate command end to end, in process, on good and bad inputs (the clean stage: no CoreNLP). */
class AnnotateCommandTest {

    @TempDir
    Path dir;

    record Result(int code, List<Article> articles, List<String> errors) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        List<Article> articles = out.toString().lines().filter(l -> l.startsWith("{")).map(ArticleJson::fromJson).toList();
        List<String> errors = err.toString().lines().filter(l -> !l.isBlank()).toList();
        return new Result(code, articles, errors);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path good() throws IOException {
        return write("good.txt", "KABUL: Heavy gunfire erupted along the border late on Friday, officials said.\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodInputGivesArticleJsonAndExitZero() throws IOException {
        Result r = run("annotate", "--stages", "clean", good().toString());
        assertThat(r.code()).isZero();
        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.dateline()).isEqualTo("KABUL");
            assertThat(a.source().path()).isEqualTo(dir.resolve("good.txt").toString());
            assertThat(a.id()).isNotBlank();
        });
    }

    @Test
    void badInputsAreNamedOneLineEachAndTheBatchGoesOn() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        byte[] junk = new byte[10_000];
        new java.util.Random(7).nextBytes(junk);
        Path binary = write("junk.bin", junk);
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        Path deep = write("deep.html", ("<html><body>" + "<div>".repeat(100_000) + "<p>Deep text of the page.</p>"
                + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(5000)).getBytes(StandardCharsets.ISO_8859_1));
        }
        Path truncated = write("broken.warc.gz", Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        Path missing = dir.resolve("missing.txt");
        Path good = good();

        Result r = run("annotate", "--stages", "clean", empty.toString(), binary.toString(), huge.toString(),
                deep.toString(), truncated.toString(), missing.toString(), good.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errors()).hasSize(5);
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains(empty.toString()).contains("empty"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains(binary.toString()).contains("binary"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains(huge.toString()).contains("too large"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains(truncated.toString()));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains(missing.toString()).contains("no such file"));
        assertThat(r.errors()).allSatisfy(e -> assertThat(e).startsWith("sitrep: ").doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(r.articles()).extracting(a -> a.source().path()).contains(good.toString(), deep.toString());
        assertThat(r.articles()).filteredOn(a -> a.source().path().equals(deep.toString()))
                .singleElement().satisfies(a -> assertThat(a.body()).contains("Deep text of the page."));
    }

    @Test
    void aFolderIsReadFileByFileAndADanglingLinkIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("a.txt"), "SEOUL: Officials met on Tuesday to discuss the talks, the ministry said.\n");
        Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Result r = run("annotate", "--stages", "clean", folder.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e).contains("gone.txt"));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("annotate", "--stages", "nonsense", good().toString()).code()).isEqualTo(2);
        Result unknown = run("annotate", "--stages", "entities,stories", good().toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.articles()).isEmpty();
        assertThat(unknown.errors()).singleElement().asString().contains("'stories'").contains("unknown stage");
        assertThat(run("annotate", "--format", "pdf", good().toString()).code()).isEqualTo(2);
        assertThat(run("annotate", "--retrieved-at", "last tuesday", good().toString()).code()).isEqualTo(2);
        assertThat(run("annotate").code()).isEqualTo(2);
        Result nowhere = run("annotate", "--home", "Alexandria, Narnia", good().toString());
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.errors()).singleElement().asString().contains("--home").contains("Alexandria, Narnia");
    }

    @Test
    void aHomeGivenOrLearnedFromASourcesArticlesPlacesItsLocalNames() throws IOException {
        Path p = write("board.txt", "The Alexandria school board met on Tuesday to discuss the budget.\n"
                .getBytes(StandardCharsets.UTF_8));
        Result away = run("annotate", "--stages", "geo", p.toString());
        Result home = run("annotate", "--stages", "geo", "--home", "Alexandria, Minnesota", p.toString());
        assertThat(placeOf(away, "Alexandria").admin1()).isNotEqualTo("Minnesota");
        assertThat(placeOf(home, "Alexandria").admin1()).isEqualTo("Minnesota");
        // The same story from a Minnesota paper after three of its stories that say where it is.
        List<String> args = new java.util.ArrayList<>(List.of("annotate", "--stages", "geo", "--url", "https://echo.example/news/1"));
        for (String town : List.of("Osakis", "Garfield", "Brandon")) {
            args.add(write(town + ".txt", ("Police in " + town + " and Alexandria, Minnesota, closed the road on Monday.\n")
                    .getBytes(StandardCharsets.UTF_8)).toString());
        }
        args.add(p.toString());
        Result learned = run(args.toArray(String[]::new));
        assertThat(learned.articles()).hasSize(4);
        assertThat(placeOf(learned, "Alexandria").admin1()).isEqualTo("Minnesota");
    }

    private static org.sitrep.model.Place placeOf(Result r, String name) {
        return r.articles().stream().flatMap(a -> a.entities().stream())
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name)) && e.place() != null)
                .map(org.sitrep.model.Entity::place).findFirst().orElseThrow();
    }

    @Test
    void retrievedAtAnchorsRelativeUpdateLines() throws IOException {
        Path p = write("rel.txt", ("Border clashes resume\n\nUpdated 2 hours ago\n\n"
                + "KABUL: Heavy gunfire erupted along the border late on Friday, officials said.\n").getBytes(StandardCharsets.UTF_8));
        Result anchored = run("annotate", "--stages", "clean", "--retrieved-at", "2025-12-06T10:00:00Z", p.toString());
        assertThat(anchored.articles().get(0).published().value()).isEqualTo("2025-12-06T08:00:00Z");
        Result unanchored = run("annotate", "--stages", "clean", p.toString());
        assertThat(unanchored.articles().get(0).published()).isNull();
    }
}
