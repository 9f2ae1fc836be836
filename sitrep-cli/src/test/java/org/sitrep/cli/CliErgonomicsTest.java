package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, sections 4 and 5: options checked as usage errors, no store conjured up, help with examples. */
class CliErgonomicsTest {

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + "/sitrep";
    }

    @Test
    void datesNotOnTheCalendarAreUsageErrorsNamingTheOption() {
        for (String command : List.of("articles", "events", "claims")) {
            for (String date : List.of("2025-13-01", "2025-02-30")) {
                AnnotateCommandTest.Result r = AnnotateCommandTest.run(command, "--db", db(), "--since", date);
                assertThat(r.code()).as(command + " " + date).isEqualTo(ExitCodes.USAGE);
                assertThat(r.errors()).singleElement().asString().contains("--since").contains(date);
            }
        }
        assertThat(AnnotateCommandTest.run("articles", "--db", db(), "--until", "2025-04-31").errors())
                .singleElement().asString().contains("--until");
    }

    @Test
    void aBareHomeThatNamesSeveralTownsIsAUsageErrorListingThem() throws IOException {
        Path page = Files.writeString(dir.resolve("a.txt"), "KABUL: Clashes broke out on Friday, officials said.\n");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("annotate", "--stages", "clean", "--home", "Atlantis", page.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errors()).singleElement().asString().startsWith("sitrep annotate: --home: 'Atlantis' names more than one town")
                .contains("Florida");
        AnnotateCommandTest.Result qualified = AnnotateCommandTest.run("annotate", "--stages", "clean", "--home", "Atlantis, Florida",
                page.toString());
        assertThat(qualified.code()).isZero();
        AnnotateCommandTest.Result nowhere = AnnotateCommandTest.run("annotate", "--stages", "clean", "--home", "Xqzzyville",
                page.toString());
        assertThat(nowhere.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(nowhere.errors()).singleElement().asString().contains("--home");
    }

    @Test
    void readingCommandsSayThereIsNoStoreYetAndCreateNothing() throws IOException {
        for (String command : List.of("articles", "events", "claims")) {
            AnnotateCommandTest.Result r = AnnotateCommandTest.run(command, "--db", db());
            assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(r.errors()).singleElement().asString().startsWith("sitrep " + command + ": no store yet")
                    .contains("sitrep ingest").doesNotContain("Exception");
        }
        AnnotateCommandTest.Result show = AnnotateCommandTest.run("articles", "show", "--db", db(), "80dea485");
        assertThat(show.errors()).singleElement().asString().contains("no store yet");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty(); // no folder, no database, no trace file
        }
    }

    @Test
    void everyCommandsHelpHasExamplesAndTheStagesDefaultIsStated() {
        for (List<String> command : List.of(List.of("annotate"), List.of("ingest"), List.of("articles"), List.of("articles", "show"),
                List.of("events"), List.of("claims"), List.of("eval"), List.of("bench"), List.of("report"), List.of("bench-store"), List.of("compact"))) {
            java.io.StringWriter out = new java.io.StringWriter();
            String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
            Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), args);
            String help = out.toString();
            assertThat(help).as(String.join(" ", command)).contains("Examples:");
            long examples = help.lines().dropWhile(l -> !l.startsWith("Examples:")).filter(l -> l.startsWith("  sitrep ")
                    || l.startsWith("  SITREP_") || l.startsWith("  curl")).count();
            assertThat(examples).as(String.join(" ", command)).isBetween(2L, 3L);
        }
        java.io.StringWriter annotate = new java.io.StringWriter();
        Main.run(new java.io.PrintWriter(annotate), new java.io.PrintWriter(new java.io.StringWriter()), "annotate", "--help");
        String help = annotate.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("clean, entities, time, geo, quotes, events, claims, or all (default: all)")
                .contains("retrieved_at").contains("source").contains("id (names the record");
    }
}
