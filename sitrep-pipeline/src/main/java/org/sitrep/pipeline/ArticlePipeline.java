package org.sitrep.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Place;

/**
 * The per-article pipeline: clean and segment one decoded document, then run the chosen
 * annotators over each article in order. Needs no database, so it runs unchanged in a Spark task.
 * Thread-safe: it holds no per-article state.
 *
 * <p>Every document's cost is bounded: an article whose text is longer than {@link #MAX_ARTICLE_CHARS} is not
 * annotated, and a document still being read when its time budget runs out is given up between two stages
 * (the taggers cut over-long sentences, so no one stage runs away). Either way a
 * {@link DocumentRefusedException} says why, and the caller goes on with the next input.
 */
public final class ArticlePipeline {

    /**
     * The longest article text (in characters) that is annotated: about 40,000 words, several times the longest
     * news feature. A longer "article" is a dump, a flattened table or a hostile input, and tagging it would
     * hold up the batch for minutes.
     */
    public static final int MAX_ARTICLE_CHARS = 250_000;

    /** The time one document may take by default, cleaning and every stage of every article in it. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(120);

    private final Cleaner cleaner = new Cleaner();
    private final List<Annotator> annotators;
    private final Function<String, NlpDocument> analyzer;
    private final Duration timeBudget;

    /** A pipeline of {@code stages}, as {@link StageRegistry#resolve} gives them (closed over what they need). */
    public ArticlePipeline(Set<String> stages) {
        this(stages, CoreNlpAnalyzer.instance());
    }

    public ArticlePipeline(Set<String> stages, Function<String, NlpDocument> analyzer) {
        this(stages, analyzer, DEFAULT_TIME_BUDGET);
    }

    /** A pipeline that gives up on a document after {@code timeBudget}. */
    public ArticlePipeline(Set<String> stages, Duration timeBudget) {
        this(stages, CoreNlpAnalyzer.instance(), timeBudget);
    }

    public ArticlePipeline(Set<String> stages, Function<String, NlpDocument> analyzer, Duration timeBudget) {
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + timeBudget);
        }
        this.analyzer = analyzer;
        this.timeBudget = timeBudget;
        this.annotators = List.copyOf(StageRegistry.standard().annotators(stages));
    }

    /**
     * The stages this pipeline really runs: clean, then each chosen stage that has an annotator.
     * What the store records, so that an article read before a stage existed is read again once it does.
     */
    public Set<String> stages() {
        Set<String> out = new LinkedHashSet<>();
        out.add("clean");
        annotators.forEach(a -> out.add(a.name()));
        return out;
    }

    public List<Article> run(InputDocument document) {
        return run(document, (Place) null);
    }

    /** Runs the pipeline with where the document's source publishes, as the caller knows it (null: unknown). */
    public List<Article> run(InputDocument document, Place sourceHome) {
        return run(document, article -> sourceHome, null);
    }

    /**
     * Runs the pipeline with what earlier articles of each article's source (its URL's host) taught
     * {@code homes}, and teaches it this document's articles: a run over a local paper's pages learns
     * where the paper is, and reads its later articles' local names there.
     */
    public List<Article> run(InputDocument document, SourceHomes homes) {
        return run(document, article -> homes.home(sourceOf(article)).orElse(null),
                article -> homes.learn(sourceOf(article), article));
    }

    /** Runs the pipeline with the home the user gave (null: none), else with what {@code homes} learned of each source. */
    public List<Article> run(InputDocument document, Place givenHome, SourceHomes homes) {
        return givenHome != null ? run(document, givenHome) : run(document, homes);
    }

    private List<Article> run(InputDocument document, Function<Article, Place> homeOf, Consumer<Article> learn) {
        long deadline = System.nanoTime() + timeBudget.toNanos();
        if (!annotators.isEmpty() && !document.isHtml()) {
            // cleaning splits a text into articles between lines, never inside one: a longer line is an over-long
            // article whatever cleaning makes of it, refused before cleaning spends seconds on it
            int longest = longestLine(document.text());
            if (longest > MAX_ARTICLE_CHARS) {
                throw new DocumentRefusedException("article too long to annotate: a line of " + longest
                        + " characters (the limit is " + MAX_ARTICLE_CHARS + "; no news article is that long)");
            }
        }
        List<Article> out = new ArrayList<>();
        for (CleanArticle clean : cleaner.clean(document)) {
            Article article = clean.article();
            BodyText text = ArticleText.of(article, clean.body(), document.text());
            if (!annotators.isEmpty() && text.text().length() > MAX_ARTICLE_CHARS) {
                throw new DocumentRefusedException("article too long to annotate: " + text.text().length()
                        + " characters of text (the limit is " + MAX_ARTICLE_CHARS + "; no news article is that long)");
            }
            AnnotationContext context = new AnnotationContext(text, document.text(), analyzer, homeOf.apply(article));
            for (Annotator annotator : annotators) {
                checkTime(deadline, annotator.name());
                article = annotator.annotate(article, context);
            }
            if (learn != null) {
                learn.accept(article);
            }
            out.add(article);
        }
        return out;
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** Gives the document up, naming the stage it had reached, once its time budget has run out. */
    private void checkTime(long deadline, String stage) {
        if (System.nanoTime() - deadline > 0) {
            throw new DocumentRefusedException("gave up after " + timeBudget.toSeconds() + " s, before the " + stage
                    + " stage (the time budget for one document; see --time-budget)");
        }
    }

    private static String sourceOf(Article article) {
        return article.source() == null ? null : SourceHomes.sourceOf(article.source().url());
    }
}
