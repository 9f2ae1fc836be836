package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Published;

class MachineDateTest {

    @Test
    void keepsIsoDatesAsPreciseAsWritten() {
        assertThat(MachineDate.parse("2024-10-29", "b")).isEqualTo(new Published("2024-10-29", "day", "b"));
        assertThat(MachineDate.parse("2024-10-29T08:15", "b")).isEqualTo(new Published("2024-10-29T08:15", "minute", "b"));
        assertThat(MachineDate.parse("2024-10-29T08:15:30.123Z", "b"))
                .isEqualTo(new Published("2024-10-29T08:15:30Z", "second", "b"));
        assertThat(MachineDate.parse("2024-10-29 08:15:30+0530", "b"))
                .isEqualTo(new Published("2024-10-29T08:15:30+05:30", "second", "b"));
        assertThat(MachineDate.parse("2024-10", "b")).isEqualTo(new Published("2024-10", "month", "b"));
    }

    @Test
    void readsRfc1123() {
        assertThat(MachineDate.parse("Tue, 29 Oct 2024 08:15:00 +0200", "b"))
                .isEqualTo(new Published("2024-10-29T08:15:00+02:00", "second", "b"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(MachineDate.parse("yesterday", "b")).isNull();
        assertThat(MachineDate.parse("2024-13-45", "b")).isNull();
        assertThat(MachineDate.parse("0001-01-01", "b")).isNull();
        assertThat(MachineDate.parse("", "b")).isNull();
        assertThat(MachineDate.parse(null, "b")).isNull();
    }
}
