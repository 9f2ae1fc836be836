package org.sitrep.watch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String ROBOTS = """
            # a site's robots.txt
            User-agent: Googlebot
            Disallow: /

            User-agent: sitrep
            User-agent: otherbot
            Disallow: /private/
            Allow: /private/press-releases/
            Disallow: /*.pdf$
            Crawl-delay: 2

            User-agent: *
            Disallow: /search
            """;

    @Test
    void theGroupNamingUsWinsOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "sitrep");

        assertThat(rules.allows("/news/1")).isTrue();
        assertThat(rules.allows("/search?q=x")).as("the * group does not apply to sitrep").isTrue();
        assertThat(rules.allows("/private/memo")).isFalse();
        assertThat(rules.allows("/private/press-releases/1")).as("the longer Allow wins").isTrue();
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?download=1")).as("$ anchors the end").isTrue();
        assertThat(rules.crawlDelaySeconds()).isEqualTo(2.0);
    }

    @Test
    void anotherCrawlerGetsTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "feedfetcher");

        assertThat(rules.allows("/search")).isFalse();
        assertThat(rules.allows("/private/memo")).isTrue();
        assertThat(rules.crawlDelaySeconds()).isNull();
    }

    @Test
    void anEmptyDisallowAllowsEverythingAndUnreadableRobotsAllowNothing() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "sitrep").allows("/anything")).isTrue();
        assertThat(RobotsRules.DISALLOW_ALL.allows("/news/1")).isFalse();
        assertThat(RobotsRules.ALLOW_ALL.allows("/news/1")).isTrue();
    }
}
