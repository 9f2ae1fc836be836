package org.sitrep.store.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.store.ArticleKey;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoredArticle;

/**
 * Where a database's search index lives, and how it is rebuilt from the store. For an H2 file database
 * {@code jdbc:h2:file:DIR/NAME} it is the folder {@code DIR/NAME-search-index} beside the database's files (the
 * default store's is {@code ./sitrep-data/sitrep-search-index}); for any other database (PostgreSQL) it is
 * {@code ./sitrep-data/search-index-HOST-PORT-DATABASE[-SCHEMA]}, unless {@code --index DIR} or
 * {@code $SITREP_INDEX} names a folder; an in-memory database gets an in-memory index.
 */
public final class SearchIndexes {

    /** The environment variable that, when set, names the index folder. */
    public static final String ENVIRONMENT = "SITREP_INDEX";

    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^/?]*)/?([^?]*)(\\?.*)?");
    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([^&]*)");
    /** Articles read and indexed at a time: each page is one Lucene commit (an fsync), so not too few. */
    static final int PAGE = 1000;

    private SearchIndexes() {
    }

    /** The index folder for a database URL, or null for a database in memory. */
    public static Path folderFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return null;
        }
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            String path = jdbcUrl.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
            int options = path.indexOf(';');
            if (options >= 0) {
                path = path.substring(0, options);
            }
            if (path.startsWith("~")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            Path database = Path.of(path);
            Path folder = database.getParent() == null ? Path.of(".") : database.getParent();
            return folder.resolve(database.getFileName() + "-search-index");
        }
        Matcher postgres = POSTGRES.matcher(jdbcUrl);
        String name;
        if (postgres.matches()) {
            Matcher schema = SCHEMA.matcher(postgres.group(3) == null ? "" : postgres.group(3));
            name = postgres.group(1) + "-" + postgres.group(2) + (schema.find() ? "-" + schema.group(1) : "");
        } else {
            name = jdbcUrl.replaceFirst("[?;].*$", "").replaceFirst("^jdbc:", "");
        }
        return Path.of("sitrep-data", "search-index-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-")
                .replaceAll("^-+|-+$", ""));
    }

    /** The index for a database: in the folder given (--index), else $SITREP_INDEX's, else {@link #folderFor}. */
    public static ArticleIndex open(String jdbcUrl, Path given) {
        Path folder = given;
        if (folder == null) {
            String fromEnvironment = System.getenv(ENVIRONMENT);
            folder = fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment) : folderFor(jdbcUrl);
        }
        return folder == null ? LuceneArticleIndex.inMemory() : LuceneArticleIndex.open(folder);
    }

    /** The folder {@link #open} uses, for messages (null: in memory). */
    public static Path chosenFolder(String jdbcUrl, Path given) {
        if (given != null) {
            return given;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment) : folderFor(jdbcUrl);
    }

    /** Empties the index and indexes every stored article again, page by page; returns how many. */
    public static long rebuild(ArticleStore store, ArticleIndex index) {
        return rebuild(store, index, done -> { });
    }

    /**
     * As {@link #rebuild(ArticleStore, ArticleIndex)}, telling {@code progress} how many articles are indexed after
     * each page (a rebuild of 100,000 articles takes minutes: a command shows it is moving).
     */
    public static long rebuild(ArticleStore store, ArticleIndex index, java.util.function.LongConsumer progress) {
        index.clear();
        long done = 0;
        ArticleKey after = null; // pages by key: each page costs the same at any depth (OFFSET reads past the ones before)
        while (true) {
            List<StoredArticle> page = store.list(ArticleQuery.all().page(PAGE, 0).after(after));
            if (page.isEmpty()) {
                return done;
            }
            after = ArticleKey.of(page.get(page.size() - 1));
            List<Article> articles = new ArrayList<>(page.size());
            page.forEach(stored -> articles.add(stored.article()));
            index.put(articles);
            done += articles.size();
            progress.accept(done);
        }
    }
}
