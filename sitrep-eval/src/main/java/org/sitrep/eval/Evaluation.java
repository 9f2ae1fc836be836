package org.sitrep.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** Scores one part of the pipeline on one data set under {@code ../shared/data/}. */
public interface Evaluation {

    /** The name given to {@code sitrep eval}: extraction, time, geo, quotes, ... */
    String name();

    /** The data set's folder, relative to the shared data folder. */
    String dataset();

    /**
     * Runs the evaluation and prints its figures.
     *
     * @param data  the data set's folder
     * @param limit score at most this many documents (0: all)
     */
    void run(Path data, int limit, PrintStream out) throws Exception;
}
