package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.DocumentRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "annotate", footerHeading = "%nExamples:%n", footer = {"  sitrep annotate ../shared/seeds/000_1a7b68277bc800f8.txt > seed.jsonl", "  sitrep annotate --stages entities,time --retrieved-at 2025-12-06T10:00:00Z page.html", "  curl -s https://example.org/feed.xml | sitrep annotate --format rss --home 'Alexandria, Minnesota' -", "", "JSON Lines input (--format jsonl, or a .jsonl file): one object per line; read are text (plain text) or html (a page), " + "title, url, published (ISO-8601), retrieved_at (ISO-8601 time), source (a host such as reuters.com, when there is no url) " + "and id (names the record: FILE#ID, else FILE#lineN); other fields are kept in the stored input, not read.", "", "Feed items (--format rss): offsets point into the item's content; source.file_offsets maps them back to the feed file " + "(runs of start, end, file_start)."},
        description = "Runs the per-article pipeline (no database) and prints one Article JSON object per line.")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineArgs pipelineArgs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PipelineArgs.Request request = pipelineArgs.resolve("annotate", err).orElse(null);
        if (request == null) {
            return ExitCodes.USAGE;
        }
        Set<String> chosen = request.stages();
        InputOptions options = request.options();
        ArticlePipeline pipeline = new ArticlePipeline(chosen, request.timeBudget());
        PrintWriter out = spec.commandLine().getOut();
        // Where each source publishes, learned from its articles as the run reads them.
        SourceHomes homes = new SourceHomes();
        int failed = new InputBatch(err, System.in).run(pipelineArgs.input.paths, options, (path, docs) -> {
            // a document given up on (too long, out of time) fails its input, after the input's other documents
            DocumentRefusedException first = null;
            int refused = 0;
            for (InputDocument doc : docs) {
                try {
                    for (Article article : pipeline.run(doc, request.home(), homes)) {
                        out.println(ArticleJson.toJson(article));
                    }
                } catch (DocumentRefusedException e) {
                    refused++;
                    first = first == null ? e : first;
                }
                out.flush();
            }
            if (first != null) {
                throw new DocumentRefusedException(docs.size() == 1 ? first.getMessage()
                        : refused + " of " + docs.size() + " documents not read; first: " + first.getMessage());
            }
        });
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
