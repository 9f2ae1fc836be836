package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.InputDocument;

/**
 * WARC archives (jwarc, gzip or not): one document per response record with an HTML payload,
 * its target URI as URL and its WARC-Date as retrieval time, the anchor for relative dates.
 */
public final class WarcArchiveReader implements DocumentReader {

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        return read(new ByteArrayInputStream(bytes), options);
    }

    /**
     * The document one record holds: a response with an HTML payload (at most {@link Readers#MAX_DOCUMENT_BYTES}
     * of it), its target URI as URL and its WARC-Date as retrieval time unless the options give one; empty for any
     * other record (request, metadata, dns:, a non-HTML payload). What an archive reader that walks the records
     * itself (the Spark job, which cites each record's offset) calls for each one.
     *
     * @param locator the document's path: the input's, {@code #record} and the record's 1-based number
     * @throws OversizedRecordException when the record's page is over the limit: it is skipped, not read
     */
    public Optional<InputDocument> document(WarcRecord record, String locator, InputOptions options)
            throws IOException, BadInputException {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = response.http().contentType();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not an HTTP response (dns:, a bare resource)
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.contains("html")) {
            return Optional.empty();
        }
        long size = response.body().size();
        if (size > Readers.MAX_DOCUMENT_BYTES) {
            // not inflated, let alone read: a page that large is an archive's junk or a decompression bomb
            throw new OversizedRecordException("its page is " + (size >> 20) + " MB (the limit for one page is "
                    + (Readers.MAX_DOCUMENT_BYTES >> 20) + " MB)");
        }
        byte[] payload = response.http().body().stream().readNBytes(Readers.MAX_DOCUMENT_BYTES);
        String charset = type.parameters().get("charset");
        String html = TextDecoder.decode(payload, charset).text();
        Instant date = response.date();
        return Optional.of(new InputDocument(locator, response.target(), format(), "html",
                html, null, options.published(), options.retrievedAt() != null ? options.retrievedAt() : date));
    }

    /** Reads record by record, so an archive far larger than one page never sits in memory whole. */
    public List<InputDocument> read(InputStream in, InputOptions options) throws BadInputException {
        List<InputDocument> docs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int n = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.onWarning(message -> { });
            for (WarcRecord record : reader) {
                n++;
                try {
                    document(record, options.path() + "#record" + n, options).ifPresent(docs::add);
                } catch (OversizedRecordException e) {
                    skipped.add("record " + n + " skipped: " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the library's message names its own internals; the user needs where the archive broke
            String reason = "malformed or truncated WARC: record " + (n + 1) + " cannot be read (after " + docs.size()
                    + " pages" + (skipped.isEmpty() ? "" : "; " + String.join("; ", skipped)) + ")";
            if (docs.isEmpty()) {
                throw new BadInputException(reason, e);
            }
            throw new PartialInputException(reason, docs, e);
        }
        if (docs.isEmpty()) {
            throw new BadInputException(skipped.isEmpty() ? "WARC holds no HTML responses" : String.join("; ", skipped));
        }
        if (!skipped.isEmpty()) {
            throw new PartialInputException(String.join("; ", skipped), docs, null);
        }
        return docs;
    }

    /** A record whose page is too large to read; the message says how large. */
    public static final class OversizedRecordException extends BadInputException {
        OversizedRecordException(String reason) {
            super(reason);
        }
    }
}
