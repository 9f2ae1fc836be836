package org.sitrep.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void smallWordsMayGiveTheirLetterOrNone() {
        assertThat(Initials.spell("UNIFIL", "United Nations Interim Force in Lebanon")).isTrue();
        assertThat(Initials.spell("ECOWAS", "Economic Community of West African States")).isTrue();
        assertThat(Initials.spell("UNHCR", "United Nations High Commissioner for Refugees")).isTrue();
        assertThat(Initials.spell("KCNA", "Korean Central News Agency")).isTrue();
    }

    @Test
    void everyCapitalisedWordGivesItsLetter() {
        assertThat(Initials.spell("UNIF", "United Nations Interim Force in Lebanon")).isFalse();
        assertThat(Initials.spell("UNFIL", "United Nations Interim Force in Lebanon")).isFalse();
        assertThat(Initials.spell("NATO", "North Atlantic Council")).isFalse();
        assertThat(Initials.spell("UN", "United")).isFalse();
    }
}
