package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every expectation of {@code ../shared/fixtures/seeds-expected.json} for the sections that are
 * built, one dynamic test each, checked as {@code ../shared/tools/check-seeds.py} checks them.
 */
class SeedsFixtureTest {

    /** The sections whose stages are built; a section joins this list when its stage lands. */
    static final Set<String> SECTIONS = Set.of("articles", "dateline", "published", "summary", "captions", "short_url",
            "body", "offsets", "people", "organizations", "places", "times", "quotes", "events");

    @TestFactory
    Stream<DynamicTest> seedsMeetTheFixture() throws Exception {
        SeedsFixture fixture = fixtureOrSkip();
        List<SeedsFixture.Check> checks = fixture.check(new ArticlePipeline(StageRegistry.standard().resolve("all")), SECTIONS);
        assertThat(checks).extracting(SeedsFixture.Check::section).contains("articles", "body");
        return checks.stream().map(c -> DynamicTest.dynamicTest("[" + c.section() + "] " + c.what(),
                () -> assertThat(c.ok()).as("%s: got %s", c.what(), c.got()).isTrue()));
    }

    static SeedsFixture fixtureOrSkip() throws Exception {
        var shared = SeedsFixture.sharedFolder();
        Assumptions.assumeTrue(Files.exists(shared.resolve("fixtures/seeds-expected.json")),
                "../shared/fixtures/seeds-expected.json is absent: the seeds fixture is not checked");
        return new SeedsFixture(shared);
    }
}
