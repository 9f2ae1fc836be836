package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputDocument;

class ReadersTest {

    private final Readers readers = new Readers();
    private final InputOptions options = new InputOptions("in", "auto", null, null, null);

    @Test
    void plainTextIsOneTextDocument() throws Exception {
        List<InputDocument> docs = readers.read("KABUL: Clashes broke out on Saturday.".getBytes(StandardCharsets.UTF_8), options);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo("text");
            assertThat(d.text()).startsWith("KABUL:");
        });
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithoutMojibake() throws Exception {
        byte[] latin = "Caf\u00e9 in S\u00e3o Paulo \u2014 it\u2019s open.".getBytes(Charset.forName("windows-1252"));
        assertThat(readers.read(latin, options).get(0).text()).isEqualTo("Caf\u00e9 in S\u00e3o Paulo \u2014 it\u2019s open.");
    }

    @Test
    void byteOrderMarkWinsAndIsDropped() throws Exception {
        byte[] text = "\uFEFFHello news".getBytes(StandardCharsets.UTF_8);
        assertThat(readers.read(text, options).get(0).text()).isEqualTo("Hello news");
        byte[] utf16 = "\uFEFFNachrichten aus K\u00f6ln".getBytes(StandardCharsets.UTF_16LE);
        assertThat(readers.read(utf16, options).get(0).text()).isEqualTo("Nachrichten aus K\u00f6ln");
    }

    @Test
    void htmlMetaCharsetIsHonoured() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Z\u00fcrich</p></body></html>";
        InputDocument doc = readers.read(page.getBytes(StandardCharsets.ISO_8859_1), options).get(0);
        assertThat(doc.contentType()).isEqualTo("html");
        assertThat(doc.text()).contains("Z\u00fcrich");
    }

    @Test
    void emptyAndBinaryInputsAreRefusedWithAReason() {
        assertThatThrownBy(() -> readers.read(new byte[0], options)).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> readers.read("  \n\n ".getBytes(StandardCharsets.UTF_8), options))
                .isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 % 256);
        }
        assertThatThrownBy(() -> readers.read(junk, options)).isInstanceOf(BadInputException.class).hasMessageContaining("binary");
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithTheirDates() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org</link><description>d</description>
                <item><title>Clashes on the border</title><link>https://example.org/a</link>
                <pubDate>Sat, 06 Dec 2025 09:00:00 GMT</pubDate><description>&lt;p&gt;Heavy gunfire erupted.&lt;/p&gt;</description></item>
                <item><title>Talks resume</title><link>https://example.org/b</link><description>Talks resumed in Doha.</description></item>
                </channel></rss>""";
        List<InputDocument> docs = readers.read(rss.getBytes(StandardCharsets.UTF_8), options);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).format()).isEqualTo("rss");
        assertThat(docs.get(0).title()).isEqualTo("Clashes on the border");
        assertThat(docs.get(0).url()).isEqualTo("https://example.org/a");
        assertThat(docs.get(0).published()).isEqualTo("2025-12-06T09:00:00Z");
        assertThat(docs.get(0).text()).contains("<p>Heavy gunfire erupted.</p>");
    }

    @Test
    void malformedFeedIsOneLineError() {
        byte[] bad = "<?xml version=\"1.0\"?><rss><channel><item><title>x</rss>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.read(bad, options)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not a well-formed RSS or Atom feed").hasMessageNotContaining("\n");
    }

    @Test
    void warcResponsesWithHtmlAreRead() throws Exception {
        byte[] warc = warc("https://example.org/news", "<html><body><p>Kabul news.</p></body></html>");
        List<InputDocument> docs = readers.read(gzip(warc), options);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo("warc");
            assertThat(d.url()).isEqualTo("https://example.org/news");
            assertThat(d.retrievedAt()).isEqualTo(Instant.parse("2025-12-06T10:00:00Z"));
            assertThat(d.text()).contains("Kabul news.");
        });
    }

    @Test
    void truncatedGzipWarcIsReportedAndKeepsWhatWasRead() throws Exception {
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        two.write(gzip(warc("https://example.org/1", "<html><body><p>First page.</p></body></html>")));
        byte[] second = gzip(warc("https://example.org/2", "<html><body><p>Second page.</p></body></html>"));
        two.write(Arrays.copyOf(second, second.length / 2));
        assertThatThrownBy(() -> readers.read(two.toByteArray(), options))
                .isInstanceOf(PartialInputException.class)
                .hasMessageContaining("WARC")
                .satisfies(e -> assertThat(((PartialInputException) e).documents()).hasSize(1));
    }

    @Test
    void truncatedGzipTextIsRefused() throws Exception {
        byte[] gz = gzip("Some long enough text to compress. ".repeat(200).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readers.read(Arrays.copyOf(gz, gz.length / 2), options))
                .isInstanceOf(BadInputException.class).hasMessageContaining("gzip");
    }

    @Test
    void jsonLinesGiveOneDocumentPerRecordAndNameBadLines() throws Exception {
        String jsonl = """
                {"text": "KABUL: Clashes broke out.", "url": "https://example.org/a", "published": "2025-12-06"}
                {"html": "<p>Seoul news</p>", "retrieved_at": "2025-12-06T10:00:00Z"}
                not json
                """;
        assertThatThrownBy(() -> readers.read(jsonl.getBytes(StandardCharsets.UTF_8), options))
                .isInstanceOf(PartialInputException.class).hasMessageContaining("line 3")
                .satisfies(e -> {
                    List<InputDocument> docs = ((PartialInputException) e).documents();
                    assertThat(docs).hasSize(2);
                    assertThat(docs.get(0).published()).isEqualTo("2025-12-06");
                    assertThat(docs.get(1).contentType()).isEqualTo("html");
                    assertThat(docs.get(1).retrievedAt()).isEqualTo(Instant.parse("2025-12-06T10:00:00Z"));
                });
    }

    @Test
    void formatIsDetectedFromContentAndName() {
        assertThat(Readers.detect("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("html");
        assertThat(Readers.detect("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8), "x"))
                .isEqualTo("rss");
        assertThat(Readers.detect("WARC/1.1\r\n".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("warc");
        assertThat(Readers.detect("{\"text\": \"a\"}".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("jsonl");
        assertThat(Readers.detect("Plain words.".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("text");
    }

    static byte[] warc(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), body);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: 2025-12-06T10:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.ISO_8859_1), block), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
