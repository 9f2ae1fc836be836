package org.sitrep.link.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

class NameVariantsTest {

    private static Entity taliban(String text) {
        int at = text.indexOf("Taliban officials");
        return new Entity("e3", "ORGANIZATION", "Taliban", List.of(), null, null, "AF", null,
                List.of(new Span(at, at + 7, "Taliban")));
    }

    @Test
    void findsTheDemonymVariantAndTheSelfDesignationWithTheirOffsets() {
        String text = "Australia hits Afghan Taliban officials with sanctions. \"The forces of the Islamic Emirate had to respond,\" he said.";

        Map<String, List<Span>> found = NameVariants.find(text, List.of(taliban(text)));

        assertThat(found.get("e3")).extracting(Span::text).containsExactly("Afghan Taliban", "Islamic Emirate");
        for (Span s : found.get("e3")) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void anotherCountrysDemonymIsNoVariant() {
        String text = "Officials said Pakistani Taliban officials crossed over.";

        assertThat(NameVariants.find(text, List.of(taliban(text)))).isEmpty();
        assertThat(NameVariants.find(null, List.of(taliban(text)))).isEmpty();
    }

    @Test
    void offsetsThatDoNotPointIntoTheTextAreLeftAlone() {
        Entity wrong = new Entity("e1", "ORGANIZATION", "Taliban", List.of(), null, null, "AF", null,
                List.of(new Span(500, 507, "Taliban")));

        assertThat(NameVariants.find("Afghan Taliban", List.of(wrong))).isEmpty();
    }
}
