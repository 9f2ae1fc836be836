package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PublishedDateReaderTimeTest {

    @Test
    void aTimeInsideTheArticleWinsOverAnEarlierOneOutsideIt() {
        var page = Jsoup.parse("<html><body><aside><time datetime=\"2020-01-02\">then</time></aside>"
                + "<article><p>Text</p><time datetime=\"2024-10-29\">Tuesday</time></article></body></html>");

        assertThat(PublishedDateReader.fromTimeElements(page).value()).isEqualTo("2024-10-29");
    }

    @Test
    void withoutAnArticleTheFirstTimeCounts() {
        var page = Jsoup.parse("<html><body><div><time datetime=\"2020-01-02\">then</time></div></body></html>");

        assertThat(PublishedDateReader.fromTimeElements(page).value()).isEqualTo("2020-01-02");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPageNested100000DeepIsReadInLinearTime() {
        var page = Jsoup.parse("<html><body>" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000) + "</body></html>");

        assertThat(PublishedDateReader.fromTimeElements(page)).isNull();
    }
}
