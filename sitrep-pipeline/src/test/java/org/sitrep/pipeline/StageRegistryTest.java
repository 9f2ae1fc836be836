package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.model.Article;

/** The registry orders stages from their declarations alone and refuses what it cannot run. */
class StageRegistryTest {

    private final StageRegistry standard = StageRegistry.standard();

    @Test
    void theStandardStagesRunCleanFirstAndReadersAfterWriters() {
        assertThat(standard.order()).containsExactly("clean", "entities", "time", "geo", "entity-repair", "quotes", "events", "claims");
    }

    @Test
    void aStagePullsInWhatAssignsAndRewritesWhatItRequires() {
        assertThat(standard.resolve("clean")).containsExactly("clean");
        assertThat(standard.resolve("time")).containsExactly("clean", "time");
        // geo reads the entities as the entities stage wrote them and the repair, which needs geo, runs after it;
        // asking for geo brings the repair too, since it rewrites the entities geo's places are read into
        assertThat(standard.resolve("geo")).containsExactly("clean", "entities", "geo", "entity-repair");
        // quotes read the entities as the declared repair leaves them, so the repair (and the geo it needs) runs too
        assertThat(standard.resolve("quotes")).containsExactly("clean", "entities", "geo", "entity-repair", "quotes");
        assertThat(standard.resolve(" QUOTES , time")).containsExactly("clean", "entities", "time", "geo", "entity-repair",
                "quotes");
        assertThat(standard.resolve("all")).containsExactlyElementsOf(standard.order());
    }

    @Test
    void anUnknownStageIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> standard.resolve("clean,gossip"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown stage 'gossip'");
    }

    @Test
    void eventsPullInEveryStageWhoseOutputTheyRead() {
        assertThat(standard.resolve("events")).containsExactly("clean", "entities", "time", "geo", "entity-repair", "quotes",
                "events");
    }

    @Test
    void thePipelineRunsTheChosenStagesAnnotatorsInRegistryOrder() {
        ArticlePipeline pipeline = new ArticlePipeline(standard.resolve("quotes,time"), text -> null);
        assertThat(pipeline.stages()).containsExactly("clean", "entities", "time", "geo", "entity-repair", "quotes");
        assertThat(new ArticlePipeline(standard.resolve("clean"), text -> null).stages()).containsExactly("clean");
    }

    @Test
    void orderComesFromDeclarationsNotFromRegistrationOrder() {
        StageRegistry registry = new StageRegistry(List.of(
                stage("reader", Set.of(Attributes.ENTITIES, Attributes.PLACES), Set.of(Attributes.QUOTES), Set.of()),
                stage("repair", Set.of(Attributes.ENTITIES), Set.of(Attributes.PLACES), Set.of(Attributes.ENTITIES)),
                stage("writer", Set.of(Attributes.TEXT), Set.of(Attributes.ENTITIES), Set.of())));
        assertThat(registry.order()).containsExactly("clean", "writer", "repair", "reader");
        assertThat(registry.resolve("reader")).containsExactly("clean", "writer", "repair", "reader");
    }

    @Test
    void declarationsThatCannotBeOrderedAreRefusedWhenTheRegistryIsBuilt() {
        assertThatThrownBy(() -> new StageRegistry(List.of(
                stage("a", Set.of(Attributes.TIMES), Set.of(Attributes.ENTITIES), Set.of()),
                stage("b", Set.of(Attributes.ENTITIES), Set.of(Attributes.TIMES), Set.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> new StageRegistry(List.of(
                stage("a", Set.of(Attributes.EVENTS), Set.of(Attributes.CLAIMS), Set.of()))))
                .hasMessageContaining("no stage assigns");
        assertThatThrownBy(() -> new StageRegistry(List.of(
                stage("a", Set.of(Attributes.TEXT), Set.of(Attributes.TIMES), Set.of()),
                stage("b", Set.of(Attributes.TEXT), Set.of(Attributes.TIMES), Set.of()))))
                .hasMessageContaining("both assign");
        assertThatThrownBy(() -> new StageRegistry(List.of(
                stage("clean", Set.of(Attributes.TEXT), Set.of(Attributes.TIMES), Set.of()))))
                .hasMessageContaining("two stages");
    }

    private static Annotator stage(String name, Set<String> requires, Set<String> assigns, Set<String> rewrites) {
        return new Annotator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> requires() {
                return requires;
            }

            @Override
            public Set<String> assigns() {
                return assigns;
            }

            @Override
            public Set<String> rewrites() {
                return rewrites;
            }

            @Override
            public Article annotate(Article article, AnnotationContext context) {
                return article;
            }
        };
    }
}
