package org.sitrep.store.watch;

import org.junit.jupiter.api.AfterEach;
import org.sitrep.store.PostgresTestDatabase;

/** The watch state on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresWatchStoreTest extends WatchStoreContract {

    private PostgresTestDatabase database;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            store.close();
            store = null;
            database.drop();
        }
    }
}
