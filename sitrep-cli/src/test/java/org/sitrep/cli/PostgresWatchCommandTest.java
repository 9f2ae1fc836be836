package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.sitrep.store.PostgresTestDatabase;

/** {@code sitrep watch} storing into a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresWatchCommandTest extends WatchCommandTest {

    private PostgresTestDatabase database;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }
}
