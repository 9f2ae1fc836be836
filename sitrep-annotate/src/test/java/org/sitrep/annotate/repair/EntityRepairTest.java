package org.sitrep.annotate.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Attributes;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

class EntityRepairTest {

    @Test
    void declaresItselfAStepOfItsOwnAfterTheGeoStage() {
        EntityRepair repair = new EntityRepair();
        assertThat(repair.name()).isEqualTo("entity-repair");
        assertThat(repair.requires()).containsExactlyInAnyOrder(Attributes.TEXT, Attributes.ENTITIES, Attributes.PLACES);
        assertThat(repair.rewrites()).containsExactly(Attributes.ENTITIES);
        assertThat(repair.assigns()).isEmpty();
    }

    @Test
    void aOneWordPlaceNothingPlacedThatIsAPersonsSurnameJoinsThePerson() {
        String body = "Mayor Lena Okafor said Okafor would pass the plan.";
        Span full = new Span(6, 17, "Lena Okafor");
        Span bare = new Span(23, 29, "Okafor");
        Article in = Article.builder()
                .id("a")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .entities(List.of(new Entity("e1", "PERSON", "Lena Okafor", List.of(), "Mayor", null, null, null, List.of(full)), new Entity("e2", "GPE", "Okafor", List.of(), null, null, null, null, List.of(bare))))
                .build();
        Article out = SurnamesOfPeople.join(in);
        assertThat(out.entities()).extracting(Entity::id).containsExactly("e1");
        assertThat(out.entities().get(0).aliases()).contains("Okafor");
    }
}
