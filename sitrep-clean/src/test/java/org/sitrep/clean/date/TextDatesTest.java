package org.sitrep.clean.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 6);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Posted on May 3, 2024 by Jane Roe|2024-05-03",
            "en|Updated 29 October 2024, 10:32|2024-10-29",
            "en|Published 5/3/2024|2024-05-03",
            "de|Veröffentlicht am 3. Mai 2024, 14:05 Uhr|2024-05-03",
            "de|Stand: 06.01.2025 12:00|2025-01-06",
            "es|Madrid, 3 de mayo de 2024|2024-05-03",
            "fr|Publié le 3 mai 2024 à 10h00|2024-05-03",
            "tr|3 Mayıs 2024 Cuma|2024-05-03",
            "ru|3 мая 2024, 12:00|2024-05-03",
            "pl|3 stycznia 2025|2025-01-03",
            "cs|Aktualizováno 3. května 2024|2024-05-03",
            "ja|2024年5月3日 10時|2024-05-03",
            "ko|입력 2024년 5월 3일|2024-05-03",
            "en|2024/05/03 10:00|2024-05-03",
            "cy|3 Mai 2024|2024-05-03"})
    void readsDaysInManyLanguages(String language, String text, String day) {
        assertThat(new TextDates(EARLIEST, LATEST, language).first(text)).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void numericDatesAreMonthFirstOnlyOnEnglishPagesWithSlashes() {
        assertThat(new TextDates(EARLIEST, LATEST, "en").first("03/04/2024")).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(new TextDates(EARLIEST, LATEST, "fr").first("03/04/2024")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(new TextDates(EARLIEST, LATEST, "en").first("03.04.2024")).isEqualTo(LocalDate.of(2024, 4, 3));
    }

    @Test
    void daysAfterRetrievalOrBeforeTheWebAreNotDates() {
        TextDates dates = new TextDates(EARLIEST, LATEST, "en");
        assertThat(dates.find("Election on 3 November 2026. Founded 12 March 1871.")).isEmpty();
        assertThat(dates.find("Page 12, 31 February 2024, 2024-13-01")).isEmpty();
    }

    @Test
    void findsEveryDayInTextOrderWithoutReadingASpanTwice() {
        var found = new TextDates(EARLIEST, LATEST, "en").find("Published 2024-05-03. Updated May 5, 2024.");
        assertThat(found).extracting(TextDates.Found::date)
                .containsExactly(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 5));
    }

    @Test
    void monthNamesComeFromTheJdkInEveryLanguageAndDisagreementsGoToThePageLanguage() {
        MonthNames names = MonthNames.all();
        assertThat(names.month("Mai", "de")).isEqualTo(5);
        assertThat(names.month("mar", "en")).isEqualTo(3);
        assertThat(names.month("listopada", "pl")).isEqualTo(11);
        assertThat(names.month("listopada", "hr")).isEqualTo(10);
        assertThat(names.month("octobre", null)).isEqualTo(10);
        assertThat(names.month("Tuesday", "en")).isZero();
    }
}
