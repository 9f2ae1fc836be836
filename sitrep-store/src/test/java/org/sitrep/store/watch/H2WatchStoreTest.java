package org.sitrep.store.watch;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The watch state on an embedded H2 file, the default database. */
class H2WatchStoreTest extends WatchStoreContract {

    @TempDir
    Path folder;

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("sitrep").toAbsolutePath();
    }
}
