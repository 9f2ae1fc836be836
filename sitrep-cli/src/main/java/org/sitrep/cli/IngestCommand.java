package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputOptions;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.SearchIndexException;
import org.sitrep.store.search.SearchIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", footerHeading = "%nExamples:%n", footer = {"  sitrep ingest ../shared/seeds/*.txt", "  sitrep ingest --db jdbc:postgresql://localhost/sitrep?user=me --stages entities,geo crawl.warc.gz", "  sitrep ingest --format jsonl --time-budget 30 articles.jsonl", "", "JSON Lines input (--format jsonl, or a .jsonl file): one object per line; read are text (plain text) or html (a page), " + "title, url, published (ISO-8601), retrieved_at (ISO-8601 time), source (a host such as reuters.com, when there is no url) " + "and id (names the record: FILE#ID, else FILE#lineN); other fields are kept in the stored input, not read."},
        description = "Reads inputs through the pipeline and stores them and their articles in the database."
        + " Re-ingesting an input changes nothing; one input is stored whole or not at all. Each article stored is then"
        + " linked across the stored articles (the same entities and events, its story): see entities, stories,"
        + " events --linked and claims --series.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the database (default: $SITREP_DB, else "
            + "an H2 file in ./sitrep-data/); e.g. jdbc:postgresql://HOST/DB?user=U&password=P")
    String db;

    @Option(names = "--index", paramLabel = "DIR", description = "the search index's folder (default: $SITREP_INDEX, else "
            + "beside an H2 file database, else under ./sitrep-data/)")
    Path indexFolder;

    @Mixin
    PipelineArgs pipelineArgs;

    /** How many of the newest stored articles teach a run where their sources publish. */
    private static final int STORED_ARTICLES_FOR_HOMES = 2000;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PipelineArgs.Request request = pipelineArgs.resolve("ingest", err).orElse(null);
        if (request == null) {
            return ExitCodes.USAGE;
        }
        Set<String> chosen = request.stages();
        InputOptions options = request.options();
        try (ArticleStore store = Databases.open(db);
                ArticleIndex index = SearchIndexes.open(StoreUrls.choose(db), indexFolder)) {
            ArticlePipeline pipeline = new ArticlePipeline(chosen, request.timeBudget());
            Ingester ingester = new Ingester(pipeline, pipeline.stages(), store, request.home(), index);
            ingester.learnHomesFromStore(STORED_ARTICLES_FOR_HOMES);
            int failed = new InputBatch(err, System.in).runRaw(pipelineArgs.input.paths, options,
                    (path, raw, documents) -> ingester.ingest(raw, documents, options.withPath(path)));
            try {
                ingester.linkUnlinked();
            } catch (Ingester.NotStoredException e) {
                err.println("sitrep ingest: " + e.getMessage());
                failed++;
            }
            err.println("sitrep ingest: " + ingester.tally().summary(failed) + " (" + StoreUrls.redact(StoreUrls.choose(db)) + ")");
            err.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (StoreException | SearchIndexException e) {
            err.println("sitrep ingest: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }
}
