package org.sitrep.clean.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Published;

class PublicationDateParserTest {

    private final PublicationDateParser parser = new PublicationDateParser();
    private static final Instant RETRIEVED = Instant.parse("2025-12-06T10:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Updated 29 October 2024|2024-10-29|day",
            "Published: Oct. 29, 2024|2024-10-29|day",
            "Tuesday, October 29, 2024 10:32 AM|2024-10-29T10:32|minute",
            "29 Oct 2024 14:05 GMT|2024-10-29T14:05:00Z|minute",
            "2024-10-29|2024-10-29|day",
            "2024-10-29T08:15:00+02:00|2024-10-29T06:15:00Z|second",
            "Posted 29/10/2024|2024-10-29|day",
            "Updated 7 sec ago|2025-12-06T09:59:53Z|second",
            "2 hours ago|2025-12-06T08:00:00Z|hour",
            "yesterday|2025-12-05|day",
            "Last updated: 3 days ago|2025-12-03|day"})
    void readsDateLines(String line, String value, String precision) {
        Published p = parser.parseLine(line, RETRIEVED).orElseThrow();
        assertThat(p.value()).isEqualTo(value);
        assertThat(p.precision()).isEqualTo(precision);
        assertThat(p.basis()).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The talks were held on 29 October 2024 in Doha.",
            "03/04/2024",
            "Follow",
            "31 February 2024"})
    void refusesWhatIsNotADateLine(String line) {
        assertThat(parser.parseLine(line, RETRIEVED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Updated 7 sec ago", "2 hours ago", "yesterday"})
    void relativeTimesNeedARetrievalTime(String line) {
        assertThat(parser.parseLine(line, null)).isEmpty();
        assertThat(parser.isDateLine(line) || line.equals("yesterday")).isTrue();
    }
}
