package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "annotate", description = "Runs the per-article pipeline (no database) and prints one Article JSON object per line.")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stages", defaultValue = "all", description = "comma-separated: clean, entities, time, geo, quotes, events, claims, or all")
    String stages;

    @Mixin
    InputArgs input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen;
        InputOptions options;
        try {
            chosen = Stages.parse(stages);
            options = input.options();
        } catch (IllegalArgumentException e) {
            err.println("sitrep annotate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ArticlePipeline pipeline = new ArticlePipeline(chosen);
        PrintWriter out = spec.commandLine().getOut();
        int failed = new InputBatch(err, System.in).run(input.paths, options, (path, docs) -> {
            for (InputDocument doc : docs) {
                for (Article article : pipeline.run(doc)) {
                    out.println(ArticleJson.toJson(article));
                }
            }
            out.flush();
        });
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
