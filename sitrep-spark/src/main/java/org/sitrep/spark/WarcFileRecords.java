package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.WarcArchiveReader;
import org.sitrep.model.InputDocument;

/**
 * The documents of one WARC file (gzip or not), read record by record with jwarc as the task asks for them, so a
 * file of any size streams through. Each HTML response becomes a document named as {@code sitrep annotate} names it
 * ({@code path#recordN}); a record that cannot be read is counted and logged with its byte offset, and the rest go on;
 * a file that breaks (truncated, not WARC) ends there, what came before it kept.
 */
final class WarcFileRecords extends FileRecords {

    private final WarcArchiveReader documents = new WarcArchiveReader();
    private final InputFile file;
    private final InputOptions options;
    private final JobCounters counters;
    private final FailureLog failures;
    private final WarcReader reader;
    private long number;
    /** The byte offset of the last record read (its gzip member's, in a gzipped file). */
    private long lastOffset;

    WarcFileRecords(InputFile file, InputStream in, InputOptions options, JobCounters counters, FailureLog failures)
            throws IOException {
        this.file = file;
        this.options = options.withPath(file.display());
        this.counters = counters;
        this.failures = failures;
        this.reader = new WarcReader(in);
        reader.onWarning(message -> { });
    }

    @Override
    void advance() {
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            // Where the break is: jwarc's position is the broken record's start when the break is in its header, and
            // stays at the last record's when the break shows while that record is being finished; so the line gives
            // both, the last record read whole being one the Common Crawl index and any WARC tool can seek to.
            String after = number == 0 ? "before its first record" : "after record " + number + " at offset " + lastOffset;
            failures.fail(file.display() + " at offset " + reader.position() + " (" + after + ")", "malformed WARC: "
                    + FailureLog.reasonOf(e) + " (the file's later records are not read)");
            finish(reader);
            return;
        }
        if (record.isEmpty()) {
            finish(reader);
            return;
        }
        number++;
        long offset = reader.position();
        lastOffset = offset;
        counters.warcRecords.add(1);
        String locator = file.display() + "#record" + number;
        try {
            Optional<InputDocument> doc = documents.document(record.get(), locator, options);
            if (doc.isEmpty()) {
                counters.skippedRecords.add(1);
                return;
            }
            counters.documents.add(1);
            SourceRecord r = SourceRecord.of(doc.get(), file.index(), number, offset);
            emit(r);
        } catch (IOException | BadInputException | RuntimeException e) {
            failures.fail(locator + " at offset " + offset, "unreadable WARC record: " + FailureLog.reasonOf(e));
        }
    }

}
