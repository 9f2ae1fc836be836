package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.lexicon.CalendarWords;
import org.sitrep.annotate.lexicon.NumberWords;

/**
 * The rules that recognise time expressions in English news and normalise them to TIMEX3 values.
 * Each rule is a regular expression for the extent (following the TimeML guidelines: determiners
 * and modifiers such as "the", "early", "about" belong to the expression, prepositions such as
 * "on" and "since" do not) and a resolver that computes the value from the match and the anchor.
 * A resolver may return null to reject a match that its pattern could not rule out.
 */
final class TimeGrammar {

    /** How a rule's value may be refined by earlier expressions of the same article. */
    enum Refinement {
        NONE,
        /** "a year earlier", "the year-ago quarter": the same period one year before the last quarter named. */
        YEAR_BEFORE_PERIOD,
        /** "the quarter", "the latest period": the last quarter named. */
        LAST_PERIOD,
        /** "the 1988 period": the quarter last named, in that year. */
        PERIOD_OF_YEAR,
        /** "that day", "the next morning", "later that year": counted from the date last named. */
        LAST_DATE
    }

    @FunctionalInterface
    interface Resolver {
        Timex resolve(Matcher m, Situation s);
    }

    record Rule(String name, Pattern pattern, Resolver resolver, Refinement refinement) {
    }

