package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, section 4, end to end: hostile inputs of every kind, each named on stderr in one line with the reason
 * in the user's terms, while the good input among them is read and the run exits 1. The whole batch must finish
 * in well under a minute: before the bounds, the 10 MB line alone held {@code annotate} for many minutes.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Ten million characters of words on one line, with no full stop anywhere. */
    private Path tenMegabyteLine() throws IOException {
        String[] words = {"the", "army", "said", "troops", "moved", "near", "border", "town", "while", "officials", "met"};
        Random random = new Random(16);
        StringBuilder line = new StringBuilder(10_000_100);
        while (line.length() < 10_000_000) {
            line.append(words[random.nextInt(words.length)]).append(' ');
        }
        return write("line.txt", line.toString());
    }

    /** A gzip WARC whose one response inflates to 300 MB of blanks. */
    private Path gzipBombWarc() throws IOException {
        Path p = dir.resolve("bomb.warc.gz");
        long payload = 300L << 20;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/\r\nWARC-Date: 2025-12-06T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + payload) + "\r\n\r\n" + http;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < payload; written += blanks.length) {
                out.write(blanks);
            }
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return p;
    }

    /** A gzip text that inflates past what one document may be. */
    private Path gzipBombText() throws IOException {
        Path p = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            byte[] as = new byte[1 << 20];
            java.util.Arrays.fill(as, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(as);
            }
        }
        return p;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileInputsAreNamedAndTheBatchGoesOn() throws IOException {
        Path line = tenMegabyteLine();
        Path nested = write("nested.html", "<html><body>" + "<div>".repeat(100_000)
                + "<p>Deep text here: the minister said so.</p>" + "</div>".repeat(100_000) + "</body></html>");
        Path hugeJson = write("huge.jsonl", "{\"text\": \"" + "word ".repeat(3_000_000) + "\"}\n");
        byte[] junk = new byte[200_000];
        new Random(16).nextBytes(junk);
        Path garbage = Files.write(dir.resolve("garbage.bin"), junk);
        Path laughs = write("laughs.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&lol3;</title><item><description>&lol3;</description></item></channel></rss>");
        Path warcBomb = gzipBombWarc();
        Path textBomb = gzipBombText();
        Path good = write("good.txt", "KABUL: Heavy gunfire erupted along the border late on Friday, officials said.\n");

        // every stage: none of the hostile inputs may reach the taggers unbounded
        AnnotateCommandTest.Result all = AnnotateCommandTest.run("annotate", line.toString(), hugeJson.toString(),
                garbage.toString(), laughs.toString(), warcBomb.toString(), textBomb.toString());
        assertThat(all.code()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(all.errors()).allSatisfy(e -> assertThat(e).startsWith("sitrep: ").doesNotContain("Exception")
                .doesNotContain("at org.").doesNotContain("apache").doesNotContain("REDACTED"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + line + ": article too long to annotate: a line of 100000"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + hugeJson + ": article too long to annotate"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + garbage + ": binary data"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + laughs + ": feed refused"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + textBomb + ": too large once decompressed"));
        assertThat(all.errors()).anySatisfy(e -> assertThat(e).startsWith("sitrep: " + warcBomb + ": record 1 skipped: its page is 300 MB"));

        // the page nested 100,000 deep is read without overflowing the stack; the good input after the bad ones is read
        AnnotateCommandTest.Result clean = AnnotateCommandTest.run("annotate", "--stages", "clean", nested.toString(),
                warcBomb.toString(), good.toString());
        assertThat(clean.errors()).allSatisfy(e -> assertThat(e).startsWith("sitrep: " + warcBomb + ": "));
        assertThat(clean.articles()).anySatisfy(a -> assertThat(a.body()).contains("Deep text here"));
        assertThat(clean.articles()).anySatisfy(a -> assertThat(a.dateline()).isEqualTo("KABUL"));
    }
}
