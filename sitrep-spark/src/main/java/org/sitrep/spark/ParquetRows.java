package org.sitrep.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.InputDocument;
import scala.Tuple2;

/**
 * Parquet rows of the JSON Lines input's fields (text or html, url, title, published, retrieved_at, as columns in
 * that order, then the file and a row id) as documents; a row without text, or with a retrieval time that is not
 * ISO-8601, is counted and logged.
 */
final class ParquetRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, InputFile> byPath;
    private final InputOptions options;
    private final JobCounters counters;

    ParquetRows(Map<String, InputFile> byPath, InputOptions options, JobCounters counters) {
        this.byPath = Map.copyOf(byPath);
        this.options = options;
        this.counters = counters;
    }

    Iterator<Tuple2<RecordKey, SourceRecord>> records(Row row) {
        String uri = row.getString(6);
        InputFile file = byPath.get(SparkAnnotateJob.pathOf(uri));
        String name = file == null ? uri : file.display();
        long id = row.getLong(7);
        String locator = name + "#row" + id;
        boolean html = !row.isNullAt(1);
        String text = html ? row.getString(1) : row.getString(0);
        if (text == null || text.isBlank()) {
            new FailureLog(counters).fail(locator, "bad Parquet row: no text or html");
            return Collections.emptyIterator();
        }
        try {
            Instant retrieved = row.isNullAt(5) ? options.retrievedAt() : Instant.parse(row.getString(5));
            String published = row.isNullAt(4) ? options.published() : row.getString(4);
            InputDocument doc = new InputDocument(locator, row.getString(2), "parquet", html ? "html" : "text", text,
                    row.getString(3), published, retrieved);
            counters.documents.add(1);
            SourceRecord r = SourceRecord.of(doc, file == null ? Integer.MAX_VALUE : file.index(), id, -1);
            return List.of(new Tuple2<>(r.key(), r)).iterator();
        } catch (DateTimeParseException e) {
            new FailureLog(counters).fail(locator, "bad Parquet row: retrieved_at is not an ISO-8601 time");
            return Collections.emptyIterator();
        }
    }
}
