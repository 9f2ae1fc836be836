package org.sitrep.annotate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.instance();

    @Test
    void loadsCitiesRegionsAndCountries() {
        assertThat(gazetteer.size()).isGreaterThan(200_000);
        assertThat(gazetteer.lookup("Spin Boldak")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("AF");
            assertThat(e.admin1()).isEqualTo("Kandahar");
        });
        assertThat(gazetteer.lookup("Ukraine")).anySatisfy(e -> assertThat(e.isCountry()).isTrue());
        assertThat(gazetteer.lookup("no such place anywhere")).isEmpty();
    }
}
