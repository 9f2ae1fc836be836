package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input as it was read, kept so that a newer pipeline can re-process it: its bytes and what
 * the user said about it.
 *
 * @param path        the input's path as given on the command line ("-" for standard input)
 * @param format      the format it was read as: text, html, rss, warc or jsonl
 * @param url         the page's URL when the user gave one, or null
 * @param published   the publication date the user gave, or null
 * @param retrievedAt when it was fetched, as the user gave it, or null
 * @param bytes       the raw bytes, exactly as read (still compressed where they were)
 */
public record RawInput(String path, String format, String url, String published, Instant retrievedAt, byte[] bytes) {

    public RawInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The input's identity: SHA-256 of its bytes, in hex. */
    public String contentHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** A text input, for tests and callers that hold text rather than bytes. */
    public static RawInput ofText(String path, String format, String text) {
        return new RawInput(path, format, null, null, null, text.getBytes(StandardCharsets.UTF_8));
    }
}
