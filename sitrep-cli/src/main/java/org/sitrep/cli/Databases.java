package org.sitrep.cli;

import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.StoreUrls;

/** Opens the store a command names with --db (or $SITREP_DB, or the default H2 file). */
final class Databases {

    private Databases() {
    }

    static ArticleStore open(String db) {
        return JdbiArticleStore.open(StoreUrls.choose(db));
    }
}
