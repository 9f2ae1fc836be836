package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputDocument;

/** Issue 16, sections 3 and 4: feeds' authors and markup, JSON Lines fields, messages in the user's terms, encodings. */
class FeedsAndLinesTest {

    private final Readers readers = new Readers();
    private final InputOptions options = new InputOptions("in", "auto", null, null, null);

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Wire</title><link>https://news.example.com/</link><description>d</description>
            <item><title>Minister visits Kabul</title><link>https://news.example.com/a1</link><dc:creator>Jane Doe</dc:creator>
            <description>&amp;lt;p&amp;gt;&amp;lt;b&amp;gt;"We will rebuild the schools,"&amp;lt;/b&amp;gt; the minister said.&amp;lt;/p&amp;gt;</description></item>
            <item><title>Talks</title><link>https://news.example.com/a2</link><author>john@example.com (John Roe)</author>
            <content:encoded><![CDATA[<div><p>"The talks went well," the spokesman said.</p></div>]]></content:encoded></item>
            </channel></rss>
            """;

    @Test
    void feedItemAuthorsAreBylines() throws Exception {
        List<InputDocument> docs = readers.read(FEED.getBytes(StandardCharsets.UTF_8), options);
        assertThat(docs).extracting(InputDocument::byline).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void feedHtmlEscapedTwiceReachesCleaningAsMarkup() throws Exception {
        InputDocument first = readers.read(FEED.getBytes(StandardCharsets.UTF_8), options).get(0);
        assertThat(first.contentType()).isEqualTo("html");
        // once unescaped, the tags are tags for the cleaner (which reduces them to text), not "&lt;b&gt;" in the text
        assertThat(first.text()).contains("<b>\"We will rebuild the schools,\"</b>").doesNotContain("&lt;");
    }

    @Test
    void anHtmlPageReadAsAFeedSaysSoWithoutParserSettings() {
        byte[] page = "<!DOCTYPE html><html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.read(page, new InputOptions("page.html", "rss", null, null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("not a feed: this is an HTML page (read it with --format html or auto)");
    }

    @Test
    void aFeedDefiningEntitiesIsRefusedInPlainWordsAndAPlainDoctypeIsRead() throws Exception {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&lol2;</title><item><description>&lol2;</description></item></channel></rss>";
        assertThatThrownBy(() -> readers.read(laughs.getBytes(StandardCharsets.UTF_8), options))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("apache").hasMessageNotContaining("disallow");
        String rss091 = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>x</title>"
                + "<link>http://a.example/</link><description>d</description><item><title>T</title><link>http://a.example/1</link>"
                + "<description>The mayor said the bridge reopened.</description></item></channel></rss>";
        assertThat(readers.read(rss091.getBytes(StandardCharsets.UTF_8), options))
                .singleElement().satisfies(d -> assertThat(d.text()).contains("bridge reopened"));
    }

    @Test
    void aBrokenJsonLinesRecordIsNamedByItsLineInPlainWords() {
        String jsonl = "{\"text\": \"Fine text.\"}\n\n{\"text\": \"broken \n{\"text\": \"ok again\"}\n[1, 2]\n";
        assertThatThrownBy(() -> readers.read(jsonl.getBytes(StandardCharsets.UTF_8), new InputOptions("in.jsonl", "jsonl", null, null, null)))
                .isInstanceOf(PartialInputException.class)
                .hasMessageStartingWith("2 bad JSON Lines records, first line 3: not valid JSON")
                .hasMessageNotContaining("REDACTED").hasMessageNotContaining("StreamReadFeature").hasMessageNotContaining("line: 1")
                .satisfies(e -> assertThat(((PartialInputException) e).documents()).hasSize(2));
    }

    @Test
    void jsonLinesIdAndSourceAreRead() throws Exception {
        String jsonl = "{\"id\": \"afp-17\", \"source\": \"reuters.com\", \"text\": \"KABUL: Clashes.\", \"topic\": \"x\"}\n"
                + "{\"text\": \"Seoul news.\", \"source\": \"Reuters\"}\n";
        List<InputDocument> docs = readers.read(jsonl.getBytes(StandardCharsets.UTF_8), new InputOptions("in.jsonl", "auto", null, null, null));
        assertThat(docs).extracting(InputDocument::path).containsExactly("in.jsonl#afp-17", "in.jsonl#line2");
        assertThat(docs).extracting(InputDocument::url).containsExactly("https://reuters.com/", null);
    }

    @Test
    void mostlyUtf8WithAFewBadBytesIsUtf8WithAWarning() throws Exception {
        byte[] text = "Caf\u00e9 owners in S\u00e3o Paulo said \u201cprices rose\u201d on Monday. A stray X byte."
                .getBytes(StandardCharsets.UTF_8);
        int x = new String(text, StandardCharsets.UTF_8).indexOf("X byte");
        // the X is one byte in UTF-8; find it among the bytes and break it
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 'X' && i > x) {
                text[i] = (byte) 0xFF;
                break;
            }
        }
        List<String> warnings = new ArrayList<>();
        InputDocument doc = readers.read(text, options.withWarnings(warnings::add)).get(0);
        assertThat(doc.text()).startsWith("Caf\u00e9 owners in S\u00e3o Paulo said \u201cprices rose\u201d").contains("stray \uFFFD byte");
        assertThat(warnings).singleElement().asString().contains("1 malformed UTF-8 byte sequence");
    }
}
