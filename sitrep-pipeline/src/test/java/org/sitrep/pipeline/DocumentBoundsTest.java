package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputDocument;

/** Issue 16, section 4: every document's cost is bounded, and the refusal says why in the user's terms. */
class DocumentBoundsTest {

    private static InputDocument text(String text) {
        return new InputDocument("in.txt", null, "text", "text", text, null, null, null);
    }

    @Test
    void aDocumentPastItsTimeBudgetIsGivenUpNamingTheStage() {
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("entities"), Duration.ofNanos(1));
        assertThatThrownBy(() -> pipeline.run(text("KABUL: Clashes broke out on Friday, officials said.\n")))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageStartingWith("gave up after 0 s, before the entities stage (the time budget for one document");
    }

    @Test
    void anArticleLongerThanTheLimitIsRefusedBeforeAnyTagging() {
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("entities"));
        String paragraph = "The army said troops moved near the border town while officials met in the capital.\n\n";
        String longArticle = "KABUL: " + paragraph.repeat(ArticlePipeline.MAX_ARTICLE_CHARS / paragraph.length() + 10);
        assertThatThrownBy(() -> pipeline.run(text(longArticle))).isInstanceOf(DocumentRefusedException.class)
                .hasMessageStartingWith("article too long to annotate: ");
        String oneLine = "word ".repeat(ArticlePipeline.MAX_ARTICLE_CHARS / 5 + 10);
        assertThatThrownBy(() -> pipeline.run(text(oneLine))).isInstanceOf(DocumentRefusedException.class)
                .hasMessageStartingWith("article too long to annotate: a line of ");
    }

    @Test
    void cleaningAloneIsNotRefusedForLength() {
        ArticlePipeline clean = new ArticlePipeline(Set.of("clean"));
        assertThat(clean.run(text("KABUL: " + "word ".repeat(ArticlePipeline.MAX_ARTICLE_CHARS / 5 + 10) + "\n"))).isNotEmpty();
    }
}
