package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.sitrep.store.PostgresTestDatabase;

/** {@code sitrep events} and {@code sitrep claims} on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresEventsCommandTest extends EventsCommandContract {

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
