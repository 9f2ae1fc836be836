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
     * The URL as the store opens it. An embedded H2 file database normally writes commits out up
     * to half a second late, so a killed process loses the inputs it last reported stored; with
     * WRITE_DELAY=0 a commit is written before it returns (unless the URL sets the delay itself).
     */
    public static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=") ? url + ";WRITE_DELAY=0" : url;
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
