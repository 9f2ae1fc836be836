package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.FileRun;
import org.sitrep.model.InputDocument;

/** Issue 16, section 3: a feed item's characters map back to the feed file's own characters. */
class FeedFileOffsetsTest {

    private final Readers readers = new Readers();
    private final InputOptions options = new InputOptions("feed.xml", "rss", null, null, null);

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Wire</title><link>https://news.example.com/</link><description>d</description>
            <item><title>Plain</title><link>https://news.example.com/a1</link>
            <description>Smith &amp; Sons said the port\u2019s cranes are idle. "We lost 40 ships," Ali&#8217;s aide said.</description></item>
            <item><title>Tagged</title><link>https://news.example.com/a2</link>
            <content:encoded><![CDATA[<div><p>"The talks went well," the spokesman said.</p></div>]]></content:encoded></item>
            <item><title>Escaped twice</title><link>https://news.example.com/a3</link>
            <description>&amp;lt;p&amp;gt;"We will rebuild the schools," the minister said.&amp;lt;/p&amp;gt;</description></item>
            </channel></rss>
            """;

    private static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id><updated>2024-05-03T10:00:00Z</updated>\r\n"
            + "<entry><title>One</title><id>urn:1</id><updated>2024-05-03T10:00:00Z</updated>\r\n"
            + "<summary>Rain &lt;heavy&gt; fell.\r\nRoads closed.</summary></entry>\r\n</feed>\r\n";

    @Test
    void everyCharacterOfEachItemStandsWhereItsRunSays() throws Exception {
        for (String feed : List.of(RSS, ATOM)) {
            List<InputDocument> docs = readers.read(feed.getBytes(StandardCharsets.UTF_8), options);
            assertThat(docs).isNotEmpty();
            for (InputDocument doc : docs) {
                assertThat(doc.fileOffsets()).as("runs of %s", doc.path()).isNotNull();
                assertMapsIntoFeed(doc, feed);
            }
        }
    }

    @Test
    void aPlainTextDescriptionMapsLiterallyAroundItsReferences() throws Exception {
        InputDocument plain = readers.read(RSS.getBytes(StandardCharsets.UTF_8), options).get(0);
        String quote = "\"We lost 40 ships,\"";
        int start = plain.text().indexOf(quote);
        int fileStart = FileRun.toFile(plain.fileOffsets(), start);
        assertThat(RSS.substring(fileStart, fileStart + quote.length())).isEqualTo(quote);
        // the reference "&amp;" is one character of the item, cited at the reference
        int amp = plain.text().indexOf('&');
        assertThat(RSS.substring(FileRun.toFile(plain.fileOffsets(), amp))).startsWith("&amp;");
        assertThat(FileRun.toFile(plain.fileOffsets(), plain.text().length())).isEqualTo(-1);
    }

    @Test
    void aContentTheFeedDoesNotHoldAsWrittenGetsNoRuns() throws Exception {
        String xhtml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
                + "<updated>2024-05-03T10:00:00Z</updated><entry><title>One</title><id>urn:1</id>"
                + "<updated>2024-05-03T10:00:00Z</updated><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<p>Rain fell.</p></div></content></entry></feed>";
        List<InputDocument> docs = readers.read(xhtml.getBytes(StandardCharsets.UTF_8), options);
        assertThat(docs).singleElement().satisfies(d -> assertThat(d.fileOffsets()).isNull());
    }

    /** Literal runs equal the feed's text there; a decoded character stands at a reference or a line end. */
    private static void assertMapsIntoFeed(InputDocument doc, String feed) {
        int covered = 0;
        for (FileRun run : doc.fileOffsets()) {
            String item = doc.text().substring(run.start(), run.end());
            String file = feed.substring(run.fileStart(), run.fileStart() + run.end() - run.start());
            if (!item.equals(file)) {
                assertThat(run.end() - run.start()).as("a decoded character is a run of one").isEqualTo(1);
                assertThat(feed.charAt(run.fileStart())).as("%s at %d", item, run.fileStart()).isIn('&', '\r');
            }
            covered += run.end() - run.start();
        }
        assertThat(covered).as("characters of %s with a place in the feed", doc.path())
                .isGreaterThanOrEqualTo(doc.text().strip().length());
    }
}
