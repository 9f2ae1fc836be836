package org.sitrep.annotate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListsTest {

    /** The lexicon's word lists as the build copies them beside the classes. */
    private static List<Path> lists() throws Exception {
        Path dir = Path.of(WordList.class.getResource("/org/sitrep/annotate/lexicon/months.txt").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyListSaysWhereItComesFromAndWhatItHolds() throws Exception {
        assertThat(lists()).hasSizeGreaterThan(30);
        for (Path f : lists()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
            assertThat(header).as(f.getFileName().toString()).anyMatch(l -> l.startsWith("# Source: "))
                    .anyMatch(l -> l.startsWith("# Format: "));
            assertThat(lines.size()).as(f.getFileName().toString()).isGreaterThan(header.size());
        }
    }

    @Test
    void noListHoldsAWordTwiceAndNoTwoListsAreTheSame() throws Exception {
        Map<List<String>, String> seen = new HashMap<>();
        for (Path f : lists()) {
            WordList list = WordList.load(f.getFileName().toString());
            assertThat(list.lowerCase()).as(f.getFileName().toString()).hasSameSizeAs(list.words());
            List<String> words = list.words().stream().map(WordList::key).sorted().toList();
            String before = seen.put(words, f.getFileName().toString());
            assertThat(before).as("%s repeats %s", f.getFileName(), before).isNull();
        }
    }

    @Test
    void lookupsIgnoreCaseAndTypographicApostrophes() {
        assertThat(Titles.HEADS.contains("Minister")).isTrue();
        assertThat(Titles.MODIFIERS.contains("Women\u2019s")).isTrue();
        assertThat(Titles.HONORIFICS.contains("Mr.")).isTrue();
        assertThat(Titles.HEADS.contains("Gen.")).isTrue();
        assertThat(Titles.HEADS.contains("table")).isFalse();
    }

    @Test
    void theCalendarIsInCalendarOrder() {
        assertThat(CalendarWords.MONTHS.words()).hasSize(12).startsWith("January").endsWith("December");
        assertThat(CalendarWords.WEEKDAYS.words()).hasSize(7).startsWith("Monday").endsWith("Sunday");
        // every abbreviation opens its month's name
        assertThat(CalendarWords.MONTH_ABBREVIATIONS.words()).allMatch(a -> CalendarWords.MONTHS.words().stream().anyMatch(m -> m.startsWith(a)));
        assertThat(CalendarWords.isMonthOrWeekday("tuesday")).isTrue();
        assertThat(CalendarWords.isMonthOrWeekday("Jan")).isFalse();
    }

    @Test
    void numberWordsCarryTheirValues() {
        assertThat(NumberWords.values()).containsEntry("twelve", 12).containsEntry("ninety", 90).hasSize(27);
        assertThat(NumberWords.ones()).containsExactly("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
        assertThat(NumberWords.tens()).startsWith("twenty").endsWith("ninety");
    }

    @Test
    void eventWordsTellFigurativeFightsAndVerbsOfSaying() {
        EventWords words = EventWords.instance();
        assertThat(words.figurativeModifier("Trade")).isTrue();
        assertThat(words.figurativeModifier("border")).isFalse();
        assertThat(words.tellingVerb("say")).isTrue();
        assertThat(words.tellingVerb("kill")).isFalse();
        assertThat(words.triggers("clash", true)).isNotEmpty();
    }

    @Test
    void speechVerbsGiveTheirReportingFormsAndTopics() {
        assertThat(SpeechVerbs.reportingForms()).contains("said", "says", "told").doesNotContain("states", "notes");
        assertThat(SpeechVerbs.reportsSpeech("say")).isTrue();
        assertThat(SpeechVerbs.reportsSpeech("warn")).isTrue();
        assertThat(SpeechVerbs.reportsSpeech("eat")).isFalse();
        assertThat(SpeechVerbs.topicWords("call")).containsExactlyInAnyOrder("for", "on");
        assertThat(SpeechVerbs.topicWords("condemn")).containsExactly("");
        assertThat(SpeechVerbs.topicWords("say")).isNull();
    }

    @Test
    void placeWordsMarkSecondLevelDivisionsAndStrongPrepositions() {
        assertThat(PlaceWords.ADMIN.contains("Province")).isTrue();
        assertThat(PlaceWords.SECOND_LEVEL_ADMIN.contains("county")).isTrue();
        assertThat(PlaceWords.SECOND_LEVEL_ADMIN.contains("province")).isFalse();
        assertThat(PlaceWords.STRONG_PREPOSITIONS.contains("in")).isTrue();
        assertThat(PlaceWords.STRONG_PREPOSITIONS.contains("from")).isFalse();
        assertThat(PlaceWords.PREPOSITIONS.contains("from")).isTrue();
        assertThat(PlaceWords.notAPlaceName("march")).isTrue();
        assertThat(PlaceNames.spellInitials("L.A.")).isEqualTo("Los Angeles");
        assertThat(PlaceNames.spellInitials("La.")).isEqualTo("La.");
    }
}
