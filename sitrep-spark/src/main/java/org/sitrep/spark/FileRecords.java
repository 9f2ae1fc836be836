package org.sitrep.spark;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * The records of one input file, read one at a time as the task asks for them: a subclass's {@link #advance()} reads
 * the next record and either {@link #emit}s it, skips it (a bad record, counted and logged), or {@link #finish}es the
 * file.
 */
abstract class FileRecords implements Iterator<Tuple2<RecordKey, SourceRecord>> {

    private Tuple2<RecordKey, SourceRecord> next;
    private boolean done;

    /** Reads on from where the last call stopped: at most one record. */
    abstract void advance();

    final void emit(SourceRecord record) {
        next = new Tuple2<>(record.key(), record);
    }

    /** No more records: the file has ended or broken; its source is closed. */
    final void finish(Closeable source) {
        done = true;
        try {
            source.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }

    final boolean finished() {
        return done;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public final Tuple2<RecordKey, SourceRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Tuple2<RecordKey, SourceRecord> out = next;
        next = null;
        return out;
    }
}
