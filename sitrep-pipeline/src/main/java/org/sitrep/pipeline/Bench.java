package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.CoreNlpDefaultPipeline;
import org.sitrep.annotate.nlp.DependencyParser;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.ParserModel;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.InputDocument;

/**
 * Measures sitrep's per-article pipeline against plain CoreNLP's default pipeline on the same
 * articles, in one JVM, one thread: tokens per second, articles per second and peak heap.
 * sitrep gets {@value #WARM_UP_PASSES} untimed passes (loading and JIT warm-up, reported apart since a
 * long batch pays them once); CoreNLP's default pipeline, far slower, one untimed article.
 * On request it also times a dependency parser alone over the sentences sitrep's analyzer gives the
 * same articles: what a stage that asks for the parse of every sentence adds to the pipeline.
 */
public final class Bench {

    /** The figures of one contender. */
    public record Result(String name, String what, int articles, long tokens, double loadSeconds, double seconds,
                         double cpuSeconds, long peakHeapBytes) {
        public double tokensPerSecond() {
            return seconds <= 0 ? 0 : tokens / seconds;
        }

        /** Tokens per second of the working thread's processor time: the rate on one free core. */
        public double tokensPerCpuSecond() {
            return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds;
        }

        public double articlesPerSecond() {
            return seconds <= 0 ? 0 : articles / seconds;
        }

        /** Milliseconds of the working thread's processor time per 1,000 tokens. */
        public double cpuMillisPerThousandTokens() {
            return tokens <= 0 ? 0 : cpuSeconds * 1e6 / tokens;
        }

        /** Milliseconds of wall-clock time per 1,000 tokens. */
        public double millisPerThousandTokens() {
            return tokens <= 0 ? 0 : seconds * 1e6 / tokens;
        }
    }

    /** Untimed passes of a parser before timing: the first loads its model, the second lets the JIT compile it. */
    private static final int PARSE_WARM_UP_PASSES = 2;

    /** Passes before timing: the first loads the models, the next let the JIT compile the hot code. */
    private static final int WARM_UP_PASSES = 3;

    private final Set<String> stages;
    private final int repeat;
    private final int coreNlpRepeat;

    public Bench(Set<String> stages, int repeat, int coreNlpRepeat) {
        this.stages = stages;
        this.repeat = Math.max(1, repeat);
        this.coreNlpRepeat = Math.max(1, coreNlpRepeat);
    }

    /** sitrep's pipeline over every document, {@code repeat} times after one warm-up pass. */
    public Result sitrep(List<InputDocument> documents) {
        AtomicLong tokens = new AtomicLong();
        Function<String, NlpDocument> counting = text -> {
            NlpDocument d = CoreNlpAnalyzer.instance().apply(text);
            tokens.addAndGet(d.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
            return d;
        };
        ArticlePipeline pipeline = new ArticlePipeline(stages, counting);
        resetPeaks();
        long t0 = System.nanoTime();
        for (int w = 0; w < WARM_UP_PASSES; w++) {
            for (InputDocument d : documents) {
                pipeline.run(d);
            }
        }
        double load = seconds(t0);
        tokens.set(0);
        int articles = 0;
        resetPeaks();
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        for (int r = 0; r < repeat; r++) {
            for (InputDocument d : documents) {
                articles += pipeline.run(d).size();
            }
        }
        double time = seconds(t1);
        double cpu = (cpuNanos() - c1) / 1e9;
        return new Result("sitrep", String.join(",", stages), articles, tokens.get(), load, time, cpu, peakHeap());
    }

    /** Plain CoreNLP's default pipeline over the same articles' clean bodies. */
    public Result coreNlp(List<InputDocument> documents) {
        List<String> bodies = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        for (InputDocument d : documents) {
            for (CleanArticle a : cleaner.clean(d)) {
                bodies.add(a.body().text());
            }
        }
        CoreNlpDefaultPipeline corenlp = new CoreNlpDefaultPipeline();
        resetPeaks();
        long t0 = System.nanoTime();
        corenlp.load();
        if (!bodies.isEmpty()) {
            corenlp.applyAsInt(bodies.get(0));
        }
        double load = seconds(t0);
        long tokens = 0;
        int articles = 0;
        resetPeaks();
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        for (int r = 0; r < coreNlpRepeat; r++) {
            for (String body : bodies) {
                tokens += corenlp.applyAsInt(body);
                articles++;
            }
        }
        double time = seconds(t1);
        double cpu = (cpuNanos() - c1) / 1e9;
        return new Result("corenlp", String.join(",", CoreNlpDefaultPipeline.ANNOTATORS), articles, tokens, load, time,
                cpu, peakHeap());
    }

    /**
     * {@code model}'s dependency parse alone, {@code passes} times over every sentence of the articles'
     * clean bodies as sitrep's analyzer splits and tags them (analysed once, untimed), after
     * {@value #PARSE_WARM_UP_PASSES} untimed passes; "articles" counts sentences.
     */
    public Result parse(List<InputDocument> documents, ParserModel model, int passes) {
        List<Sentence> sentences = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        for (InputDocument d : documents) {
            for (CleanArticle a : cleaner.clean(d)) {
                sentences.addAll(CoreNlpAnalyzer.instance().apply(a.body().text()).sentences());
            }
        }
        DependencyParser parser = CoreNlpAnalyzer.dependencyParser(model);
        resetPeaks();
        long t0 = System.nanoTime();
        for (int w = 0; w < PARSE_WARM_UP_PASSES; w++) {
            for (Sentence s : sentences) {
                parser.parse(s);
            }
        }
        double load = seconds(t0);
        long tokens = 0;
        int parsed = 0;
        resetPeaks();
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        for (int r = 0; r < Math.max(1, passes); r++) {
            for (Sentence s : sentences) {
                parser.parse(s);
                tokens += s.tokens().size();
                parsed++;
            }
        }
        double time = seconds(t1);
        double cpu = (cpuNanos() - c1) / 1e9;
        return new Result("parse", model.key() + " (" + model.resource() + ")", parsed, tokens, load, time, cpu,
                peakHeap());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Processor time of the benchmarking thread, which does all the work: on a busy machine wall time
     * counts other processes' turns against it. Wall time where the JVM cannot measure thread time.
     */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            return threads.getCurrentThreadCpuTime();
        }
        return System.nanoTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
