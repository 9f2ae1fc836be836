package org.sitrep.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real news for the tests: the LGL corpus's local news articles (../shared/data/geo/lgl.xml), each as the HTML page
 * of a WARC response record, gzip per record as Common Crawl News writes them, with the article's URL and download
 * time. Skips the test with a message where the shared data are absent.
 */
final class LglWarc {

    record LglArticle(String url, String title, String text, Instant downloaded) {
    }

    /** LGL's download times: '2009-03-20 12:24:52.002364-05', with up to six decimals. */
    private static final DateTimeFormatter DLTIME = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HH", "Z").toFormatter();

    private LglWarc() {
    }

    static List<LglArticle> articles(int limit) throws Exception {
        Path lgl = Path.of(System.getProperty("sitrep.shared", "../../shared"), "data", "geo", "lgl.xml");
        Assumptions.assumeTrue(Files.isRegularFile(lgl), "skipped: no LGL corpus at " + lgl + " (../shared/data/geo)");
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(lgl.toFile())
                .getDocumentElement().getElementsByTagName("article");
        List<LglArticle> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength() && out.size() < limit; i++) {
            Element a = (Element) nodes.item(i);
            out.add(new LglArticle(text(a, "url"), text(a, "title"), text(a, "text"),
                    OffsetDateTime.parse(text(a, "dltime"), DLTIME).toInstant()));
        }
        return out;
    }

    /**
     * Writes the articles as a gzipped WARC, then {@code tail} bytes after the last record (a broken record, or none);
     * returns the byte offset at which the last article's record starts. (Each record has a random WARC-Record-ID, so
     * the offset is measured on this very file: the last record is appended as a gzip member of its own.)
     */
    static long write(Path warc, List<LglArticle> articles, byte[] tail) throws IOException {
        Files.deleteIfExists(warc);
        append(warc, articles.subList(0, articles.size() - 1));
        long lastOffset = Files.size(warc);
        append(warc, articles.subList(articles.size() - 1, articles.size()));
        if (tail.length > 0) {
            Files.write(warc, tail, StandardOpenOption.APPEND);
        }
        return lastOffset;
    }

    private static void append(Path warc, List<LglArticle> articles) throws IOException {
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (LglArticle a : articles) {
                byte[] html = page(a).getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html).build();
                writer.write(new WarcResponse.Builder(URI.create(a.url())).date(a.downloaded()).body(http).build());
            }
        }
    }

    /** What the job logs for the broken tail after the articles: where it stopped, and the last record read whole. */
    static String brokenTailPattern(Path warc, int records, long lastOffset) {
        return java.util.regex.Pattern.quote("sitrep-spark: " + warc + " at offset ") + "\\d+"
                + java.util.regex.Pattern.quote(" (after record " + records + " at offset " + lastOffset + "): malformed WARC: ");
    }

    private static String page(LglArticle a) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(a.title())).append("</title></head><body><article><h1>")
                .append(Entities.escape(a.title())).append("</h1>");
        for (String paragraph : a.text().split("\n+")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
