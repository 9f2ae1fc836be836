package org.sitrep.eval.time;

import java.util.List;

/**
 * A TimeML document reduced to what scoring needs: the text of its TEXT element with the tags
 * stripped, its creation time (DCT), and its gold TIMEX3 expressions in offsets of that text.
 */
public record TimeMlDocument(String id, String text, String creationTime, List<GoldTimex> timexes) {

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** One gold TIMEX3: extent in {@link #text()}, value and type. */
    public record GoldTimex(int start, int end, String text, String value, String type) {
    }
}
