package org.sitrep.cli;

import picocli.CommandLine.Option;

/**
 * The options of the benchmarks that fill a store with {@link StoreCorpusGenerator}'s made-up articles (bench-store,
 * bench-serve): which database, how many articles from which seed, or a store one of them filled before.
 */
final class GeneratedStoreOptions {

    @Option(names = "--db", paramLabel = "URL", description = "an empty database to fill, or one --reuse names (default: a fresh H2 file in a temporary folder)")
    String db;

    @Option(names = "--reuse", description = "measure the store --db names as it is, without filling it (one bench-store or bench-serve filled before)")
    boolean reuse;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "made-up articles to store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "the made-up articles' seed (default: ${DEFAULT-VALUE})")
    long seed;

    /** What is wrong with the options together, or null. */
    String problem() {
        return reuse && db == null ? "--reuse needs --db, the store to measure" : null;
    }

    /** The one line saying a database to fill already holds something. */
    static String notEmpty(String url) {
        return org.sitrep.store.StoreUrls.redact(url) + " is not empty; name an empty database, or add --reuse";
    }
}
