package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.QuerySyntaxException;
import org.sitrep.store.search.SearchIndexException;
import org.sitrep.store.search.SearchIndexes;
import org.sitrep.store.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Full-text search over the stored articles' titles and bodies, best first, each"
        + " with a snippet, the matched words between ** (json: their ranges).",
        "Words must all appear (AND) unless joined by OR; \"quoted phrases\"; NOT; parentheses; title:WORD or"
        + " body:WORD. Word forms match (\"clash\" finds \"clashes\"). The index sits beside the database and is"
        + " kept in step by ingest; --rebuild makes it again from the store if it is lost."},
        footer = {"", "Examples:",
                "  sitrep search \"Spin Boldak\"",
                "  sitrep search 'title:ceasefire AND (Kandahar OR Chaman)' --format json",
                "  sitrep search --rebuild --index /data/idx --db jdbc:postgresql://HOST/DB"})
final class SearchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rebuild reports its progress to stderr every so many articles (a page of the rebuild is 1,000). */
    private static final int PROGRESS_EVERY = 10_000;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..1", description = "what to look for")
    String text;

    @Mixin
    StoreOption database;

    @Option(names = "--index", paramLabel = "DIR", description = "the search index's folder (default: $SITREP_INDEX, else"
            + " DIR/NAME-search-index beside an H2 file database jdbc:h2:file:DIR/NAME, else"
            + " sitrep-data/search-index-HOST-PORT-DATABASE)")
    Path indexFolder;

    @Option(names = "--limit", defaultValue = "10", description = "show at most this many (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, or json (one hit per line)")
    String format;

    @Option(names = "--rebuild", description = "index every stored article again (after the index was lost or fell behind; progress on stderr)")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("json")) {
            err.println("sitrep search: --format must be table or json, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        if (limit < 1) {
            err.println("sitrep search: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        if ((text == null || text.isBlank()) && !rebuild) {
            err.println("sitrep search: give the TEXT to look for (or --rebuild)");
            return ExitCodes.USAGE;
        }
        String url = StoreUrls.choose(database.db);
        Path folder = SearchIndexes.chosenFolder(url, indexFolder);
        try (ArticleStore store = Databases.openExisting(database.db); ArticleIndex index = SearchIndexes.open(url, indexFolder)) {
            if (rebuild) {
                long total = store.count(ArticleQuery.all());
                long start = System.nanoTime();
                long indexed = SearchIndexes.rebuild(store, index, done -> {
                    if (done % PROGRESS_EVERY == 0) {
                        err.printf(java.util.Locale.ROOT, "sitrep search: indexed %d of %d articles (%.0f/s)%n", done, total,
                                done / ((System.nanoTime() - start) / 1e9));
                        err.flush();
                    }
                });
                err.println("sitrep search: indexed " + indexed + " articles" + (folder == null ? "" : " in " + folder));
            }
            if (text == null || text.isBlank()) {
                return ExitCodes.OK;
            }
            long stored = store.count(ArticleQuery.all());
            if (stored > 0 && index.size() == 0) {
                err.println("sitrep search: the search index" + (folder == null ? "" : " at " + folder)
                        + " is missing or empty, though the store holds " + stored
                        + " articles; make it again with sitrep search --rebuild");
                return ExitCodes.SOME_FAILED;
            }
            SearchResults results = index.search(text, limit);
            if (format.equals("json")) {
                for (SearchResults.Hit hit : results.hits()) {
                    out.println(json(hit));
                }
            } else {
                printTable(out, results);
                if (results.total() > results.hits().size()) {
                    err.println("(" + results.hits().size() + " of " + results.total() + " matching articles shown; see --limit)");
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (QuerySyntaxException e) {
            err.println("sitrep search: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException | SearchIndexException e) {
            err.println("sitrep search: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private static void printTable(PrintWriter out, SearchResults results) {
        if (results.hits().isEmpty()) {
            out.println("(no stored article matches)");
            return;
        }
        int rank = 1;
        for (SearchResults.Hit hit : results.hits()) {
            out.printf(Locale.ROOT, "%2d. %-24s  %-10s  %-60s  %s%n", rank++, hit.articleId(),
                    ArticlesCommand.cell(hit.published(), 10), ArticlesCommand.cell(terminalSafe(hit.title()), 60),
                    hit.sourcePath() == null ? "" : terminalSafe(hit.sourcePath()));
            out.println("    " + terminalSafe(marked(hit.snippet())));
        }
    }

    /** The snippet with its highlights between **. */
    static String marked(SearchResults.Snippet snippet) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (SearchResults.Range range : snippet.highlights()) {
            text.append(snippet.text(), at, range.start()).append("**")
                    .append(snippet.text(), range.start(), range.end()).append("**");
            at = range.end();
        }
        return text.append(snippet.text().substring(at)).toString();
    }

    /** Article text is untrusted: no control characters (terminal escapes) reach the terminal, and one line. */
    static String terminalSafe(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+", " ")
                .replaceAll(" {2,}", " ").strip();
    }

    private static String json(SearchResults.Hit hit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("article_id", hit.articleId());
        node.put("title", hit.title());
        node.put("published", hit.published());
        node.put("source_path", hit.sourcePath());
        node.put("url", hit.url());
        node.put("score", hit.score());
        node.put("snippet", hit.snippet().text());
        ArrayNode ranges = node.putArray("highlights");
        for (SearchResults.Range range : hit.snippet().highlights()) {
            ranges.addObject().put("start", range.start()).put("end", range.end());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }
}
