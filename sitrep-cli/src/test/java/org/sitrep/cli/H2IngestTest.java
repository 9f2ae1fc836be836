package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ingest into an embedded H2 file, the default database. */
class H2IngestTest extends IngestContract {

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        CliRun stages = sitrep("ingest", "--db", db, "--stages", "clean,gossip", "x.txt");
        CliRun format = sitrep("articles", "--db", db, "--format", "xml");
        CliRun limit = sitrep("articles", "--db", db, "--limit", "-1");
        CliRun since = sitrep("articles", "--db", db, "--since", "last week");

        for (CliRun run : new CliRun[] {stages, format, limit, since}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines()).hasSize(1);
        }
        assertThat(stages.err()).contains("gossip");
        assertThat(since.err()).contains("last week");
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithoutThePasswordAndNothingIsRead() {
        CliRun run = sitrep("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=hunter2", "--stages", "clean",
                "no-such-file.txt");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("sitrep ingest: cannot open database jdbc:postgresql://127.0.0.1:1/x?user=u&password=***")
                .doesNotContain("hunter2");
    }
}
