package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.FileRun;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Quote;

/**
 * Issue 16, section 3: a quote read from a feed item is cited in the item's content, and the article's
 * {@code source.file_offsets} carry it back to the same characters of the feed file.
 */
class FeedQuoteOffsetsTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire</title><link>https://news.example.com/</link><description>d</description>
            <item><title>Port strike enters second week</title><link>https://news.example.com/port</link>
            <description>Dockers at Smith &amp; Sons stayed off work on Monday. "We will not go back until the pay is fixed," union leader Maria Lopez said. The company&#8217;s chief, Tom Reed, said talks would resume.</description></item>
            </channel></rss>
            """;

    @Test
    void quotesAtTheirFeedOffsetsReadTheSameText() throws Exception {
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("quotes"));
        List<Article> articles = new ArrayList<>();
        for (InputDocument doc : new Readers().read(FEED.getBytes(StandardCharsets.UTF_8),
                new InputOptions("wire.xml", "rss", null, null, null))) {
            articles.addAll(pipeline.run(doc));
        }
        Article article = articles.get(0);
        List<FileRun> runs = article.source().fileOffsets();
        assertThat(runs).isNotEmpty();
        assertThat(article.quotes()).isNotEmpty();
        for (Quote q : article.quotes()) {
            int start = FileRun.toFile(runs, q.start());
            int last = FileRun.toFile(runs, q.end() - 1);
            assertThat(start).isNotNegative();
            assertThat(FEED.substring(start, last + 1)).isEqualTo(q.text());
        }
        assertThat(ArticleJson.toJson(article)).contains("\"file_offsets\":[{\"start\":0,");
    }
}
