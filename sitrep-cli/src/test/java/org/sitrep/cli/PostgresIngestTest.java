package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.sitrep.store.PostgresTestDatabase;

/** Ingest into a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresIngestTest extends IngestContract {

    private PostgresTestDatabase database;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            TestIndexes.deleteDefaultIndex(database.url());
            database.drop();
        }
    }
}
