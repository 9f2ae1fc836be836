package org.sitrep.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.PostgresTestDatabase;

/** Search over a real PostgreSQL server (see {@link PostgresTestDatabase}), the index in a folder given by --index. */
class PostgresSearchTest extends SearchContract {

    @TempDir
    Path folder;

    private PostgresTestDatabase database;

    @Override
    String emptyDatabase() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @Override
    Path indexFolder() {
        return folder.resolve("index");
    }

    @Override
    Path expectedIndexFolder() {
        return indexFolder();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.drop();
        }
    }
}
