package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotator;

/** The stages a pipeline reports are the ones it runs: what the store records for each article. */
class ArticlePipelineStagesTest {

    @Test
    void cleanOnlyRunsNoAnnotator() {
        assertThat(new ArticlePipeline(Stages.parse("clean"), text -> null).stages()).containsExactly("clean");
    }

    @Test
    void allRunsCleanThenEveryRegisteredAnnotatorInOrder() {
        List<String> expected = new ArrayList<>(List.of("clean"));
        Annotators.all().stream().map(Annotator::name).forEach(expected::add);

        assertThat(new ArticlePipeline(Stages.parse("all"), text -> null).stages()).containsExactlyElementsOf(expected);
    }

    @Test
    void aStageWithoutAnAnnotatorIsNotReported() {
        boolean timeRegistered = Annotators.all().stream().anyMatch(a -> a.name().equals("time"));

        assertThat(new ArticlePipeline(Stages.parse("time"), text -> null).stages().contains("time")).isEqualTo(timeRegistered);
    }
}
