package org.sitrep.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns a dev page into a stand-in for the held-out pages that carry little metadata: it removes what a page
 * declares about itself for machines and does not show, and keeps everything it shows. Removed: every
 * {@code <meta>} tag except the ones that say how the bytes are encoded ({@code charset},
 * {@code http-equiv="content-type"}), and every JSON-LD block ({@code <script type="application/ld+json">}).
 * Kept: the visible page and its markup, {@code <time datetime>} included, since a page with a visible
 * {@code <time>} element carries it in the same markup that shows it (older blog and CMS templates, which make up
 * most of the held-out pages, print a date with no head metadata at all). The bytes are edited as Latin-1, which
 * maps each byte to one character and back, so the page's own encoding survives untouched.
 */
final class PageMetadataStripper {

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODING_META = Pattern.compile(
            "(?i)\\bcharset\\s*=|http-equiv\\s*=\\s*[\"']?content-type");
    private static final Pattern JSON_LD = Pattern.compile(
            "<script\\b[^>]*application/ld\\+json[^>]*>.*?</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PageMetadataStripper() {
    }

    /** The page (gzip-compressed or not) without its metadata, uncompressed. */
    static byte[] strip(byte[] page) {
        String html = new String(gunzipped(page), StandardCharsets.ISO_8859_1);
        html = JSON_LD.matcher(html).replaceAll("");
        html = META.matcher(html).replaceAll(m -> ENCODING_META.matcher(m.group()).find()
                ? Matcher.quoteReplacement(m.group()) : "");
        return html.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gunzipped(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
