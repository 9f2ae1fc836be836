package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;

/** Opens the store a command names with --db (or $SITREP_DB, or the default H2 file). */
final class Databases {

    private Databases() {
    }

    /** Opens the store, creating it (and its schema) when it does not exist yet: for commands that write. */
    static ArticleStore open(String db) {
        return JdbiArticleStore.open(StoreUrls.choose(db));
    }

    /**
     * Opens a store that must exist already: for commands that only read, which should not leave an empty
     * database (and H2's trace file) behind where the user has stored nothing yet.
     */
    static ArticleStore openExisting(String db) {
        String url = StoreUrls.choose(db);
        Optional<Path> file = StoreUrls.h2File(url);
        if (file.isPresent() && !Files.exists(file.get())) {
            Path folder = file.get().toAbsolutePath().normalize().getParent();
            throw new StoreException("no store yet", "nothing has been stored in " + (folder == null ? file.get() : folder)
                    + "; store something first with: sitrep ingest" + (db == null || db.isBlank() ? "" : " --db " + db)
                    + " FILE...", null);
        }
        return JdbiArticleStore.open(url);
    }
}