    // ---- building blocks ----------------------------------------------------------------------
    /** The calendar's names, matched as capitalised: "may" and "march" in lower case are verbs. */
    private static final String MONTH_FULL = "(?-i:" + String.join("|", CalendarWords.MONTHS.words()) + ")";
    private static final String MONTH_ABBR = "(?-i:(?:" + String.join("|", CalendarWords.MONTH_ABBREVIATIONS.words()) + ")\\.?)";
    private static final String MONTH = "(?:" + MONTH_FULL + "|" + MONTH_ABBR + ")";
    private static final String WEEKDAY = "(?-i:" + String.join("|", CalendarWords.WEEKDAYS.words()) + ")";
    private static final String DAY_NUM = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    private static final String PART = "(?:" + String.join("|", CalendarWords.DAY_PARTS.words()) + ")";
    private static final String COUNT = Quantities.COUNT;
    private static final String UNIT = Unit.WORDS;
    /** Modifiers that narrow a period without changing its value: "early", "late on", "the end of". */
    private static final String MOD = "(?:(?:(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close|rest|remainder)"
            + "\\s+of\\s+(?:the\\s+)?)|(?:(?:very\\s+)?(?:early|late|mid|earlier|later|middle)(?:\\s+|-)(?:on\\s+|in\\s+)?))?";
    /** Qualifiers of amounts, inside the extent per TimeML: "about two years ago", "nearly an hour". */
    private static final String APPROX = "(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|over(?!\\s+the\\b)|just|only"
            + "|roughly|around|barely|at\\s+least|at\\s+most|approximately|up\\s+to|fewer\\s+than|under)\\s+)?";
    /** The end of an expression: not inside a word, nor a hyphenated compound ("quarter-to-quarter"). */
    private static final String END = "(?![\\w]|-\\w)";
    private static final String ONES = "(?:" + String.join("|", NumberWords.ones()) + ")";
    private static final String TEENS = "(?:" + String.join("|", NumberWords.teens()) + ")";
    private static final String TENS = "(?:" + String.join("|", NumberWords.tens()) + ")";
    /** Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand one". */
    private static final String SPELLED_YEAR = "(?:(?:nineteen|eighteen)(?:\\s+hundred(?:\\s+and)?)?\\s+(?:" + TENS
            + "(?:[\\s-]" + ONES + ")?|" + TEENS + "|(?:oh|o)[\\s-]" + ONES + ")|two\\s+thousand(?:\\s+(?:and\\s+)?(?:"
            + TEENS + "|" + ONES + "))?)";

    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "by", "during", "of",
            "before", "after", "through", "from", "to", "till", "early", "late", "mid", "last", "next", "this",
            "and", "or", "between", "every", "each", "following", "previous", "that", "around", "throughout",
            "on", "for", "end", "beginning", "middle", "start");

    static final List<Rule> RULES = build();

    private TimeGrammar() {
    }

    private static List<Rule> build() {
        List<Rule> r = new ArrayList<>();

        // ---- absolute dates ----
        add(r, "iso-date", "\\b(?<y>" + YEAR + ")-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d))?" + END,
                (m, s) -> {
                    int y = Integer.parseInt(m.group("y"));
                    int mo = Integer.parseInt(m.group("mo"));
                    int d = Integer.parseInt(m.group("d"));
                    if (!Values.valid(y, mo, d)) {
                        return null;
                    }
                    String day = Values.day(LocalDate.of(y, mo, d));
                    return m.group("h") == null ? Timex.date(day, "day")
                            : Timex.time(day + "T" + m.group("h") + ":" + m.group("mi"), "minute");
                });
        add(r, "numeric-date", "(?<![\\d/.])(?<a>[01]?\\d|[23]\\d)/(?<b>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![\\d/])",
                (m, s) -> {
                    int a = Integer.parseInt(m.group("a"));
                    int b = Integer.parseInt(m.group("b"));
                    int y = Integer.parseInt(m.group("y"));
                    if (m.group("y").length() == 2) {
                        y += y < 50 ? 2000 : 1900;
                    }
                    // US order (month/day) unless the first number cannot be a month
                    int mo = a <= 12 ? a : b;
                    int d = a <= 12 ? b : a;
                    if (!Values.valid(y, mo, d)) {
                        return null;
                    }
                    return Timex.date(Values.day(LocalDate.of(y, mo, d)), "day");
                });
        add(r, "month-day", "\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<mon>" + MONTH + ")\\s+(?<d>" + DAY_NUM
                + ")(?![\\d:%.,]\\d)" + END + "(?:,?\\s+(?<y>" + YEAR + ")" + END + ")?", TimeGrammar::monthDay);
        add(r, "day-month", "(?<![\\d.,$])\\b(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d>" + DAY_NUM
                + ")\\s+(?:of\\s+)?(?<mon>" + MONTH + ")" + END + "(?:,?\\s+(?<y>" + YEAR + ")" + END + ")?",
                TimeGrammar::monthDay);
        add(r, "month-year", "\\b" + MOD + "(?<mon>" + MONTH + ")(?:\\s+of)?,?\\s+(?<y>" + YEAR + ")" + END,
                (m, s) -> Timex.date(Values.month(Integer.parseInt(m.group("y")), Values.monthNumber(m.group("mon"))),
                        "month"));
        add(r, "month-relative-year", "\\b" + MOD + "(?<mon>" + MONTH_FULL + ")\\s+(?<rel>this|last|next)\\s+year" + END,
                (m, s) -> {
                    int mo = Values.monthNumber(m.group("mon"));
                    if (!s.anchored()) {
                        return Timex.date(String.format(Locale.ROOT, "XXXX-%02d", mo), "month").unanchored();
                    }
                    String rel = lower(m.group("rel"));
                    int y = s.day().getYear() + ("last".equals(rel) ? -1 : "next".equals(rel) ? 1 : 0);
                    return Timex.date(Values.month(y, mo), "month");
                });
        add(r, "month", "\\b" + MOD + "(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|past|coming)\\s+)?"
                + "(?<mon>" + MONTH_FULL + "|Sept\\.)" + END, TimeGrammar::month);
        add(r, "year", "(?:\\b" + MOD + "(?<fiscal>fiscal(?:\\s+year)?\\s+)?)?(?<![\\w$.,/#£€-])(?<!\\bmid-)(?<y>" + YEAR
                + ")(?![\\w%]|,\\d|\\.\\d|-\\d|/\\d|'s)", TimeGrammar::year);
        add(r, "spelled-year", "\\b(?:(?<mon>" + MONTH_FULL + ")\\s+|(?:the\\s+)?(?<se>spring|summer|fall|autumn|winter)\\s+of\\s+"
                + "|the\\s+year\\s+)?(?<y>" + SPELLED_YEAR + ")" + END, TimeGrammar::spelledYear);
        add(r, "mid-year", "\\b(?:the\\s+)?mid-(?<y>" + YEAR + ")" + END,
                (m, s) -> Timex.date(m.group("y"), "year"));
        add(r, "decade", "\\b(?:the\\s+)?(?:(?:early|late|mid)(?:\\s+|-))?(?<dec>(?:1[0-9]|20)\\d0)'?s" + END,
                (m, s) -> Timex.date(m.group("dec").substring(0, 3), "decade"));
        add(r, "short-decade", "(?:\\bthe\\s+)?(?:(?:early|late|mid)(?:\\s+|-))?'(?<dec>\\d)0s" + END,
                (m, s) -> {
                    int d = m.group("dec").charAt(0) - '0';
                    return Timex.date((d >= 3 ? "19" : "20") + d, "decade");
                });
        add(r, "century", "\\b(?:the\\s+)?(?:(?:early|late|mid)(?:\\s+|-))?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century" + END,
                (m, s) -> Timex.date(String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group("n")) - 1), "century"));

        // ---- weekdays, relative days, parts of days ----
        add(r, "weekday", "\\b" + MOD + "(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|past|coming)\\s+)?(?<wd>"
                + WEEKDAY + ")(?:\\s+(?<part>" + PART + "))?" + END, TimeGrammar::weekday);
        add(r, "relative-day", "\\b" + MOD + "(?<rd>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday"
                + "|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>" + PART + "))?" + END, TimeGrammar::relativeDay);
        add(r, "this-part", "\\b(?:(?:early|late|earlier|later)\\s+)?(?<rel>this|last)\\s+(?<part>" + PART + ")" + END,
                (m, s) -> {
                    boolean last = m.group("rel").equalsIgnoreCase("last");
                    if (last && !m.group("part").equalsIgnoreCase("night")) {
                        return null;
                    }
                    return partOfDay(s, last ? -1 : 0, m.group("part"));
                });
        add(r, "the-part", "\\b(?:(?:early|late)\\s+)?(?:in\\s+)?(?<the>the)\\s+(?<part>morning|afternoon|evening)" + END,
                (m, s) -> partOfDay(s, 0, m.group("part")));
        add(r, "overnight", "\\b(?i:overnight)" + END, (m, s) -> partOfDay(s, -1, "night"));

        // ---- times of day ----
        String dayRef = "(?<day>" + WEEKDAY + "|today|tonight|yesterday|tomorrow|" + MONTH + "\\s+" + DAY_NUM + ")";
        add(r, "clock", "\\b" + APPROX + "(?<h>[01]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.\\s?m\\b\\.?|[ap]m\\b)"
                + "(?:\\s+(?<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|IST|JST|PKT|KST|AEST|AEDT|WIB)|local\\s+time)\\b)?"
                + "(?:,?\\s+" + dayRef + END + ")?", TimeGrammar::clock);
        add(r, "clock24", "\\b" + APPROX + "(?<h>[01]?\\d|2[0-3])[:.](?<mi>[0-5]\\d)\\s*(?<tz>(?-i:GMT|UTC|[ECMP][SD]T|BST|CET|CEST)"
                + "|local\\s+time|hrs|hours)" + END + "(?:,?\\s+" + dayRef + END + ")?", TimeGrammar::clock);
        add(r, "oclock", "\\b" + APPROX + "(?<h>[01]?\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                + "\\s+(?:o'clock|in\\s+the\\s+(?<part>morning|afternoon|evening))" + END, TimeGrammar::clock);
        add(r, "noon", "\\b" + APPROX + "(?<n>noon|midnight|midday|mid-?morning|mid-?afternoon|mid-?day)"
                + "(?:,?\\s+" + dayRef + END + ")?" + END, TimeGrammar::noon);

        // ---- relative periods ----
        add(r, "unit-relative", "\\b" + MOD + "(?<rel>last|this|next|past|coming|current|the\\s+past"
                + "|the\\s+last|the\\s+current|the\\s+coming|the\\s+next|this\\s+past"
                + "|this\\s+coming)\\s+(?<fiscal>fiscal\\s+)?(?<unit>week|weekend|month|quarter|year|decade|century)"
                + END, TimeGrammar::unitRelative);
        add(r, "unit-edge", "\\b(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close)\\s+of\\s+the\\s+(?<unit>week"
                + "|month|year|decade|century)" + END, (m, s) -> shiftedUnit(s, Unit.of(m.group("unit")), 0));
        add(r, "in-the-unit", "\\b(?:early|late|earlier|later)\\s+in\\s+the\\s+(?<unit>week|month|year)" + END,
                (m, s) -> shiftedUnit(s, Unit.of(m.group("unit")), 0));
        add(r, "year-ended", "\\b(?:the\\s+)?(?:fiscal\\s+)?year(?=\\s+(?:ended|ending)\\b)",
                (m, s) -> Timex.duration("P1Y", "year"));
        add(r, "the-year", "(?<=\\b(?:for|of|in|during|through)\\s)the\\s+(?:current\\s+)?year" + END
                + "(?!\\s+(?:ago|earlier|later|before|after|of|that|when|in\\s+which)\\b)",
                (m, s) -> s.anchored() ? Timex.date(Values.year(s.day().getYear()), "year")
                        : Timex.date("XXXX", "year").unanchored());
        add(r, "anaphoric", "\\b(?:(?:earlier|later|late|early)\\s+(?:on\\s+|in\\s+)?)?(?<rel>that|the\\s+same|the\\s+next"
                + "|the\\s+following|the\\s+previous|the\\s+preceding)\\s+(?<unit>day|morning|afternoon|evening|night|week"
                + "|month|year)" + END, TimeGrammar::anaphoric, Refinement.LAST_DATE);
        add(r, "year-end", "\\b(?:around\\s+)?(?:year[\\s-]end|year's\\s+end)" + END,
                (m, s) -> s.anchored() ? Timex.date(Values.year(s.day().getYear()), "year")
                        : Timex.date("XXXX", "year").unanchored());
        add(r, "the-weekend", "\\b" + MOD + "the\\s+weekend" + END, (m, s) -> {
            if (!s.anchored()) {
                return Timex.date("XXXX-WXX-WE", "weekend").unanchored();
            }
            LocalDate sat = s.future() ? Values.weekdayOnOrAfter(s.day(), 6) : Values.weekdayOnOrBefore(s.day(), 6);
            return Timex.date(Values.week(sat) + "-WE", "weekend");
        });
        add(r, "ago", "\\b" + APPROX + "(?<n>" + COUNT + ")\\s+(?<unit>" + UNIT + ")(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier"
                + "|later|hence|from\\s+now)" + END, TimeGrammar::ago, Refinement.YEAR_BEFORE_PERIOD);
        add(r, "units-ago", "\\b(?<unit>years|months|weeks|days|decades)\\s+ago" + END,
                (m, s) -> Timex.date("PAST_REF", "reference"));
        add(r, "duration", "\\b" + APPROX + "(?:(?<the>the)\\s+)?(?:(?<rel>past|last|next|first|latest|previous|coming"
                + "|following|final|initial|remaining|year-earlier|year-ago|same|entire|whole)\\s+)?(?<n>" + COUNT
                + ")(?:\\s+or\\s+(?:so|more|two|three))?(?:\\s+|-)(?<unit>" + UNIT + ")(?<suffix>-long|\\s+or\\s+so)?"
                + "(?![\\w]|-(?!long)\\w)(?!-old|\\s+old\\b)",
                TimeGrammar::duration);
        add(r, "vague-duration", "(?<=\\b(?:for|in|over|within)\\s)(?:(?:the\\s+)?(?:past|last|next|coming)\\s+)?(?<unit>"
                + "years|months|weeks|days|decades|hours|centuries)" + END + "(?!\\s+(?:of|and|ago|before|after|earlier|later)\\b)",
                (m, s) -> Timex.duration(Unit.of(m.group("unit")).duration(null), Unit.of(m.group("unit")).precision));
        add(r, "long-duration", "\\b(?<unit>years|months|weeks|days|decades|centuries)-long" + END,
                (m, s) -> Timex.duration(Unit.of(m.group("unit")).duration(null), Unit.of(m.group("unit")).precision));
        add(r, "coming-units", "\\b(?:the\\s+)?(?:coming|upcoming|next\\s+few)\\s+(?<unit>days|weeks|months|years|decades)" + END,
                (m, s) -> Timex.duration(Unit.of(m.group("unit")).duration(null), Unit.of(m.group("unit")).precision));
        add(r, "recent-units", "\\b(?:the\\s+)?recent\\s+(?:days|weeks|months|years|decades)" + END,
                (m, s) -> Timex.date("PAST_REF", "reference"));

        // ---- quarters, halves, fiscal periods ----
        String ord = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)";
        add(r, "quarter", "\\b(?:(?<the>the)\\s+)?(?<shift>(?:(?:fiscal|comparable|same|latest|current)[\\s-]+)*"
                + "(?:year-earlier|year-ago|prior-year)?[\\s-]*)(?:(?:fiscal)[\\s-]+)?" + ord
                + "[\\s-]+(?:fiscal[\\s-]+)?(?:quarter|qtr\\.?|period)(?:\\s+of\\s+(?:(?:fiscal|the\\s+fiscal\\s+year)\\s+)?(?<y>"
                + YEAR + "))?" + END, TimeGrammar::quarter);
        add(r, "year-quarter", "\\b(?:fiscal\\s+)?(?:(?<y>" + YEAR + ")|(?<rel>this|last|next)\\s+year)(?:'s)?\\s+" + ord
                + "[\\s-]+(?:fiscal\\s+)?quarter" + END, TimeGrammar::quarter);
        add(r, "half", "\\b(?:the\\s+)?(?<ord>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?<y>" + YEAR
                + ")|the\\s+year|this\\s+year|(?<rel>next|last)\\s+year)" + END + "|(?!\\s+of\\b)" + END + ")",
                TimeGrammar::half);
        add(r, "quarter-ended", "\\b(?<the>the)\\s+(?:(?:latest|most\\s+recent|recent|current|fiscal)\\s+)?(?:quarter|period)"
                + "(?=\\s+(?:ended|ending)\\s+(?<mon>" + MONTH + "))", TimeGrammar::quarterEnded);
        add(r, "year-period", "\\b(?<the>the)\\s+(?<y>" + YEAR + ")\\s+(?:period|quarter)" + END,
                (m, s) -> Timex.date(m.group("y"), "year"), Refinement.PERIOD_OF_YEAR);
        add(r, "latest-quarter", "\\b(?<the>the)\\s+(?:(?:latest|most\\s+recent|recent|current|just-ended|just\\s+ended)\\s+)?"
                + "(?:fiscal\\s+)?quarter" + END + "(?!\\s+(?:of|point|mile|century|million|billion)\\b)",
                TimeGrammar::latestQuarter, Refinement.LAST_PERIOD);
        add(r, "latest-period", "\\b(?<the>the)\\s+(?:latest|most\\s+recent)\\s+period" + END,
                TimeGrammar::latestQuarter, Refinement.LAST_PERIOD);
        add(r, "year-ago-period", "\\b(?:(?<the>the)\\s+)?(?:(?:comparable|same|corresponding)\\s+)?(?:year-earlier|year-ago"
                + "|prior-year)(?:\\s+(?<what>quarter|period))?" + END + "(?!\\s+(?:levels?|figures?|results)\\b)",
                TimeGrammar::yearAgoPeriod, Refinement.YEAR_BEFORE_PERIOD);
        add(r, "fiscal-year", "\\b(?:the\\s+)?(?:(?:current|latest|new)\\s+fiscal\\s+year|fiscal\\s+year|full\\s+year)" + END
                + "(?!\\s+(?:\\d|ending|ended))", (m, s) -> s.anchored()
                        ? Timex.date(Values.year(s.day().getYear()), "year") : Timex.date("XXXX", "year").unanchored());

        // ---- seasons and holidays ----
        add(r, "season", "\\b" + MOD + "(?:(?<rel>last|this\\s+past|this\\s+coming|this|next|past|coming|the)\\s+)?(?<se>"
                + "spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?" + END, TimeGrammar::season);
        add(r, "holiday", "\\b(?:(?<rel>last|this|next)\\s+)?(?<hol>(?-i:Christmas(?:\\s+Eve|\\s+Day)?|New\\s+Year's(?:\\s+Eve"
                + "|\\s+Day)?|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day"
                + "|Halloween|Valentine's\\s+Day|Easter(?:\\s+Sunday)?|Boxing\\s+Day|Election\\s+Day))(?:,?\\s+(?<y>" + YEAR + "))?" + END,
                Holidays::resolve);

        // ---- references to the present, past and future ----
        add(r, "present", "\\b(?:right\\s+now|now|currently|nowadays|presently|at\\s+present|these\\s+days"
                + "|at\\s+the\\s+moment|the\\s+present|current)" + END + "(?!-)",
                (m, s) -> Timex.date("PRESENT_REF", "reference"));
        add(r, "past", "\\b(?:recently|lately|the\\s+past)" + END
                + "(?!\\s+(?:" + COUNT + ")\\s)", (m, s) -> Timex.date("PAST_REF", "reference"));
        add(r, "future", "\\b(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|someday"
                + "|a\\s+later\\s+date)" + END, (m, s) -> Timex.date("FUTURE_REF", "reference"));

        // ---- sets ----
        add(r, "every", "\\b(?:every|each)\\s+(?<other>other\\s+)?(?:(?<n>" + COUNT + ")\\s+)?(?<unit>" + UNIT + ")" + END,
                (m, s) -> {
                    Unit u = Unit.of(m.group("unit"));
                    Integer n = m.group("n") == null ? Integer.valueOf(1) : Quantities.count(m.group("n"));
                    if (n != null && m.group("other") != null) {
                        n = 2;
                    }
                    return Timex.set(u.duration(n), u.precision);
                });
        add(r, "every-weekday", "\\b(?:every|each)\\s+(?<wd>" + WEEKDAY + ")" + END,
                (m, s) -> Timex.set("XXXX-WXX-" + Values.weekdayNumber(m.group("wd")), "day"));
        add(r, "weekdays", "\\b(?<wd>" + WEEKDAY + ")s(?:\\s+(?<part>" + PART + ")s?)?" + END,
                (m, s) -> Timex.set("XXXX-WXX-" + Values.weekdayNumber(m.group("wd"))
                        + (m.group("part") == null ? "" : partCode(m.group("part"))), "day"));
        add(r, "every-part", "\\b(?:every|each)\\s+(?<part>" + PART + ")" + END,
                (m, s) -> Timex.set("XXXX-XX-XX" + partCode(m.group("part")), "part-of-day"));
        add(r, "adverb-set", "\\b(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|biannually"
                + "|semiannually)" + END, (m, s) -> {
                    String a = m.group("adv").toLowerCase(Locale.ROOT);
                    String v = switch (a) {
                        case "daily", "nightly" -> "P1D";
                        case "weekly" -> "P1W";
                        case "biweekly" -> "P2W";
                        case "monthly" -> "P1M";
                        case "quarterly" -> "P3M";
                        case "hourly" -> "PT1H";
                        case "biannually", "semiannually" -> "P6M";
                        default -> "P1Y";
                    };
                    return Timex.set(v, "set");
                });
        add(r, "rate", "\\b(?:a|an|per)\\s+(?<unit>second|minute|hour|day|week|month|quarter|year)" + END,
                TimeGrammar::rate);
        return List.copyOf(r);
    }

    private static void add(List<Rule> rules, String name, String regex, Resolver resolver) {
        add(rules, name, regex, resolver, Refinement.NONE);
    }

    /** Space inside an expression: a line break may wrap it, a blank line (a new paragraph) ends it. */
    /** Atomic, so a long run of blanks costs one pass and never a backtracking search. */
    private static final String SPACE = "(?=\\s)(?>[^\\S\\n]*\\n?[^\\S\\n]*)";
    private static final String OPTIONAL_SPACE = "(?>[^\\S\\n]*\\n?[^\\S\\n]*)";

    private static void add(List<Rule> rules, String name, String regex, Resolver resolver, Refinement refinement) {
        String paragraphBound = regex.replace("\\s+", SPACE).replace("\\s*", OPTIONAL_SPACE);
        rules.add(new Rule(name, Pattern.compile(paragraphBound, Pattern.CASE_INSENSITIVE), resolver, refinement));
    }

    // ---- resolvers ----------------------------------------------------------------------------

    private static Timex monthDay(Matcher m, Situation s) {
        int mo = Values.monthNumber(m.group("mon"));
        int d = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
        String y = m.group("y");
        if (y != null) {
            int year = Integer.parseInt(y);
            return Values.valid(year, mo, d) ? Timex.date(Values.day(LocalDate.of(year, mo, d)), "day") : null;
        }
        if (!s.anchored()) {
            if (!Values.valid(2000, mo, d)) {
                return null;
            }
            return Timex.date(String.format(Locale.ROOT, "XXXX-%02d-%02d", mo, d), "day").unanchored();
        }
        int year = Values.yearOf(s.day(), mo, d, s.future(), s.pastClause());
        if (m.group("wd") != null) {
            // a weekday fixes the year: the nearest year in which that date falls on that weekday
            int wd = Values.weekdayNumber(m.group("wd"));
            for (int dy : new int[] {0, -1, 1}) {
                int candidate = year + dy;
                if (Values.valid(candidate, mo, d) && LocalDate.of(candidate, mo, d).getDayOfWeek().getValue() == wd) {
                    year = candidate;
                    break;
                }
            }
        }
        return Values.valid(year, mo, d) ? Timex.date(Values.day(LocalDate.of(year, mo, d)), "day") : null;
    }

    private static Timex month(Matcher m, Situation s) {
        String name = m.group("mon");
        String rel = lower(m.group("rel"));
        String before = s.wordBefore();
        boolean modified = rel != null || !m.group().equals(name);
        if (!modified && (name.equals("May") || name.equals("March"))
                && !MONTH_PREPOSITIONS.contains(before)) {
            return null; // the modal verb "May", the verb "March"
        }
        String after = s.after(20);
        if (!modified && after.matches("(?s)\\s[A-Z][a-z].*") && !MONTH_PREPOSITIONS.contains(before)) {
            return null; // a name: "June Carter", "August Wilson"
        }
        int mo = Values.monthNumber(name);
        if (!s.anchored()) {
            return Timex.date(String.format(Locale.ROOT, "XXXX-%02d", mo), "month").unanchored();
        }
        LocalDate a = s.day();
        int y = a.getYear();
        int current = a.getMonthValue();
        int ahead = Math.floorMod(mo - current, 12);
        if (rel == null) {
            // a month just ahead, in a clause without a past verb, is the coming one ("closing is due in December")
            if (s.future() || (ahead >= 1 && ahead <= 2 && !s.pastClause())) {
                y = mo >= current ? y : y + 1;
            } else {
                y = mo <= current ? y : y - 1;
            }
        } else if (rel.equals("last") || rel.startsWith("this past") || rel.equals("past")) {
            y = mo < current ? y : y - 1;
        } else if (rel.equals("next") || rel.startsWith("this coming") || rel.equals("coming")) {
            y = mo > current ? y : y + 1;
        }
        return Timex.date(Values.month(y, mo), "month");
    }

    private static Timex spelledYear(Matcher m, Situation s) {
        String words = m.group("y").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").replace(" hundred", "")
                .replace(" and", "");
        int year;
        if (words.startsWith("two thousand")) {
            boolean yearContext = m.group("mon") != null || m.group("se") != null || m.group().toLowerCase(Locale.ROOT)
                    .startsWith("the year") || Set.of("in", "since", "by", "until", "of", "before", "after")
                    .contains(s.wordBefore());
            if (!yearContext) {
                return null; // "two thousand people"
            }
            String rest = words.substring("two thousand".length()).trim();
            Integer r = rest.isEmpty() ? Integer.valueOf(0) : Quantities.count(rest);
            if (r == null) {
                return null;
            }
            year = 2000 + r;
        } else {
            int century = words.startsWith("nineteen") ? 1900 : 1800;
            String rest = words.substring(words.indexOf(' ') + 1).replaceFirst("^(?:oh|o) ", "");
            Integer r = Quantities.count(rest);
            if (r == null || r > 99) {
                return null;
            }
            year = century + r;
        }
        if (m.group("mon") != null) {
            return Timex.date(Values.month(year, Values.monthNumber(m.group("mon"))), "month");
        }
        if (m.group("se") != null) {
            return Timex.date(Values.year(year) + "-" + Values.seasonCode(m.group("se")), "season");
        }
        return Timex.date(Values.year(year), "year");
    }

    private static final Set<String> COUNT_BEFORE = Set.of("about", "nearly", "almost", "approximately", "roughly",
            "some", "only", "just", "killed", "wounded", "injured", "hired", "cut", "employs", "sold", "bought");

    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "until", "by", "during", "of", "before",
            "after", "through", "from", "to", "till", "the", "fiscal", "year", "and", "or", "early", "late", "mid",
            "between", "around", "for", "end", "beginning", "middle", "start", "than", "at", "on", "that", "its",
            "summer", "spring", "winter", "autumn", "fall", "", "as", "circa", "into", "throughout", "within", "s", "a",
            "an", "his", "her", "their", "our", "this", "last", "both", "each", "every");

    private static Timex year(Matcher m, Situation s) {
        String y = m.group("y");
        if (m.group("fiscal") == null) {
            // a count, not a year: "killed 2000 people", "about 1500 troops", "sent 1800 civilians"
            String after = s.after(24);
            Situation at = new Situation(s.text(), s.anchor(), m.start("y"), s.end());
            String before = at.wordBefore();
            if (COUNT_BEFORE.contains(before)) {
                return null;
            }
            if (after.matches("(?s)\\s+[a-z]+s\\b.*") && !YEAR_CONTEXT.contains(before)) {
                return null;
            }
            if (after.matches("(?s)\\s+(?:people|troops|soldiers|men|women|children|persons|residents|workers|tons"
                    + "|barrels|shares|employees|jobs|units|cases|dead|miles|kilometers|km|feet|meters|pounds)\\b.*")) {
                return null;
            }
        }
        return Timex.date(y, "year");
    }

    private static Timex weekday(Matcher m, Situation s) {
        int wd = Values.weekdayNumber(m.group("wd"));
        String part = m.group("part");
        // "Friday night" is reported by its day, as TimeBank annotates it and as events are dated
        String suffix = "";
        String precision = "day";
        String type = "DATE";
        if (!s.anchored()) {
            return new Timex("XXXX-WXX-" + wd + suffix, Timex.UNKNOWN_ANCHOR, type);
        }
        String rel = lower(m.group("rel"));
        LocalDate a = s.day();
        LocalDate d;
        if (rel == null) {
            d = s.future() ? Values.weekdayOnOrAfter(a, wd) : Values.weekdayOnOrBefore(a, wd);
        } else if (rel.equals("last") || rel.startsWith("this past") || rel.equals("past")) {
            d = Values.weekdayBefore(a, wd);
        } else if (rel.equals("next") || rel.startsWith("this coming") || rel.equals("coming")) {
            d = Values.weekdayAfter(a, wd);
        } else {
            d = Values.weekdayOfWeek(a, wd);
        }
        return new Timex(Values.day(d) + suffix, precision, type);
    }

    private static Timex relativeDay(Matcher m, Situation s) {
        String rd = m.group("rd").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (rd) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        String part = m.group("part");
        if (rd.equals("tonight")) {
            part = "night";
        }
        if (part != null) {
            return partOfDay(s, offset, part);
        }
        if (!s.anchored()) {
            return Timex.date("XXXX-XX-XX", "day").unanchored();
        }
        return Timex.date(Values.day(s.day().plusDays(offset)), "day");
    }

    private static String partCode(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static Timex partOfDay(Situation s, int dayOffset, String part) {
        String code = partCode(part);
        if (!s.anchored()) {
            return Timex.time("XXXX-XX-XX" + code, "part-of-day").unanchored();
        }
        return Timex.time(Values.day(s.day().plusDays(dayOffset)) + code, "part-of-day");
    }

    private static Timex clock(Matcher m, Situation s) {
        String hText = m.group("h");
        Integer hours = hText.matches("\\d+") ? Integer.valueOf(hText) : Quantities.count(hText);
        if (hours == null || hours > 23) {
            return null;
        }
        int h = hours;
        int mi = groupOr(m, "mi") == null ? 0 : Integer.parseInt(m.group("mi"));
        String ap = groupOr(m, "ap");
        String partWord = groupOr(m, "part");
        boolean pm = (ap != null && ap.toLowerCase(Locale.ROOT).startsWith("p"))
                || (partWord != null && !partWord.equalsIgnoreCase("morning"));
        if (ap != null || partWord != null) {
            if (h == 0 || h > 12) {
                return null;
            }
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        String clock = String.format(Locale.ROOT, "T%02d:%02d", h, mi);
        return atDay(m, s, clock, "minute");
    }

    private static Timex noon(Matcher m, Situation s) {
        String n = m.group("n").toLowerCase(Locale.ROOT).replace("-", "");
        String clock = switch (n) {
            case "noon", "midday" -> "T12:00";
            case "midnight" -> "T24:00";
            case "midmorning" -> "TMO";
            default -> "TAF";
        };
        if (n.equals("midnight") && groupOr(m, "day") == null && s.anchored() && s.pastClause() && !s.future()) {
            // a past midnight is the one that ended the day before: T24:00 of the anchor's day is still ahead
            return Timex.time(Values.day(s.day().minusDays(1)) + clock, "minute");
        }
        return atDay(m, s, clock, clock.contains(":") ? "minute" : "part-of-day");
    }

    /**
     * The last day a sentence names before a clock time that names none: "late on Thursday ... shortly after
     * 11 p.m." is 11 p.m. on Thursday, not on the day of publication. Looked for in the clock time's sentence
     * and the one before it.
     */
    private static final String DAY_WORD = "(?:" + String.join("|", CalendarWords.WEEKDAYS.words()) + "|yesterday|today|tonight)";
    private static final Pattern DAY_BEFORE_CLOCK = Pattern.compile(
            "(?i)\\b(" + DAY_WORD + ")\\b(?!.*\\b" + DAY_WORD + "\\b)", Pattern.DOTALL);

    /**
     * A clock time on the day named after it ("5 p.m. Friday"), else on the day named last before it in its
     * sentence or the one before ("late on Thursday ... after 11 p.m."), else on the anchor's day.
     */
    private static Timex atDay(Matcher m, Situation s, String clock, String precision) {
        String day = groupOr(m, "day");
        if (day == null) {
            Matcher before = DAY_BEFORE_CLOCK.matcher(s.recentSentences());
            if (before.find()) {
                String word = before.group(1).toLowerCase(Locale.ROOT);
                day = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
        }
        if (day == null) {
            if (!s.anchored()) {
                return Timex.time("XXXX-XX-XX" + clock, precision).unanchored();
            }
            return Timex.time(Values.day(s.day()) + clock, precision);
        }
        String dl = day.toLowerCase(Locale.ROOT);
        if (!s.anchored()) {
            String v = "XXXX-XX-XX";
            if (day.matches(WEEKDAY)) {
                v = "XXXX-WXX-" + Values.weekdayNumber(day);
            }
            return Timex.time(v + clock, precision).unanchored();
        }
        LocalDate d;
        switch (dl) {
            case "today", "tonight" -> d = s.day();
            case "yesterday" -> d = s.day().minusDays(1);
            case "tomorrow" -> d = s.day().plusDays(1);
            default -> {
                if (day.matches(WEEKDAY)) {
                    int wd = Values.weekdayNumber(day);
                    d = s.future() ? Values.weekdayOnOrAfter(s.day(), wd) : Values.weekdayOnOrBefore(s.day(), wd);
                } else {
                    String[] parts = day.split("\\s+");
                    int mo = Values.monthNumber(parts[0]);
                    int dd = Integer.parseInt(parts[parts.length - 1].replaceAll("\\D", ""));
                    int y = Values.yearOf(s.day(), mo, dd, s.future());
                    if (!Values.valid(y, mo, dd)) {
                        return null;
                    }
                    d = LocalDate.of(y, mo, dd);
                }
            }
        }
        return Timex.time(Values.day(d) + clock, precision);
    }

    private static Timex unitRelative(Matcher m, Situation s) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("the ", "");
        Unit unit = Unit.of(m.group("unit"));
        int shift = switch (rel) {
            case "last", "past", "previous", "this past" -> -1;
            case "next", "coming", "following", "this coming" -> 1;
            default -> 0;
        };
        return shiftedUnit(s, unit, shift);
    }

    private static Timex shiftedUnit(Situation s, Unit unit, int shift) {
        if (!s.anchored()) {
            String v = unit.unanchoredValue();
            return Timex.date(v, unit.precision).unanchored();
        }
        if (unit == Unit.WEEKEND) {
            LocalDate sat = Values.weekdayOfWeek(s.day(), 6).plusWeeks(shift);
            return Timex.date(Values.week(sat) + "-WE", "weekend");
        }
        return Timex.date(unit.valueAt(unit.plus(s.day(), shift)), unit.precision);
    }

    private static Timex ago(Matcher m, Situation s) {
        Unit unit = Unit.of(m.group("unit"));
        Integer n = Quantities.count(m.group("n"));
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean back = dir.equals("ago") || dir.equals("earlier");
        boolean relativeToNow = dir.equals("ago") || dir.equals("hence") || dir.startsWith("from");
        if (!relativeToNow && unit != Unit.YEAR) {
            // "two days later": counted from the story's own time, which only a reader of the events knows
            return n == null ? null : Timex.duration(unit.duration(n), unit.precision);
        }
        if (n == null) {
            return Timex.date(back ? "PAST_REF" : "FUTURE_REF", "reference");
        }
        if (!s.anchored()) {
            return Timex.date(unit.unanchoredValue(), unit.datePrecision()).unanchored();
        }
        LocalDate d = unit.plus(s.day(), back ? -n : n);
        Unit shown = unit.timeOfDay ? Unit.DAY : unit == Unit.DECADE || unit == Unit.CENTURY ? Unit.YEAR : unit;
        return Timex.date(shown.valueAt(d), shown.datePrecision());
    }

    private static Timex duration(Matcher m, Situation s) {
        Unit unit = Unit.of(m.group("unit"));
        String n = m.group("n").toLowerCase(Locale.ROOT);
        String rel = lower(m.group("rel"));
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        boolean article = n.equals("a") || n.equals("an");
        if (article && (unit == Unit.SECOND || unit == Unit.QUARTER || unit == Unit.WEEKEND)) {
            return null; // "a second time", "a quarter of the vote"
        }
        if ((n.equals("some") || n.equals("many")) && !unitWord.endsWith("s")) {
            return null;
        }
        if (unit == Unit.QUARTER && s.after(4).matches("\\s+of\\b.*")) {
            return null; // "three-quarters of its food"
        }
        if (unit == Unit.QUARTER && rel == null && !unitWord.endsWith("s")) {
            return null;
        }
        if (article && rel == null && m.group("the") == null) {
            String before = s.wordBefore();
            if (before.matches("\\d.*|.*\\d|times|twice|once|thrice|billion|million|thousand|percent|%|cents?|dollars?")) {
                return Timex.set(unit.duration(1), unit.precision); // "$5 a year", "twice a day"
            }
        }
        Integer tenths = Quantities.tenths(n);
        if (tenths == null && (n.equals("some") || n.equals("many")) && m.group("the") == null) {
            return Timex.duration(unit.duration(null), unit.precision);
        }
        String value = tenths == null ? unit.duration(null) : unit.durationTenths(tenths);
        return Timex.duration(value, unit.precision);
    }

    private static Timex quarter(Matcher m, Situation s) {
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        String y = m.group("y");
        String shift = groupOr(m, "shift");
        boolean yearAgo = shift != null && shift.toLowerCase(Locale.ROOT).matches(".*(year-earlier|year-ago|prior-year).*");
        int q = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final" -> 4;
            default -> 0;
        };
        if (q == 0) {
            if (y == null) {
                return null; // "the last quarter" is the unit-relative rule's
            }
            q = 4;
        }
        if (m.group().toLowerCase(Locale.ROOT).endsWith("period") && !yearAgo && y == null) {
            return null;
        }
        if (y != null) {
            return Timex.date(y + "-Q" + q, "quarter");
        }
        if (!s.anchored()) {
            return Timex.date("XXXX-Q" + q, "quarter").unanchored();
        }
        String rel = lower(groupOr(m, "rel"));
        int year = s.day().getYear() - (yearAgo || "last".equals(rel) ? 1 : 0) + ("next".equals(rel) ? 1 : 0);
        return Timex.date(year + "-Q" + q, "quarter");
    }

    private static Timex half(Matcher m, Situation s) {
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        int h = ord.equals("first") ? 1 : 2;
        String y = m.group("y");
        if (y != null) {
            return Timex.date(y + "-H" + h, "half");
        }
        if (!s.anchored()) {
            return Timex.date("XXXX-H" + h, "half").unanchored();
        }
        String rel = lower(m.group("rel"));
        int year = s.day().getYear() + ("next".equals(rel) ? 1 : "last".equals(rel) ? -1 : 0);
        return Timex.date(year + "-H" + h, "half");
    }

    /** The last completed quarter: what "the quarter" means in an earnings report, unless one was named. */
    private static Timex latestQuarter(Matcher m, Situation s) {
        if (!s.anchored()) {
            return Timex.date("XXXX-QX", "quarter").unanchored();
        }
        LocalDate previous = s.day().minusMonths(3);
        return Timex.date(Unit.QUARTER.valueAt(previous), "quarter");
    }

    /** "the quarter ended Sept. 30": the calendar quarter holding the month it ended in. */
    private static Timex quarterEnded(Matcher m, Situation s) {
        int mo = Values.monthNumber(m.group("mon"));
        int q = (mo - 1) / 3 + 1;
        if (!s.anchored()) {
            return Timex.date("XXXX-Q" + q, "quarter").unanchored();
        }
        int year = s.day().getYear() - (mo > s.day().getMonthValue() ? 1 : 0);
        return Timex.date(year + "-Q" + q, "quarter");
    }

    /**
     * "that day", "the next morning": a date counted from the date the text last named, which the
     * tagger fills in reading order; the value here, used when no date was named, says it is unknown.
     * The value field carries the unit and the shift for the tagger: "day:+1".
     */
    private static Timex anaphoric(Matcher m, Situation s) {
        String rel = lower(m.group("rel"));
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        int shift = rel.endsWith("next") || rel.endsWith("following") ? 1
                : rel.endsWith("previous") || rel.endsWith("preceding") ? -1 : 0;
        String u = switch (unit) {
            case "week", "month", "year" -> unit;
            default -> "day";
        };
        return new Timex(u + ":" + shift, Timex.UNKNOWN_ANCHOR, "DATE");
    }

    private static Timex yearAgoPeriod(Matcher m, Situation s) {
        String what = lower(groupOr(m, "what"));
        if (!s.anchored()) {
            return Timex.date("XXXX", "year").unanchored();
        }
        if ("quarter".equals(what)) {
            return Timex.date(Unit.QUARTER.valueAt(s.day().minusMonths(3).minusYears(1)), "quarter");
        }
        return Timex.date(Values.year(s.day().getYear() - 1), "year");
    }

    private static final Set<String> SEASON_CONTEXT = Set.of("in", "since", "until", "by", "during", "of", "before",
            "after", "through", "from", "to", "till", "early", "late", "mid", "this", "last", "next", "over",
            "throughout", "that", "the", "end", "beginning", "middle", "start");

    private static Timex season(Matcher m, Situation s) {
        String rel = lower(m.group("rel"));
        String word = m.group("se").toLowerCase(Locale.ROOT);
        String y = m.group("y");
        boolean bare = rel == null && m.group().equalsIgnoreCase(m.group("se"));
        if (y == null && (bare || "the".equals(rel))) {
            String before = s.wordBefore();
            if (!SEASON_CONTEXT.contains(before) || ((word.equals("fall") || word.equals("spring")) && rel == null)) {
                return null;
            }
            String after = s.after(12);
            if (after.matches("(?s)\\s+(?:of|session|term|semester|collection|games|olympics|school|camp|wheat)\\b.*")
                    && !after.matches("(?s)\\s+of\\s+\\d.*")) {
                return null;
            }
        }
        String code = Values.seasonCode(word);
        if (y != null) {
            return Timex.date(y + "-" + code, "season");
        }
        if (!s.anchored()) {
            return Timex.date("XXXX-" + code, "season").unanchored();
        }
        int now = Values.seasonOrdinal(s.day());
        int index = Values.seasonIndex(code);
        // the same season in the anchor's season-year, then moved to the occurrence the words ask for
        int same = Math.floorDiv(now, 4) * 4 + index;
        int target;
        if (rel == null || rel.equals("the") || rel.equals("this")) {
            target = same;
            if (rel == null || rel.equals("the")) {
                target = s.future() ? (same < now ? same + 4 : same) : (same > now ? same - 4 : same);
            }
        } else if (rel.equals("last") || rel.startsWith("this past") || rel.equals("past")) {
            target = same < now ? same : same - 4;
        } else {
            target = same > now ? same : same + 4;
        }
        return Timex.date(Values.season(target), "season");
    }

    private static Timex rate(Matcher m, Situation s) {
        String before = s.wordBefore();
        String a = m.group().toLowerCase(Locale.ROOT);
        boolean per = a.startsWith("per");
        if (!per && !before.matches("\\d.*|.*\\d|times|twice|once|thrice|billion|million|thousand|percent|%|cents?"
                + "|dollars?|hours|days|minutes|miles|barrels|tons|shifts")) {
            return null;
        }
        Unit u = Unit.of(m.group("unit"));
        return Timex.set(u.duration(1), u.precision);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A named group's text, or null when the pattern has no such group or it did not take part. */
    private static String groupOr(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Easter Sunday (anonymous Gregorian algorithm) and the other movable feasts news names. */
    static final class Holidays {
        private Holidays() {
        }

        static Timex resolve(Matcher m, Situation s) {
            String name = m.group("hol").replaceAll("\\s+", " ");
            String y = m.group("y");
            String rel = lower(m.group("rel"));
            if (y != null) {
                LocalDate d = on(name, Integer.parseInt(y));
                return Timex.date(Values.day(d), "day");
            }
            if (!s.anchored()) {
                LocalDate d = on(name, 2001);
                boolean movable = name.matches("(?:Easter|Thanksgiving|Labor|Memorial|Election).*");
                String v = movable ? "XXXX-XX-XX"
                        : String.format(Locale.ROOT, "XXXX-%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
                return Timex.date(v, "day").unanchored();
            }
            LocalDate a = s.day();
            LocalDate thisYear = on(name, a.getYear());
            LocalDate d;
            boolean forward = "next".equals(rel) || (rel == null && s.future());
            if ("last".equals(rel) || !forward) {
                d = thisYear.isAfter(a) ? on(name, a.getYear() - 1) : thisYear;
                if ("this".equals(rel)) {
                    d = thisYear;
                }
            } else {
                d = thisYear.isBefore(a) ? on(name, a.getYear() + 1) : thisYear;
            }
            return Timex.date(Values.day(d), "day");
        }

        static LocalDate on(String name, int year) {
            if (name.startsWith("Christmas Eve")) {
                return LocalDate.of(year, 12, 24);
            }
            if (name.startsWith("Christmas")) {
                return LocalDate.of(year, 12, 25);
            }
            if (name.startsWith("New Year's Eve")) {
                return LocalDate.of(year, 12, 31);
            }
            if (name.startsWith("New Year")) {
                return LocalDate.of(year, 1, 1);
            }
            if (name.startsWith("Thanksgiving")) {
                return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            }
            if (name.startsWith("Independence")) {
                return LocalDate.of(year, 7, 4);
            }
            if (name.startsWith("Labor")) {
                return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            }
            if (name.startsWith("Memorial")) {
                return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            }
            if (name.startsWith("Veterans")) {
                return LocalDate.of(year, 11, 11);
            }
            if (name.startsWith("Halloween")) {
                return LocalDate.of(year, 10, 31);
            }
            if (name.startsWith("Valentine")) {
                return LocalDate.of(year, 2, 14);
            }
            if (name.startsWith("Election")) {
                // United States: the Tuesday after the first Monday of November
                return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            }
            if (name.startsWith("Boxing")) {
                return LocalDate.of(year, 12, 26);
            }
            return easter(year);
        }

        static LocalDate easter(int year) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int mm = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * mm + 114) / 31;
            int day = ((h + l - 7 * mm + 114) % 31) + 1;
            return LocalDate.of(year, month, day);
        }
    }
}
