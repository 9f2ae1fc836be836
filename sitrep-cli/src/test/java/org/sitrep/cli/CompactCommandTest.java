package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;

/** sitrep compact: an H2 store's file shrinks to its data and still holds all of it; a store in use is left alone. */
class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void aStoreFilledBatchByBatchShrinksAndKeepsEveryArticle() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("sitrep").toAbsolutePath();
        long events;
        // closed without compaction, as a process killed while writing leaves it
        try (ArticleStore store = JdbiArticleStore.open(url + ";MAX_COMPACT_TIME=0")) {
            // small batches, each a commit: the writes that leave an H2 file many times its data
            StoreCorpusGenerator made = new StoreCorpusGenerator(3);
            for (int from = 0; from < 600; from += 20) {
                store.save(made.input(from, 20), java.util.Set.of("generated"), made.articles(from, 20));
            }
            events = store.countEvents(EventQuery.all());
        }
        Path file = dir.resolve("sitrep.mv.db");
        long before = Files.size(file);

        CliRun run = CliRun.of("compact", "--db", url);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("compacted " + file).contains("MiB ->");
        assertThat(Files.size(file)).isLessThan(before);
        try (ArticleStore store = JdbiArticleStore.open(url)) {
            assertThat(store.count(ArticleQuery.all())).isEqualTo(600);
            assertThat(store.countEvents(EventQuery.all())).isEqualTo(events);
        }
    }

    @Test
    void aStoreGivesBackTheSpaceItsWritesLeftWhenItIsClosed() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("closing").toAbsolutePath();
        Path file = dir.resolve("closing.mv.db");
        long whileOpen;
        try (ArticleStore store = JdbiArticleStore.open(url)) {
            StoreCorpusGenerator made = new StoreCorpusGenerator(5);
            for (int from = 0; from < 600; from += 20) {
                store.save(made.input(from, 20), java.util.Set.of("generated"), made.articles(from, 20));
                for (int n = from; n < from + 20; n++) {
                    store.links().link(made.article(n).id(), made.article(n).body());
                }
            }
            whileOpen = Files.size(file);
        }
        assertThat(Files.size(file)).isLessThan(whileOpen / 3);
        try (ArticleStore store = JdbiArticleStore.open(url)) {
            assertThat(store.count(ArticleQuery.all())).isEqualTo(600);
        }
    }

    @Test
    void aStoreThatIsNotAnH2FileOrDoesNotExistIsAUsageError() {
        CliRun missing = CliRun.of("compact", "--db", "jdbc:h2:file:" + dir.resolve("none").toAbsolutePath());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("sitrep compact: there is no store at").doesNotContain("Exception");
        CliRun postgres = CliRun.of("compact", "--db", "jdbc:postgresql://127.0.0.1:1/x");
        assertThat(postgres.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(postgres.err()).contains("VACUUM");
    }
}
