package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Linking across articles on an embedded H2 file, the default database. */
class H2LinkStoreTest extends LinkStoreContract {

    @TempDir
    Path folder;

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }
}
