package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;

/** The store on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
class PostgresArticleStoreTest extends ArticleStoreContract {

    private PostgresTestDatabase database;
    private PostgresTestDatabase second;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @Override
    String reopenableUrl() {
        return database.url();
    }

    @Override
    String secondEmptyDatabase() {
        second = PostgresTestDatabase.create();
        return second.url();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            store.close();
            store = null;
            database.drop();
        }
        if (second != null) {
            second.drop();
        }
    }
}
