package org.sitrep.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticlePipeline;
import scala.Tuple2;

/**
 * One annotating task: the per-article pipeline ({@code org.sitrep.pipeline}, the one {@code sitrep annotate} runs)
 * over a partition of records in input order, each article out as its Article JSON, lazily, so a partition never sits
 * in memory whole. The models behind the pipeline (CoreNLP, the gazetteer, the word lists) load once per executor JVM,
 * in their own holders, and every task of that executor shares them; the pipeline object itself is a few references,
 * built per task so that it counts this task's tokens. A record the pipeline fails on is counted and logged, and the
 * task goes on.
 */
final class AnnotatePartition implements FlatMapFunction<Iterator<Tuple2<RecordKey, SourceRecord>>, String> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private final JobCounters counters;

    AnnotatePartition(JobSettings settings, JobCounters counters) {
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public Iterator<String> call(Iterator<Tuple2<RecordKey, SourceRecord>> records) {
        Function<String, NlpDocument> counting = text -> {
            NlpDocument d = CoreNlpAnalyzer.instance().apply(text);
            counters.tokens.add(d.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
            return d;
        };
        ArticlePipeline pipeline = new ArticlePipeline(new LinkedHashSet<>(settings.stages()), counting);
        Place home = settings.home() == null ? null : SourceHomes.place(settings.home()).orElseThrow(() ->
                new IllegalArgumentException("--home: no town '" + settings.home() + "' in the gazetteer"));
        // where each source publishes, learned from its articles in input order (this partition holds all of a source's)
        SourceHomes homes = new SourceHomes();
        FailureLog failures = new FailureLog(counters);
        return new Iterator<>() {
            private final Deque<String> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && records.hasNext()) {
                    SourceRecord r = records.next()._2();
                    try {
                        for (Article article : pipeline.run(r.document(), home, homes)) {
                            ready.add(ArticleJson.toJson(article));
                            counters.articles.add(1);
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        failures.fail(r.path() + (r.offset() >= 0 && "warc".equals(r.format()) ? " at offset " + r.offset() : ""),
                                "pipeline error: " + e.getClass().getSimpleName() + " " + FailureLog.reasonOf(e));
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }
}
