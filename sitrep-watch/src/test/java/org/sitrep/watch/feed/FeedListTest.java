package org.sitrep.watch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @TempDir
    Path folder;

    @Test
    void opmlListsAndUrlsAreReadEachFeedOnce() throws Exception {
        Path opml = folder.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Desk</title></head><body>
                  <outline text="World"><outline text="Wire" type="rss" xmlUrl="https://wire.example.org/world.rss"/></outline>
                  <outline text="Local" type="rss" xmlUrl="https://local.example.org/feed"/>
                </body></opml>
                """);
        Path list = folder.resolve("feeds.txt");
        Files.writeString(list, "# feeds\nhttps://local.example.org/feed\nhttps://fast.example.org/rss 2m  # busy\n\n");

        List<FeedSource> feeds = FeedList.read(List.of(opml.toString(), list.toString(), "https://x.example.org/atom"));

        assertThat(feeds).containsExactly(new FeedSource("https://wire.example.org/world.rss", null),
                new FeedSource("https://local.example.org/feed", null),
                new FeedSource("https://fast.example.org/rss", Duration.ofMinutes(2)),
                new FeedSource("https://x.example.org/atom", null));
    }

    @Test
    void badListsAreNamedWithTheirLine() throws Exception {
        Path list = folder.resolve("feeds.txt");
        Files.writeString(list, "https://ok.example.org/rss\nftp://old.example.org/feed\n");
        Path doctype = folder.resolve("evil.opml");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><opml>&e;</opml>");

        assertThatThrownBy(() -> FeedList.read(List.of(list.toString())))
                .hasMessage(list + " line 2: not an http(s) feed URL: 'ftp://old.example.org/feed'");
        assertThatThrownBy(() -> FeedList.read(List.of(doctype.toString()))).hasMessageStartingWith(doctype + ": not a readable OPML file");
        assertThatThrownBy(() -> FeedList.read(List.of(list + ".missing"))).hasMessageContaining("no such file");
    }

    @Test
    void itemKeysIgnoreTrackingParametersFragmentsAndDefaultPorts() {
        assertThat(ItemKeys.normalise("HTTPS://News.Example.org:443/a/b?id=3&utm_source=rss&fbclid=x#top"))
                .isEqualTo("https://news.example.org/a/b?id=3");
        assertThat(ItemKeys.key("https://news.example.org/a?utm_medium=feed", null, "t", "x"))
                .isEqualTo(ItemKeys.key("https://news.example.org/a", "other-guid", "other", "y"));
        assertThat(ItemKeys.key(null, "guid-1", "t", "x")).isNotEqualTo(ItemKeys.key(null, "guid-2", "t", "x"));
    }
}
