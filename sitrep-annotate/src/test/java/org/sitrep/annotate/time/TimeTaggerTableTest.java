package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The grammar's rules, one expression per row: sentence, anchor, expected extent, value and type. */
class TimeTaggerTableTest {

    private final TimeTagger tagger = new TimeTagger();

    @ParameterizedTest(name = "{0} @ {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The talks ended on 29 October 2024 in Moscow.            | 2024-11-02 | 29 October 2024        | 2024-10-29   | DATE
            He arrived Oct. 29 in Vladivostok.                        | 2024-11-02 | Oct. 29                | 2024-10-29   | DATE
            The deal was signed on 10/29/2024.                        | 2024-11-02 | 10/29/2024             | 2024-10-29   | DATE
            Troops have been stationed there since 2021.              | 2024-11-02 | 2021                   | 2021         | DATE
            The Taliban returned in August 2021.                      | -          | August 2021            | 2021-08      | DATE
            Such weapons were common in the 1990s.                    | 2024-11-02 | the 1990s              | 199          | DATE
            The border was drawn in the 19th century.                 | 2024-11-02 | the 19th century       | 18           | DATE
            Friday's clashes left five dead.                          | 2025-12-06 | Friday                 | 2025-12-05   | DATE
            Officials met yesterday.                                  | 2024-10-29 | yesterday              | 2024-10-28   | DATE
            The vote is today.                                        | 2024-10-29 | today                  | 2024-10-29   | DATE
            He will speak tonight.                                    | 2024-10-29 | tonight                | 2024-10-29TNI | TIME
            Shelling continued last night.                            | 2024-10-29 | last night             | 2024-10-28TNI | TIME
            They met this week.                                       | 2024-10-29 | this week              | 2024-W44     | DATE
            Talks resume next month.                                  | 2024-10-29 | next month             | 2024-11      | DATE
            Exports fell last year.                                   | 2024-10-29 | last year              | 2023         | DATE
            The convoy left two days ago.                             | 2024-10-29 | two days ago           | 2024-10-27   | DATE
            Prices rose earlier this month.                           | 2024-10-29 | earlier this month     | 2024-10      | DATE
            The truce was agreed in October.                          | 2025-12-06 | October                | 2025-10      | DATE
            Elections were held in December.                          | 2025-03-10 | December               | 2024-12      | DATE
            Fighting has raged for the past two months.               | 2024-10-29 | the past two months    | P2M          | DURATION
            Aid will arrive over the next several weeks.              | 2024-10-29 | the next several weeks | PXW          | DURATION
            The blast came at 10 a.m. on Tuesday.                     | 2024-10-29 | 10 a.m.                | 2024-10-29T10:00 | TIME
            The curfew starts at midnight.                            | 2024-10-29 | midnight               | 2024-10-29T24:00 | TIME
            Shelling resumed around midnight, residents said.        | 2025-12-06 | around midnight        | 2025-12-05T24:00 | TIME
            Shops close at 4:30 p.m. local time.                      | 2024-10-29 | 4:30 p.m. local time   | 2024-10-29T16:30 | TIME
            The conflict has lasted two decades.                      | 2024-10-29 | two decades            | P20Y         | DURATION
            He had worked there for years.                            | 2024-10-29 | years                  | PXY          | DURATION
            The festival is held every year.                          | 2024-10-29 | every year             | P1Y          | SET
            The paper is published daily.                             | 2024-10-29 | daily                  | P1D          | SET
            Profit rose in the third quarter.                         | 2024-10-29 | the third quarter      | 2024-Q3      | DATE
            Sales fell in the first half of 2023.                     | 2024-10-29 | the first half of 2023 | 2023-H1      | DATE
            Crops failed this summer.                                 | 2024-10-29 | this summer            | 2024-SU      | DATE
            The country is now at war.                                | 2024-10-29 | now                    | PRESENT_REF  | DATE
            He recently resigned.                                     | 2024-10-29 | recently               | PAST_REF     | DATE
            Rates will fall in the future.                            | 2024-10-29 | the future             | FUTURE_REF   | DATE
            Talks are set for Christmas Day.                          | 2024-10-29 | Christmas Day          | 2024-12-25   | DATE
            The attack happened on Easter Sunday 2019.                | 2024-10-29 | Easter Sunday 2019     | 2019-04-21   | DATE
            The meeting on Thursday, Nov. 7, was postponed.           | 2024-10-29 | Thursday, Nov. 7       | 2024-11-07   | DATE
            The plan was agreed nineteen ninety-six.                  | 2024-10-29 | nineteen ninety-six    | 1996         | DATE
            He talked about last week in an interview.                | -          | last week              | XXXX-WXX     | DATE
            Rebels took it on March 3, 2024; the army retook it the next day. | 2024-10-29 | the next day | 2024-03-04 | DATE
            He fled in June 1998 and returned later that year.        | 2024-10-29 | later that year        | 1998         | DATE
            Nobody saw him that day.                                  | 2024-10-29 | that day               | XXXX-XX-XX   | DATE
            """)
    void readsAndNormalises(String sentence, String anchor, String text, String value, String type) {
        List<TimeMention> found = tagger.tag(sentence, anchor);
        assertThat(found).as("expressions in '%s'", sentence)
                .anySatisfy(m -> {
                    assertThat(m.text()).isEqualTo(text);
                    assertThat(m.value()).isEqualTo(value);
                    assertThat(m.type()).isEqualTo(type);
                    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(text);
                });
    }

    @ParameterizedTest(name = "not a time expression: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The former minister spoke to reporters.
            He may leave, officials said.
            Police killed 2000 people in the crackdown.
            A quarter of the vote went to the opposition.
            June Carter sang at the event.
            The 6-year-old boy was returned to his father.
            """)
    void ignores(String sentence) {
        assertThat(tagger.tag(sentence, "2024-10-29")).isEmpty();
    }

