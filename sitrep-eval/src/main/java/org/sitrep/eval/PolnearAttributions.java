package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold attributions of one PolNeAR article, read from its brat standoff file: each attribution
 * relation ({@code E} line) with the spans of its content, cue and source ({@code T} lines; a span
 * may have several fragments, {@code 315 448;463 553}). Offsets are converted from brat's code points
 * to Java's UTF-16 offsets.
 */
final class PolnearAttributions {

    /** A character range [start, end) of the text. */
    record Range(int start, int end) {
        boolean overlaps(Range o) {
            return start < o.end && o.start < end;
        }
    }

    /** One attribution relation; {@code source} is empty for PolNeAR's Attribution-no-source. */
    record Attribution(List<Range> content, List<Range> cue, List<Range> source) {
    }

    private PolnearAttributions() {
    }

    static List<Attribution> read(Path ann, String text) throws IOException {
        Map<String, List<Range>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                List<Range> ranges = new ArrayList<>();
                for (String fragment : typeAndSpans[1].split(";")) {
                    String[] se = fragment.trim().split(" ");
                    int s = toUtf16(text, Integer.parseInt(se[0]));
                    int e = toUtf16(text, Integer.parseInt(se[1]));
                    ranges.add(new Range(s, e));
                }
                spans.put(cols[0], ranges);
            } else if (cols[0].startsWith("E")) {
                relations.add(cols[1].trim().split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] roles : relations) {
            List<Range> content = new ArrayList<>();
            List<Range> cue = new ArrayList<>();
            List<Range> source = new ArrayList<>();
            for (String role : roles) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = role.substring(0, colon);
                List<Range> r = spans.getOrDefault(role.substring(colon + 1), List.of());
                if (name.startsWith("Content")) {
                    content.addAll(r);
                } else if (name.startsWith("Cue")) {
                    cue.addAll(r);
                } else if (name.startsWith("Source")) {
                    source.addAll(r);
                }
            }
            if (!content.isEmpty()) {
                out.add(new Attribution(content, cue, source));
            }
        }
        return out;
    }

    private static int toUtf16(String text, int codePoints) {
        int limit = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, limit));
    }
}
