package org.sitrep.store;

import java.util.regex.Pattern;

/** Where the store is, by default and as the user names it. */
public final class StoreUrls {

    /**
     * The default database: an H2 file in {@code ./sitrep-data/}, created on first use.
     * AUTO_SERVER lets a second sitrep process (say, {@code serve} while {@code ingest} runs) share it.
     */
    public static final String DEFAULT = "jdbc:h2:file:./sitrep-data/sitrep;AUTO_SERVER=TRUE";

    /** The environment variable that, when set, replaces {@link #DEFAULT}. */
    public static final String ENVIRONMENT = "SITREP_DB";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");

    private StoreUrls() {
    }

    /** The URL to use: the one given (--db), else $SITREP_DB, else {@link #DEFAULT}. */
    public static String choose(String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT;
    }

    /**
     * The URL as a store opens it: {@link #durable}, and for an embedded H2 file a page cache sized to this JVM's heap
     * (a quarter of it, between 16 MB and 1 GB) unless the URL sets CACHE_SIZE itself. H2's own default is 16 MB, which
     * a store of tens of thousands of articles outgrows: reads then decode the same pages from the file again and
     * again, and concurrent readers queue on the cache's eviction.
     */
    public static String opened(String url) {
        String opened = durable(url);
        if (!isH2File(url)) {
            return opened;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        if (!upper.contains("CACHE_SIZE=")) {
            long quarterKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
            opened += ";CACHE_SIZE=" + Math.max(16 * 1024, Math.min(1024 * 1024, quarterKb));
        }
        if (!upper.contains("MAX_COMPACT_TIME=")) {
            opened += ";MAX_COMPACT_TIME=" + CLOSE_COMPACTION_MS;
        }
        return opened;
    }

    /**
     * How long the last process to close an embedded H2 file may spend giving back the space its writes left unused
     * (H2's MAX_COMPACT_TIME; its own default is 200 ms). While it is written, the file grows to some 30 times its
     * data, as every commit writes new pages and old ones are reclaimed only when the store is idle: 4,000 made-up
     * articles stored and linked leave 620 MiB. With 200 ms, closing gave back nothing; with 10 s, closing took 3 s
     * and left 45 MiB (SHUTDOWN COMPACT, {@code sitrep compact}, gets to 19 MiB). A store with little unused space
     * closes as fast as before; a bloated one is shrunk as far as this time allows, and the rest on a later close.
     */
    static final int CLOSE_COMPACTION_MS = 10_000;

    private static boolean isH2File(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    /**
     * The URL with commits written before they return. An embedded H2 file database normally writes commits out up
     * to half a second late, so a killed process loses the inputs it last reported stored; with
     * WRITE_DELAY=0 a commit is written before it returns (unless the URL sets the delay itself).
     */
    public static String durable(String url) {
        return isH2File(url) && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=") ? url + ";WRITE_DELAY=0" : url;
    }

    /**
     * The file an embedded H2 database URL keeps its data in ({@code jdbc:h2:file:./sitrep-data/sitrep} keeps it in
     * {@code ./sitrep-data/sitrep.mv.db}), or empty for any other database (in memory, a server, PostgreSQL).
     */
    public static java.util.Optional<java.nio.file.Path> h2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:") || url.startsWith("jdbc:h2:zip:")) {
            return java.util.Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").replaceFirst(";.*$", "");
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(path + ".mv.db"));
    }

    /**
     * The URL for a server's store. An embedded H2 file is read through a file channel that Java closes when the
     * thread using it is interrupted (as a web server may do to a request whose client went away), after which every
     * later read fails; H2's {@code async:} file system has no such channel, so the store outlives the interrupt.
     */
    public static String interruptSafe(String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            return "jdbc:h2:async:" + url.substring("jdbc:h2:file:".length());
        }
        return url;
    }

    /** The text with every {@code password=...} value hidden, for messages. */
    public static String redact(String text) {
        return text == null ? null : PASSWORD.matcher(text).replaceAll("$1***");
    }
}
