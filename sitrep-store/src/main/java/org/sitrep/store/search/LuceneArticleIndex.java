package org.sitrep.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sitrep.model.Article;

/**
 * The article index in Lucene: one document per article id (an article read again replaces its earlier reading),
 * its title and body analysed for English (so "clashes" finds "clash"), searched title-first by Lucene's classic
 * query syntax with AND between words unless the user says OR, snippets by the unified highlighter. Readers see
 * the last commit, so a search runs while an ingest writes; one writer at a time per folder (Lucene's lock).
 */
public final class LuceneArticleIndex implements ArticleIndex {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String PUBLISHED = "published";
    private static final String SOURCE = "source";
    private static final String URL = "url";
    /** The fields a query may name. */
    private static final Set<String> SEARCHABLE = Set.of(TITLE, BODY);
    /** Characters no article is expected to hold, marking highlights inside the highlighter's output. */
    private static final String OPEN = "\uE000";
    private static final String CLOSE = "\uE001";
    /** Matches deeper into a body than this are found but not shown in the snippet: the cost per hit is bounded. */
    private static final int HIGHLIGHT_CHARS = 200_000;
    private static final int PASSAGES = 2;

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final String where;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;
    /**
     * Searchers over the latest commit, kept open between searches (opening one reads every segment's metadata,
     * which at 100,000 articles is most of a search's time) and refreshed when a commit, this process's or
     * another's, has changed the index.
     */
    private SearcherManager searchers;

    private LuceneArticleIndex(Directory directory, String where) {
        this.directory = directory;
        this.where = where;
    }

    /** The index in this folder, created on first write. */
    public static LuceneArticleIndex open(Path folder) {
        try {
            return new LuceneArticleIndex(FSDirectory.open(folder), folder.toString());
        } catch (IOException e) {
            throw new SearchIndexException("cannot open the search index at " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for a database that is itself in memory. */
    public static LuceneArticleIndex inMemory() {
        return new LuceneArticleIndex(new ByteBuffersDirectory(), "memory");
    }

    @Override
    public synchronized void put(List<Article> articles) {
        try {
            IndexWriter w = writer();
            for (Article article : articles) {
                w.updateDocument(new Term(ID, article.id()), document(article));
            }
            w.commit();
        } catch (IOException e) {
            throw new SearchIndexException("cannot write the search index at " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            IndexWriter w = writer();
            w.deleteAll();
            w.commit();
        } catch (IOException e) {
            throw new SearchIndexException("cannot write the search index at " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long size() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new SearchIndexException("cannot read the search index at " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SearchResults search(String text, int limit) throws QuerySyntaxException {
        Query query = parse(text);
        try {
            SearcherManager manager = searchers();
            if (manager == null) {
                return new SearchResults(0, List.of());
            }
            manager.maybeRefresh();
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, limit));
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, "… ", false))
                        .withWeightMatches(true)
                        .withMaxLength(HIGHLIGHT_CHARS)
                        .withMaxNoHighlightPassages(1)
                        .build();
                String[] bodies = highlighter.highlight(BODY, query, top, PASSAGES);
                String[] titles = highlighter.highlight(TITLE, query, top, 1);
                List<SearchResults.Hit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc scored = top.scoreDocs[i];
                    Document stored = searcher.storedFields().document(scored.doc);
                    String passage = bodies[i] != null && bodies[i].contains(OPEN) ? bodies[i]
                            : titles[i] != null && titles[i].contains(OPEN) ? titles[i]
                            : bodies[i] != null ? bodies[i] : "";
                    hits.add(new SearchResults.Hit(stored.get(ID), stored.get(TITLE), stored.get(PUBLISHED),
                            stored.get(SOURCE), stored.get(URL), scored.score, snippet(passage)));
                }
                return new SearchResults(top.totalHits.value, hits);
            } finally {
                manager.release(searcher);
            }
        } catch (TooManyClauses e) {
            throw new QuerySyntaxException("the query '" + text + "' expands to too many words; make it narrower");
        } catch (IOException e) {
            throw new SearchIndexException("cannot read the search index at " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
                searchers = null;
            }
            if (writer != null) {
                writer.close();
                writer = null;
            }
            directory.close();
        } catch (IOException e) {
            throw new SearchIndexException("cannot close the search index at " + where + ": " + e.getMessage(), e);
        }
    }

    /** The searchers, opened on the first search that finds an index; null while there is none. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null && DirectoryReader.indexExists(directory)) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            try {
                writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (LockObtainFailedException e) {
                throw new SearchIndexException("the search index at " + where
                        + " is being written by another sitrep process; try again when it has finished", e);
            }
        }
        return writer;
    }

    private static Document document(Article article) {
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        document.add(new Field(TITLE, article.title() == null ? "" : article.title(), TEXT_WITH_OFFSETS));
        document.add(new Field(BODY, article.body() == null ? "" : article.body(), TEXT_WITH_OFFSETS));
        if (article.published() != null && article.published().value() != null) {
            document.add(new StoredField(PUBLISHED, article.published().value()));
        }
        if (article.source() != null && article.source().path() != null) {
            document.add(new StoredField(SOURCE, article.source().path()));
        }
        if (article.source() != null && article.source().url() != null) {
            document.add(new StoredField(URL, article.source().url()));
        }
        return document;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private Query parse(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
                Map.of(TITLE, 2f, BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException | TooManyClauses e) {
            throw new QuerySyntaxException("cannot read the query '" + text + "': " + reason(text));
        }
        Set<String> unknown = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!SEARCHABLE.contains(field)) {
                    unknown.add(field);
                }
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (!unknown.isEmpty()) {
            throw new QuerySyntaxException("the query '" + text + "' names a field there is none of: "
                    + String.join(", ", unknown.stream().sorted().map(f -> f + ":").toList())
                    + " (fields: title:, body:; put other text with a colon in quotes)");
        }
        return query;
    }

    /** Why a query cannot be read, guessed from its shape (the parser's own message names grammar internals). */
    private static String reason(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            return "a quotation mark is not closed";
        }
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (depth != 0) {
            return "a parenthesis is not closed or not opened";
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("*") || trimmed.startsWith("?") || trimmed.contains(" *") || trimmed.contains(" ?")) {
            return "a word cannot start with * or ?";
        }
        return "AND, OR and NOT need words on both sides, and a field (title:) needs a word after it;"
                + " put special characters (: ( ) [ ] { } ^ ~ * ? \\ / + -) in quotes";
    }

    private static SearchResults.Snippet snippet(String marked) {
        StringBuilder text = new StringBuilder();
        List<SearchResults.Range> ranges = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0)) {
                start = text.length();
            } else if (c == CLOSE.charAt(0)) {
                if (start >= 0) {
                    SearchResults.Range previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    // the words of a phrase, highlighted one by one, read as one highlight
                    if (previous != null && text.substring(previous.end(), start).isBlank()) {
                        ranges.set(ranges.size() - 1, new SearchResults.Range(previous.start(), text.length()));
                    } else {
                        ranges.add(new SearchResults.Range(start, text.length()));
                    }
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new SearchResults.Snippet(text.toString(), ranges);
    }
}
