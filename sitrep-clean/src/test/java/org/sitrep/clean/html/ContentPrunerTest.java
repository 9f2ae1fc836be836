package org.sitrep.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentPrunerTest {

    private static final String SUMMARY = "<p>Pupils return on Monday to a building with a new roof, after a summer of"
            + " work by local builders who also rebuilt the gymnasium floor, replaced the old boilers and painted every"
            + " classroom, at a cost the town says came in under the budget it set in the spring.</p>";

    private static boolean clutter(String html) {
        Element block = Jsoup.parseBodyFragment(html).body().child(0);
        return ContentPruner.isClutter(block, TextStats.of(block, Set.of()));
    }

    @Test
    void linkedHeadlinesWithShortSummariesAreTeasersOfOtherStories() {
        // too little link text for the link-density rule: only the linked headlines tell these are teasers
        assertThat(clutter("<div><div><h3><a href='/c'>School reopens after repairs</a></h3>" + SUMMARY + "</div>"
                + "<div><h3><a href='/d'>Orchestra plays in the church</a></h3>" + SUMMARY + "</div></div>")).isTrue();
        assertThat(clutter("<div><a href='/c'><h3>School reopens after repairs</h3></a>" + SUMMARY
                + "<a href='/d'><h3>Orchestra plays in the church</h3></a>" + SUMMARY + "</div>")).isTrue();
    }

    @Test
    void anArticleSectionWithPlainSubheadingsIsNotATeaserList() {
        assertThat(clutter("<div><h3>The repairs</h3>" + SUMMARY + "<h3>The cost</h3>" + SUMMARY + "</div>")).isFalse();
        assertThat(clutter("<div><h3><a href='/c'>One linked heading</a></h3>" + SUMMARY + SUMMARY + "</div>")).isFalse();
    }
}
