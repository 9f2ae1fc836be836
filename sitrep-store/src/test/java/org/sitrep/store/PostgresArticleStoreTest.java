package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;

/** The store on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresArticleStoreTest extends ArticleStoreContract {

    private PostgresTestDatabase database;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @Override
    String reopenableUrl() {
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
