package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.JsonLinesReader;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;

/**
 * The documents of one JSON Lines file (gzip or not; one object per line with {@code text} or {@code html}, and
 * optionally {@code url}, {@code title}, {@code published}, {@code retrieved_at}, as {@code sitrep annotate} reads
 * them), line by line as the task asks for them. A bad line (not JSON, no text, a line longer than one document may
 * be) is counted and logged with its line number, and the rest go on.
 */
final class JsonLinesFileRecords extends FileRecords {

    private final JsonLinesReader documents = new JsonLinesReader();
    private final InputFile file;
    private final InputOptions options;
    private final JobCounters counters;
    private final FailureLog failures;
    private final Reader in;
    private final StringBuilder line = new StringBuilder();
    private long number;

    JsonLinesFileRecords(InputFile file, InputStream raw, InputOptions options, JobCounters counters, FailureLog failures)
            throws IOException {
        this.file = file;
        this.options = options.withPath(file.display());
        this.counters = counters;
        this.failures = failures;
        InputStream stream = new java.io.BufferedInputStream(raw);
        stream.mark(2);
        int b0 = stream.read();
        int b1 = stream.read();
        stream.reset();
        if (b0 == 0x1F && b1 == 0x8B) {
            stream = new GZIPInputStream(stream, 1 << 16);
        }
        this.in = new java.io.BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    void advance() {
        boolean tooLong;
        try {
            tooLong = readLine();
        } catch (IOException e) {
            failures.fail(file.display() + " line " + (number + 1), "unreadable JSON Lines file: " + FailureLog.reasonOf(e)
                    + " (the file's later lines are not read)");
            finish(in);
            return;
        }
        if (line.length() == 0 && finished()) {
            return;
        }
        number++;
        String where = file.display() + " line " + number;
        if (tooLong) {
            failures.fail(where, "bad JSON Lines record: longer than " + (Readers.MAX_DOCUMENT_BYTES >> 20) + " MB");
            return;
        }
        String text = (number == 1 ? line.toString().replace("\uFEFF", "") : line.toString()).strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            InputDocument doc = documents.document(text, file.display() + "#line" + number, options);
            counters.documents.add(1);
            SourceRecord r = SourceRecord.of(doc, file.index(), number, number);
            emit(r);
        } catch (IOException e) {
            // in the reader's words, as sitrep annotate says it, not the JSON library's
            failures.fail(where, "bad JSON Lines record: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? JsonLinesReader.jsonProblem(json) : FailureLog.reasonOf(e)));
        }
    }

    /** Reads one line into {@link #line}, keeping at most one document's worth of it; true when it was longer. */
    private boolean readLine() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() < Readers.MAX_DOCUMENT_BYTES) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c < 0) {
            finish(in);
        }
        return tooLong;
    }

}
