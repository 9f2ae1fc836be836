package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites an embedded H2 store's file to hold only its live data. H2 writes each commit as new chunks and reclaims the
 * old ones' space slowly under a steady stream of writes, so a store filled by many ingests grows to many times its
 * data (about 30 times after 100,000 articles); {@code SHUTDOWN COMPACT} rewrites it whole, in seconds. It needs the
 * store to itself: the file is opened without AUTO_SERVER, so a store another process has open (a server, an ingest)
 * is refused rather than shut down under it.
 */
public final class H2Compaction {

    /** What a compaction did: the file, and its size before and after, in bytes. */
    public record Result(Path file, long bytesBefore, long bytesAfter, double seconds) {
    }

    private H2Compaction() {
    }

    /**
     * @throws IllegalArgumentException for a URL that is not an embedded H2 file, or whose file does not exist
     * @throws StoreException           when the store is in use by another process, or H2 refuses
     */
    public static Result compact(String url) {
        Path file = StoreUrls.h2File(url).orElseThrow(() -> new IllegalArgumentException(
                "only an embedded H2 store (jdbc:h2:file:...) is compacted this way; PostgreSQL reclaims space with VACUUM"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no store at " + file);
        }
        long before = size(file);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(alone(url)); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            String reason = e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "another process has the store open (a server or an ingest): stop it first"
                    : JdbiArticleStore.reason(e);
            throw new StoreException("cannot compact " + file, reason, e);
        }
        return new Result(file, before, size(file), (System.nanoTime() - start) / 1e9);
    }

    /** The URL opening the file for this process only (no AUTO_SERVER, no shared server in between). */
    static String alone(String url) {
        String plain = url.replaceFirst("^jdbc:h2:async:", "jdbc:h2:file:")
                .replaceAll("(?i);AUTO_SERVER=[^;]*", "").replaceAll("(?i);AUTO_SERVER_PORT=[^;]*", "");
        return plain + ";AUTO_SERVER=FALSE";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
