package org.sitrep.link.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    // entity ids: 1 United States (named by every article), 2 Taliban, 3 Afghanistan, 4 Pakistan, 5 Pyongyang, 6 KCNA
    private final StoryMatcher matcher = new StoryMatcher(10, e -> e == 1L ? 9 : 2);

    @Test
    void sharingTheMostNamedRareEntitiesJoinsAStory() {
        StoryProfile afghanistan = new StoryProfile(1, Map.of(1L, 1.0, 2L, 6.0, 3L, 6.0, 4L, 5.0), null, null, 1);
        StoryProfile korea = new StoryProfile(2, Map.of(1L, 3.0, 5L, 5.0, 6L, 2.0), null, null, 1);
        ArticleProfile sanctions = new ArticleProfile("a", Map.of(2L, 6.0, 3L, 4.0, 7L, 5.0, 8L, 4.0), null);

        assertThat(matcher.choose(sanctions, List.of(korea, afghanistan))).map(StoryMatcher.Choice::storyId).contains(1L);
    }

    @Test
    void sharingOnlyABigCountryStartsANewStory() {
        StoryProfile korea = new StoryProfile(2, Map.of(1L, 3.0, 5L, 5.0, 6L, 2.0), null, null, 1);
        ArticleProfile clash = new ArticleProfile("a", Map.of(1L, 2.0, 3L, 6.0, 4L, 6.0, 9L, 2.0), null);

        assertThat(matcher.similarity(clash, korea)).isLessThan(StoryMatcher.THRESHOLD);
        assertThat(matcher.choose(clash, List.of(korea))).isEmpty();
    }

    @Test
    void aStoryQuietForMonthsHasEnded() {
        Map<Long, Double> same = Map.of(2L, 6.0, 3L, 6.0);
        StoryProfile story = new StoryProfile(1, same, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10), 2);

        assertThat(matcher.similarity(new ArticleProfile("a", same, LocalDate.of(2025, 1, 5)), story)).isGreaterThan(0.99);
        assertThat(matcher.similarity(new ArticleProfile("a", same, LocalDate.of(2025, 2, 9)), story)).isBetween(0.49, 0.51);
        assertThat(matcher.choose(new ArticleProfile("a", same, LocalDate.of(2025, 6, 1)), List.of(story))).isEmpty();
        assertThat(matcher.similarity(new ArticleProfile("a", same, null), story)).isGreaterThan(0.99);
    }

    @Test
    void theTitleIsTheMostRepresentativeHeadline() {
        Map<Long, Double> story = Map.of(2L, 12.0, 3L, 10.0, 4L, 1.0);
        List<StoryTitle.Candidate> articles = List.of(
                new StoryTitle.Candidate("Cricket side tours Pakistan", new ArticleProfile("x", Map.of(4L, 1.0), null)),
                new StoryTitle.Candidate("Taliban tighten grip on Afghanistan", new ArticleProfile("y", Map.of(2L, 6.0, 3L, 5.0), null)));

        assertThat(StoryTitle.choose(articles, story, matcher)).isEqualTo("Taliban tighten grip on Afghanistan");
    }

    @Test
    void aSyndicatedCopyIsTheSameTextAnotherReportIsNot() {
        String wire = "Afghan and Pakistani forces clashed overnight near the Spin Boldak crossing, killing five civilians,"
                + " a Taliban spokesman said on Friday, in the latest violence since a truce brokered in October.";
        String copy = "KABUL (Reuters) - " + wire + " Reporting by staff; editing by the desk.";
        String own = "Five civilians died when fighting broke out at the border crossing near Spin Boldak, officials"
                + " in Kandahar told reporters, blaming Pakistani troops for the shelling late on Thursday.";

        assertThat(SyndicatedCopies.areCopies(SyndicatedCopies.shingles(wire), SyndicatedCopies.shingles(copy))).isTrue();
        assertThat(SyndicatedCopies.areCopies(SyndicatedCopies.shingles(wire), SyndicatedCopies.shingles(own))).isFalse();
        assertThat(SyndicatedCopies.areCopies(SyndicatedCopies.shingles(""), SyndicatedCopies.shingles(""))).isFalse();
    }
}
