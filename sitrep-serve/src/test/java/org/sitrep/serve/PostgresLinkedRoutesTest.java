package org.sitrep.serve;

import org.sitrep.store.PostgresTestDatabase;

/** The linked routes, search and watchlists over a real PostgreSQL server ({@code SITREP_TEST_PG_URL}; CI starts one). */
class PostgresLinkedRoutesTest extends LinkedRoutesContract {
    private PostgresTestDatabase database;

    @Override
    String databaseUrl() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @Override
    void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