    static Stream<LocalDate> anchors() {
        LocalDate start = LocalDate.of(2019, 12, 20);
        return IntStream.range(0, 150).mapToObj(i -> start.plusDays(i * 7L + i % 7));
    }

    /** News convention, for every weekday and many anchors: the most recent such day, today included. */
    @ParameterizedTest
    @MethodSource("anchors")
    void bareWeekdayIsTheMostRecentOnOrBeforeTheAnchor(LocalDate anchor) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            List<TimeMention> found = tagger.tag("Rebels attacked the town " + name + ", officials said.",
                    anchor.toString());
            assertThat(found).hasSize(1);
            LocalDate value = LocalDate.parse(found.get(0).value());
            assertThat(value.getDayOfWeek()).isEqualTo(day);
            assertThat(value).isBeforeOrEqualTo(anchor).isAfter(anchor.minusDays(7));
        }
    }

    @ParameterizedTest
    @MethodSource("anchors")
    void lastWeekIsTheIsoWeekBeforeTheAnchors(LocalDate anchor) {
        List<TimeMention> found = tagger.tag("The convoy was hit last week.", anchor.toString());
        LocalDate weekAgo = anchor.minusWeeks(1);
        String expected = String.format("%04d-W%02d", weekAgo.get(IsoFields.WEEK_BASED_YEAR),
                weekAgo.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(found).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(expected));
    }

    /** A bare month is the most recent such month, this month included, and never in the future. */
    @ParameterizedTest
    @MethodSource("anchors")
    void bareMonthIsNeverAfterTheAnchor(LocalDate anchor) {
        for (String month : new String[] {"January", "April", "July", "October", "December"}) {
            List<TimeMention> found = tagger.tag("The ceasefire collapsed in " + month + ".", anchor.toString());
            assertThat(found).singleElement().satisfies(m -> {
                assertThat(m.value().compareTo(anchor.toString().substring(0, 7))).isLessThanOrEqualTo(0);
                assertThat(m.value().compareTo(anchor.minusYears(1).toString().substring(0, 7))).isGreaterThan(0);
            });
        }
    }
}
