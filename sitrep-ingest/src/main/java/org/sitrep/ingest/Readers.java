package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.InputDocument;

/**
 * The ingest stage's entry point: reads one input (a file or standard input), detects its
 * format when asked to, and hands it to the reader for that format.
 */
public final class Readers {

    /**
     * One document (a text, a page, a feed) above this size is refused: no real article is that long,
     * and reading it would stall the batch. Archives are streamed and may be larger.
     */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
    private static final long MAX_INPUT_BYTES = MAX_DOCUMENT_BYTES;

    private final Map<String, DocumentReader> byFormat;

    public Readers() {
        this.byFormat = Map.of(
                "text", new TextReader(),
                "html", new HtmlReader(),
                "rss", new FeedReader(),
                "warc", new WarcArchiveReader(),
                "jsonl", new JsonLinesReader());
    }

    public List<InputDocument> read(Path file, InputOptions options) throws BadInputException {
        if (isArchive(file, options)) {
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                return ((WarcArchiveReader) byFormat.get("warc")).read(in, options);
            } catch (IOException e) {
                throw new BadInputException("cannot read: " + FeedReader.oneLine(e.getMessage()), e);
            }
        }
        return read(bytes(file), options);
    }

    public List<InputDocument> read(InputStream in, InputOptions options) throws BadInputException {
        return read(bytes(in), options);
    }

    /**
     * Whether this file is an archive (WARC), read as a stream of records rather than as one block
     * of bytes: it may be far larger than one document may be.
     */
    public boolean isArchive(Path file, InputOptions options) throws BadInputException {
        requireReadableFile(file);
        try {
            return isWarc(file, options);
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + FeedReader.oneLine(e.getMessage()), e);
        }
    }

    /**
     * The raw bytes of one input file that is not an archive, for callers that keep them (the store
     * does, so that a newer pipeline can read them again); refused when it is a folder, unreadable or
     * larger than one document may be.
     */
    public byte[] bytes(Path file) throws BadInputException {
        requireReadableFile(file);
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new BadInputException("too large: " + (size >> 20) + " MB (the limit for one document is "
                        + (MAX_INPUT_BYTES >> 20) + " MB; split it or pack pages in a WARC)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + FeedReader.oneLine(e.getMessage()), e);
        }
    }

    private static void requireReadableFile(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException("is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(Files.exists(file) ? "not readable (permission denied)" : "no such file");
        }
    }

    /** The raw bytes of a stream (standard input), refused when too large. */
    public byte[] bytes(InputStream in) throws BadInputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_INPUT_BYTES + 1));
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new BadInputException("too large: over " + MAX_INPUT_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + FeedReader.oneLine(e.getMessage()), e);
        }
    }

    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty input: no bytes");
        }
        String format = options.format();
        if (isGzip(bytes)) {
            if (format.equals("warc") || (format.equals("auto") && looksLikeWarc(peekGunzip(bytes)))) {
                return byFormat.get("warc").read(bytes, options); // jwarc reads gzip itself, record by record
            }
            bytes = gunzip(bytes);
        }
        if (format.equals("auto")) {
            format = detect(bytes, options.path());
        }
        DocumentReader reader = byFormat.get(format);
        if (reader == null) {
            throw new BadInputException("unknown format '" + format + "' (use auto, text, html, rss, warc or jsonl)");
        }
        return reader.read(bytes, options);
    }

    private static boolean isWarc(Path file, InputOptions options) throws IOException {
        if (options.format().equals("warc")) {
            return true;
        }
        if (!options.format().equals("auto")) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (isGzip(head)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                head = in.readNBytes(16);
            } catch (IOException e) {
                return false;
            }
        }
        return looksLikeWarc(head) || file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$");
    }

    /** Guesses the format from the file name and the first bytes. */
    static String detect(byte[] bytes, String path) {
        String name = path == null ? "" : path.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        if (name.endsWith(".warc")) {
            return "warc";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (looksLikeWarc(bytes)) {
            return "warc";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("{") && head.contains("\"")) {
            return "jsonl";
        }
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf")) {
            if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
                return "rss";
            }
            return head.contains("<html") ? "html" : "rss";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!--")
                || head.startsWith("<head") || head.startsWith("<body")
                || (head.startsWith("<") && head.contains("<html"))) {
            return "html";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return "rss";
        }
        return "text";
    }

    private static boolean looksLikeWarc(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    private static byte[] peekGunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] gunzip(byte[] bytes) throws BadInputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_INPUT_BYTES) {
                    throw new BadInputException("too large once decompressed: over " + MAX_INPUT_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BadInputException("truncated or corrupt gzip: " + FeedReader.oneLine(e.getMessage()), e);
        }
    }
}
