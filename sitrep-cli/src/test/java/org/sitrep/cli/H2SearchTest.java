package org.sitrep.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Search over an embedded H2 file: the index sits beside the database's file, where sitrep puts it. */
class H2SearchTest extends SearchContract {

    @TempDir
    Path folder;

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
    }

    @Override
    Path indexFolder() {
        return null;
    }

    @Override
    Path expectedIndexFolder() {
        return folder.resolve("db").toAbsolutePath().resolve("sitrep-search-index");
    }
}
