package org.sitrep.annotate.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

class EntityRepairTest {

    @Test
    void declaresItselfAStepOfItsOwnAfterTheGeoStage() {
        EntityRepair repair = new EntityRepair();
        assertThat(repair.name()).isEqualTo("entity-repair");
        assertThat(repair.requires()).containsExactlyInAnyOrder("entities", "geo");
    }

    @Test
    void aOneWordPlaceNothingPlacedThatIsAPersonsSurnameJoinsThePerson() {
        String body = "Mayor Lena Okafor said Okafor would pass the plan.";
        TextSpan full = new TextSpan(6, 17, "Lena Okafor");
        TextSpan bare = new TextSpan(23, 29, "Okafor");
        Article in = new Article("a", null, new Span(0, body.length()), null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), null, "en", body, new Span(0, body.length()),
                List.of(new Entity("e1", "PERSON", "Lena Okafor", List.of(), "Mayor", null, null, null, List.of(full)),
                        new Entity("e2", "GPE", "Okafor", List.of(), null, null, null, null, List.of(bare))),
                List.of(), List.of(), List.of(), List.of());
        Article out = SurnamesOfPeople.join(in);
        assertThat(out.entities()).extracting(Entity::id).containsExactly("e1");
        assertThat(out.entities().get(0).aliases()).contains("Okafor");
    }
}
