package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;

class ClaimSeriesKeyTest {

    private static Claim claim(String subject, long value, String unit) {
        return new Claim(subject, value, unit, true, null, null, null);
    }

    @Test
    void theSameQuantityInOtherWordsHasOneKey() {
        assertThat(ClaimSeriesKey.of(claim("troops sent to Russia", 10000, "troops")))
                .isEqualTo(ClaimSeriesKey.of(claim("Troops sent to Russia", 15000, "troops")))
                .isEqualTo(ClaimSeriesKey.of(claim("the troop sent to Russia", 12000, "troop")));
    }

    @Test
    void anotherQuantityOrUnitHasAnother() {
        String troops = ClaimSeriesKey.of(claim("troops sent to Russia", 10000, "troops"));
        assertThat(ClaimSeriesKey.of(claim("North Korean military construction troops", 5000, "troops"))).isNotEqualTo(troops);
        assertThat(ClaimSeriesKey.of(claim("troops sent to Russia", 2, "battalions"))).isNotEqualTo(troops);
        assertThat(ClaimSeriesKey.of(new Claim(null, 5L, "people", null, null, null, null))).isNull();
    }
}
