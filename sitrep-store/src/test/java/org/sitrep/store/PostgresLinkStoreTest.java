package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;

/** Linking across articles on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresLinkStoreTest extends LinkStoreContract {

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
