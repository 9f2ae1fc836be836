package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.TimeGrammar.Refinement;
import org.sitrep.annotate.time.TimeGrammar.Rule;

/**
 * Finds and normalises the time expressions of one text: every rule of {@link TimeGrammar} proposes
 * candidates, the longest non-overlapping ones win (an earlier rule wins a tie), and expressions
 * that depend on the period last named ("a year earlier" after "the third quarter") are refined in
 * reading order. Stateless and thread-safe.
 */
public final class TimeTagger {

    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

    private record Candidate(int start, int end, Timex timex, Rule rule, int order) {
        int length() {
            return end - start;
        }

        boolean overlaps(Candidate o) {
            return start < o.end && o.start < end;
        }
    }

    /**
     * The time expressions of {@code text}, in text order.
     *
     * @param published the publication date-time (ISO-8601) that anchors relative expressions, or null
     */
    public List<TimeMention> tag(String text, String published) {
        Anchor anchor = published == null ? Anchor.NONE : Anchor.ofIso(published);
        return tag(text, anchor);
    }

    List<TimeMention> tag(String text, Anchor anchor) {
        List<Candidate> candidates = new ArrayList<>();
        List<Rule> rules = TimeGrammar.RULES;
        Set<String> words = RuleTriggers.wordsOf(text);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!RuleTriggers.mayMatch(rule.name(), words)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                int start = m.start();
                while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = trimEnd(text, start, m.end());
                Timex timex = rule.resolver().resolve(m, new Situation(text, anchor, start, end));
                if (timex != null) {
                    candidates.add(new Candidate(start, end, timex, rule, i));
                }
            }
        }
        List<Candidate> chosen = choose(candidates);
        return refine(text, chosen);
    }

    /** Whitespace and a sentence-final period are not part of an expression ("a.m." keeps its own). */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> byPreference = new ArrayList<>(candidates);
        byPreference.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::order).thenComparingInt(Candidate::start));
        // chosen extents by start: an overlap can only be with the neighbour on either side
        TreeMap<Integer, Candidate> chosen = new TreeMap<>();
        for (Candidate c : byPreference) {
            Map.Entry<Integer, Candidate> before = chosen.floorEntry(c.start());
            Map.Entry<Integer, Candidate> after = chosen.ceilingEntry(c.start());
            if ((before == null || !before.getValue().overlaps(c)) && (after == null || !after.getValue().overlaps(c))) {
                chosen.put(c.start(), c);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /** "that day" (value "day:0"), "the next morning" ("day:1"): from the date last named, else unknown. */
    private static Timex fromLastDate(Timex t, String lastDate) {
        String[] unitShift = t.value().split(":");
        Unit unit = Unit.of(unitShift[0]);
        int shift = Integer.parseInt(unitShift[1]);
        String unknown = unit.unanchoredValue();
        if (lastDate == null) {
            return new Timex(unknown, Timex.UNKNOWN_ANCHOR, "DATE");
        }
        String[] parts = lastDate.split("-");
        int needed = switch (unit) {
            case YEAR -> 1;
            case MONTH -> 2;
            default -> 3;
        };
        if (parts.length < needed) {
            return new Timex(unknown, Timex.UNKNOWN_ANCHOR, "DATE");
        }
        LocalDate day = LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        return Timex.date(unit.valueAt(unit.plus(day, shift)), unit.precision);
    }

    private static List<TimeMention> refine(String text, List<Candidate> chosen) {
        List<TimeMention> out = new ArrayList<>();
        Matcher lastQuarter = null;
        String lastDate = null;
        for (Candidate c : chosen) {
            Timex t = c.timex();
            Refinement refinement = c.rule().refinement();
            if (refinement != Refinement.NONE && lastQuarter != null) {
                int year = Integer.parseInt(lastQuarter.group(1));
                String q = lastQuarter.group(2);
                if (refinement == Refinement.LAST_PERIOD) {
                    t = Timex.date(year + "-Q" + q, "quarter");
                } else if (refinement == Refinement.PERIOD_OF_YEAR) {
                    t = Timex.date(t.value() + "-Q" + q, "quarter");
                } else if (t.value().matches("\\d{4}(-Q\\d)?")) {
                    // "a year earlier", "the year-ago quarter": the quarter just named, a year before
                    t = Timex.date((year - 1) + "-Q" + q, "quarter");
                }
            }
            if (refinement == Refinement.LAST_DATE) {
                t = fromLastDate(t, lastDate);
            } else if (t.type().equals("DATE") && CALENDAR_DATE.matcher(t.value()).matches()) {
                lastDate = t.value();
            }
            Matcher q = QUARTER_VALUE.matcher(t.value());
            if (q.matches() && refinement != Refinement.YEAR_BEFORE_PERIOD && refinement != Refinement.PERIOD_OF_YEAR) {
                lastQuarter = q;
            }
            out.add(new TimeMention(c.start(), c.end(), text.substring(c.start(), c.end()), t.value(),
                    t.precision(), t.type()));
        }
        return out;
    }
}
