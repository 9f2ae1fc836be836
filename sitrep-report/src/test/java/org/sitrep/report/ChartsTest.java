package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredEvent;

/** The map and the timeline drawn from events made here (the seeds' report is checked in sitrep-cli). */
class ChartsTest {

    static final Place KABUL = new Place(1138958, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, null);
    static final Place KANDAHAR = new Place(1138336, "Kandahar", "city", "AF", "Kandahar", 31.6133, 65.7101, null);

    static LinkedEvent event(long id, String type, Place place, String from, String to, boolean dated) {
        Event e = new Event("ev" + id, type, null, List.of(), List.of(), place, 1, dated ? new DateValue(from, "day") : null,
                List.of(), null, null, "asserted", null, null, new Span(10, 20, "the <b>text</b>"), List.of(), 0.8);
        StoredEvent stored = new StoredEvent("a" + id, 0, "ev1", "Title", null, "in.txt", to, e);
        return new LinkedEvent(id, type, null, null, null, place, 1, from, to, dated, List.of("Taliban"), List.of(), 1,
                List.of(new LinkedEvent.Report(stored, null)));
    }

    @Test
    void theMapZoomsToTheEventsAndDrawsADotPerEventAndTheCountriesInView() {
        List<LinkedEvent> events = List.of(event(1, "ASSAULT", KABUL, "2025-12-05", "2025-12-05", true),
                event(2, "ASSAULT", KABUL, "2025-12-06", "2025-12-06", true),
                event(3, "PROTEST", KANDAHAR, "2025-12-06", "2025-12-06", true),
                event(4, "AID", null, "2025-12-06", "2025-12-06", true));
        String svg = MapSvg.render(events);
        assertThat(count(svg, "<circle class=\"event\"")).isEqualTo(3);
        assertThat(svg).contains("data-name=\"Afghanistan\"").contains("data-name=\"Pakistan\"")
                .doesNotContain("data-name=\"France\"").doesNotContain("data-name=\"Brazil\"");
        assertThat(svg).contains("href=\"#event-1\"").contains("fill=\"" + EventColours.of("PROTEST") + "\"");
        // every dot lies inside the drawing
        Matcher dot = Pattern.compile("cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"").matcher(svg);
        while (dot.find()) {
            assertThat(Double.parseDouble(dot.group(1))).isBetween(0.0, MapSvg.WIDTH);
            assertThat(Double.parseDouble(dot.group(2))).isBetween(0.0, MapSvg.MAX_HEIGHT);
        }
        assertThat(MapSvg.render(List.of(event(5, "AID", null, "2025-12-06", "2025-12-06", true)))).isNull();
    }

    @Test
    void theTimelineCountsByDayOrByWeekAndDrawsUndatedEventsPale() {
        List<LinkedEvent> days = List.of(event(1, "ASSAULT", KABUL, "2025-12-05", "2025-12-05", true),
                event(2, "ASSAULT", KABUL, "2025-12-05", "2025-12-05", true),
                event(3, "PROTEST", KABUL, "2025-12-07", "2025-12-07", true),
                event(4, "AID", KABUL, "2025-11-30", "2025-12-07", false));
        String svg = TimelineSvg.render(days);
        assertThat(svg).contains("data-bin=\"day\"");
        assertThat(svg).contains("data-type=\"ASSAULT\" data-day=\"2025-12-05\" data-count=\"2\"")
                .contains("data-type=\"PROTEST\" data-day=\"2025-12-07\" data-count=\"1\"")
                .contains("data-type=\"AID\" data-day=\"2025-12-07\" data-count=\"1\"");
        assertThat(svg).containsPattern("data-type=\"AID\"[^>]*fill-opacity=\"0.4\"");
        assertThat(svg).contains(">2025-12-05</text>").contains(">2</text>");

        List<LinkedEvent> months = new ArrayList<>(days);
        months.add(event(5, "AGREE", KABUL, "2025-08-15", "2025-08-15", true));
        String weekly = TimelineSvg.render(months);
        assertThat(weekly).contains("data-bin=\"week\"").contains("data-day=\"2025-12-01\" data-count=\"2\"")
                .contains("data-day=\"2025-08-11\"");
        assertThat(TimelineSvg.render(List.of())).isNull();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
