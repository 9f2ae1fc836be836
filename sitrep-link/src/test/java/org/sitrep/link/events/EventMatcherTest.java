package org.sitrep.link.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateValue;
import org.sitrep.model.Place;

class EventMatcherTest {

    static final Place SPIN_BOLDAK = new Place(1123906L, "Spin Boldak", "city", "AF", "Kandahar", 31.0056, 66.3998, null);
    static final Place CHAMAN = new Place(1181611L, "Chaman", "city", "PK", "Balochistan", 30.9210, 66.4597, null);
    static final Place KABUL = new Place(1138958L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, null);
    static final Place AFGHANISTAN = new Place(1149361L, "Afghanistan", "country", "AF", null, 33.0, 66.0, null);

    private final EventMatcher matcher = new EventMatcher();

    private static EventView report(String article, Place place, Integer precision, String date, Set<Long> actors) {
        return new EventView(article, 0, "ASSAULT", actors, Set.of(2L), place, precision,
                DateRange.of(date == null ? null : new DateValue(date, "day"), "2025-12-06"), article);
    }

    private static EventCandidate linked(long id, Place place, Integer precision, String date) {
        return new EventCandidate(id, "ASSAULT", Set.of(1L), Set.of(2L), place, precision, DateRange.parse(date), Set.of("a"));
    }

    @Test
    void reportsOfOneClashFromTwoArticlesAreOneEvent() {
        EventCandidate clash = linked(7, SPIN_BOLDAK, 1, "2025-12-05");

        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, "2025-12-05", Set.of(1L)), List.of(clash))).contains(clash);
        // Chaman is across the border, 10 km away: within a town's precision
        assertThat(matcher.match(report("b", CHAMAN, 1, "2025-12-06", Set.of(1L)), List.of(clash))).contains(clash);
        // a report that only says "Afghanistan" does not contradict it
        assertThat(matcher.match(report("b", AFGHANISTAN, 3, "2025-12", Set.of(1L)), List.of(clash))).contains(clash);
    }

    @Test
    void anotherPlaceDateTypeOrActorIsAnotherEvent() {
        EventCandidate clash = linked(7, SPIN_BOLDAK, 1, "2025-12-05");

        assertThat(matcher.match(report("b", KABUL, 1, "2025-12-05", Set.of(1L)), List.of(clash))).isEmpty();
        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, "2025-11-20", Set.of(1L)), List.of(clash))).isEmpty();
        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, "2025-12-05", Set.of(9L)), List.of(clash))).isEmpty();
        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, "2025-12-05", Set.of()), List.of(clash))).isEmpty();
        EventView protest = new EventView("b", 0, "PROTEST", Set.of(1L), Set.of(2L), SPIN_BOLDAK, 1,
                DateRange.parse("2025-12-05"), "b");
        assertThat(matcher.match(protest, List.of(clash))).isEmpty();
        // the same article's other event is not a second report
        assertThat(matcher.match(report("a", SPIN_BOLDAK, 1, "2025-12-05", Set.of(1L)), List.of(clash))).isEmpty();
    }

    @Test
    void anUndatedReportIsOfTheWeekBeforeItsArticle() {
        EventCandidate clash = linked(7, SPIN_BOLDAK, 1, "2025-12-05");

        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, null, Set.of(1L)), List.of(clash))).contains(clash);
        EventCandidate older = linked(8, SPIN_BOLDAK, 1, "2025-10-12");
        assertThat(matcher.match(report("b", SPIN_BOLDAK, 1, null, Set.of(1L)), List.of(older))).isEmpty();
    }

    @Test
    void datesWithinTheirPrecision() {
        assertThat(DateRange.parse("2025-10").overlaps(DateRange.parse("2025-10-19"))).isTrue();
        assertThat(DateRange.parse("2025").overlaps(DateRange.parse("2024-12-31"))).isTrue();
        assertThat(DateRange.parse("2025-10").overlaps(DateRange.parse("2025-12-01"))).isFalse();
        assertThat(DateRange.parse("XXXX-WXX-3")).isNull();
        assertThat(EventMatcher.kilometres(31.0056, 66.3998, 30.9210, 66.4597)).isBetween(9.0, 12.0);
    }
}
