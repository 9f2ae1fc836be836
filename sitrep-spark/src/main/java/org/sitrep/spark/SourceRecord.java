package org.sitrep.spark;

import java.io.Serializable;
import java.time.Instant;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.model.InputDocument;

/**
 * One decoded input document on its way from the reading tasks to the annotating ones (a shuffle moves it, so it is
 * {@link Serializable}; {@link InputDocument} is not), with where it came from.
 *
 * @param key    its place in the input order and the source it belongs to
 * @param offset the WARC record's byte offset in its (compressed) file, or the JSON Lines line number; -1 for a Parquet row
 */
record SourceRecord(RecordKey key, long offset, String path, String url, String format, String contentType, String text,
                    String title, String published, String retrievedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static SourceRecord of(InputDocument d, int file, long number, long offset) {
        return new SourceRecord(new RecordKey(SourceHomes.sourceOf(d.url()), file, number), offset, d.path(), d.url(),
                d.format(), d.contentType(), d.text(), d.title(), d.published(),
                d.retrievedAt() == null ? null : d.retrievedAt().toString());
    }

    InputDocument document() {
        return new InputDocument(path, url, format, contentType, text, title, published,
                retrievedAt == null ? null : Instant.parse(retrievedAt));
    }
}
