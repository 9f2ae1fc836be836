package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, section 5: {@code articles show} lists what was read from the article, not only counts. */
class ArticleShowTest {

    @TempDir
    Path dir;

    @Test
    void showListsPeoplePlacesTimesAndQuotesOfASeed() {
        Path seed = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds", "000_1a7b68277bc800f8.txt");
        Assumptions.assumeTrue(Files.isReadable(seed), "seed file not found at " + seed + "; skipped");
        String db = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + "/sitrep";
        assertThat(AnnotateCommandTest.run("ingest", "--db", db, "--stages", "entities,time,geo,quotes", seed.toString()).code())
                .isZero();

        StringWriter out = new StringWriter();
        // the article an unambiguous start of whose id is enough; this seed's first article is the foreign minister's visit
        StringWriter list = new StringWriter();
        Main.run(new PrintWriter(list), new PrintWriter(new StringWriter()), "articles", "--db", db, "--title", "North Korea");
        String id = list.toString().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "articles", "show", "--db", db, id);
        String shown = out.toString();

        assertThat(code).isZero();
        assertThat(shown).contains("people (").contains("  Choe Son Hui (Foreign Minister, North Korea) @")
                .contains("places (").contains("  Vladivostok -> Vladivostok, Primorye, RU")
                .contains("times (").contains("\"Tuesday\" = 2024-10-29 (day) @")
                .contains("quotes (").contains("Korean Central News Agency said: \"");
        assertThat(shown.indexOf("people (")).isLessThan(shown.indexOf("The minister flew into")); // the listing, then the body
    }
}
