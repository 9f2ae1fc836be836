package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sitrep.store.search.SearchIndexes;

/** Removes the search index that ingest made for a test's PostgreSQL schema under ./sitrep-data/, with the schema. */
final class TestIndexes {

    private TestIndexes() {
    }

    static void deleteDefaultIndex(String jdbcUrl) {
        Path folder = SearchIndexes.folderFor(jdbcUrl);
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
