package org.sitrep.cli;

/** Ingest into an embedded H2 file, the default database. */
class H2IngestTest extends IngestContract {

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }
}
