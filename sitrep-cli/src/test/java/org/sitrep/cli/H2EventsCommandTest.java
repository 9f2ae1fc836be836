package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code sitrep events} and {@code sitrep claims} on an embedded H2 file, the default database. */
class H2EventsCommandTest extends EventsCommandContract {

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }

    @Test
    void usageErrorsExitTwoWithOneLineNamingTheOption() {
        CliRun since = sitrep("events", "--db", db, "--since", "last week");
        CliRun until = sitrep("events", "--db", db, "--until", "2025/12/05");
        CliRun format = sitrep("events", "--db", db, "--format", "kml");
        CliRun type = sitrep("events", "--db", db, "--type", "BOMBING");
        CliRun acled = sitrep("events", "--db", db, "--acled-type", "Skirmish");
        CliRun country = sitrep("events", "--db", db, "--country", "Atlantis");
        CliRun limit = sitrep("events", "--db", db, "--limit", "-1");
        CliRun claimsSince = sitrep("claims", "--db", db, "--since", "yesterday");
        CliRun claimsFormat = sitrep("claims", "--db", db, "--format", "acled");

        for (CliRun run : new CliRun[] {since, until, format, type, acled, country, limit, claimsSince, claimsFormat}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines()).as(run.err()).hasSize(1);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(since.err()).contains("--since", "last week");
        assertThat(until.err()).contains("--until", "2025/12/05");
        assertThat(format.err()).contains("--format", "kml");
        assertThat(type.err()).contains("--type", "BOMBING");
        assertThat(acled.err()).contains("--acled-type", "Skirmish");
        assertThat(country.err()).contains("--country", "Atlantis");
        assertThat(claimsSince.err()).startsWith("sitrep claims: --since");
        assertThat(claimsFormat.err()).contains("--format", "acled");
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithoutThePassword() {
        CliRun run = sitrep("events", "--db", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=hunter2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("sitrep events: cannot open database jdbc:postgresql://127.0.0.1:1/x?user=u&password=***")
                .doesNotContain("hunter2");
    }
}
