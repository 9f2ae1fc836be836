package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateKeysTest {

    @Test
    void aTimexDateFilesUnderTheDigitsOfItsFirstDay() {
        assertThat(DateKeys.ofTimex("2025-12-05")).isEqualTo("20251205");
        assertThat(DateKeys.ofTimex("2025-12")).isEqualTo("202512");
        assertThat(DateKeys.ofTimex("2025")).isEqualTo("2025");
        assertThat(DateKeys.ofTimex("2025-W49")).isEqualTo("20251201");
        assertThat(DateKeys.ofTimex("2025-W49-WE")).isEqualTo("20251206");
        assertThat(DateKeys.ofTimex("2025-W49-3")).isEqualTo("20251203");
        assertThat(DateKeys.ofTimex("2026-W01")).isEqualTo("20251229"); // ISO week 1 of 2026 starts in 2025
        assertThat(DateKeys.ofTimex("2025-W54")).isNull();
        assertThat(DateKeys.ofTimex("XXXX-WXX-3")).isNull();
        assertThat(DateKeys.ofTimex(null)).isNull();
    }

    @Test
    void aUserGivesAWholeIsoDateOrTimeOrNone() {
        assertThat(DateKeys.userKey("2025-12-05")).isEqualTo("20251205");
        assertThat(DateKeys.userKey("2025-12")).isEqualTo("202512");
        assertThat(DateKeys.userKey("2025")).isEqualTo("2025");
        assertThat(DateKeys.userKey(" 2025-12-05T10:05Z ")).isEqualTo("202512051005");
        assertThat(DateKeys.userKey("2025-12-05T10:05:07.5+05:30")).isEqualTo("20251205100507");
        assertThat(DateKeys.userKey("2025/12/05")).isNull();
        assertThat(DateKeys.userKey("2025-12-05 or so")).isNull();
        assertThat(DateKeys.userKey("last week")).isNull();
        assertThat(DateKeys.userKey(null)).isNull();
    }

    @Test
    void aUserDateMustBeOnTheCalendar() {
        org.assertj.core.api.Assertions.assertThat(DateKeys.userKey("2025-13-01")).isNull();
        org.assertj.core.api.Assertions.assertThat(DateKeys.userKey("2025-02-30")).isNull();
        org.assertj.core.api.Assertions.assertThat(DateKeys.userKey("2025-12-05T25:00Z")).isNull();
        org.assertj.core.api.Assertions.assertThat(DateKeys.userKey("2024-02-29")).isEqualTo("20240229");
        org.assertj.core.api.Assertions.assertThat(DateKeys.userKey("2025-12")).isEqualTo("202512");
    }
}
