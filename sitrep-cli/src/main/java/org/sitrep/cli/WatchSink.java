package org.sitrep.cli;

import java.util.List;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.PartialInputException;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;
import org.sitrep.watch.ItemInput;
import org.sitrep.watch.ItemSink;

/** The watcher's items through the same readers and {@link Ingester} as {@code sitrep ingest}. */
final class WatchSink implements ItemSink {

    private final Readers readers = new Readers();
    private final Ingester ingester;

    WatchSink(Ingester ingester) {
        this.ingester = ingester;
    }

    @Override
    public void store(ItemInput input) throws NotStoredException {
        InputOptions options = new InputOptions(input.path(), input.format(), input.url(), input.published(),
                input.retrievedAt());
        List<InputDocument> documents;
        try {
            documents = readers.read(input.bytes(), options);
        } catch (PartialInputException e) {
            throw new NotStoredException(e.getMessage(), e);
        } catch (BadInputException e) {
            throw new NotStoredException(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new NotStoredException("cannot read: " + e.getClass().getSimpleName(), e);
        }
        try {
            ingester.ingest(input.bytes(), documents, options);
        } catch (Ingester.NotStoredException e) {
            throw new NotStoredException(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new NotStoredException("cannot annotate: " + e.getClass().getSimpleName(), e);
        }
    }
}
