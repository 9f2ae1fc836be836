package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The across-article commands' bad options: one line naming the option, exit 2, nothing on stdout; an empty store lists nothing. */
class LinkCommandsUsageTest {

    @TempDir
    Path folder;

    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    @Test
    void badOptionsExitTwoWithOneLineNamingTheOption() {
        String db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        String[][] cases = {
                {"entities", "--kind", "ROBOT"}, {"entities", "--format", "geojson"}, {"entities", "--country", "Atlantis"},
                {"entities", "--near", "91,10"}, {"entities", "--near", "a,b"}, {"entities", "--within-km", "5"},
                {"entities", "--near", "34,69", "--within-km", "-3"}, {"entities", "--bbox", "70,30,60,35"},
                {"stories", "--since", "last week"}, {"stories", "--format", "acled"}, {"stories", "--bbox", "1,2,3"},
                {"events", "--actor", "Taliban"}, {"events", "--linked", "--format", "acled"},
                {"events", "--linked", "--near", "34,69,1"}, {"claims", "--series", "--since", "yesterday"}};
        String[] named = {"--kind", "--format", "--country", "--near", "--near", "--within-km", "--within-km", "--bbox",
                "--since", "--format", "--bbox", "--linked", "--format", "--near", "--since"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 2];
            System.arraycopy(cases[i], 0, args, 0, cases[i].length);
            args[cases[i].length] = "--db";
            args[cases[i].length + 1] = db;
            CliRun run = sitrep(args);
            assertThat(run.exitCode()).as(String.join(" ", cases[i]) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip().split("\n")).as(run.err()).hasSize(1);
            assertThat(run.err()).contains(named[i]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void anEmptyStoreListsNothing() {
        String db = "jdbc:h2:file:" + folder.resolve("empty").toAbsolutePath() + "/sitrep";
        org.sitrep.store.JdbiArticleStore.open(db).close(); // made, with nothing in it (reading commands make no store)

        assertThat(sitrep("entities", "--db", db, "--format", "json").out().strip()).isEqualTo("[]");
        assertThat(sitrep("stories", "--db", db, "--format", "json").out().strip()).isEqualTo("[]");
        assertThat(sitrep("claims", "--series", "--db", db, "--format", "json").out().strip()).isEqualTo("[]");
        CliRun events = sitrep("events", "--linked", "--db", db, "--near", "34.5,69.2", "--within-km", "100");
        assertThat(events.exitCode()).as(events.err()).isZero();
        assertThat(events.out().strip().split("\n")).hasSize(1); // the header
    }
}
