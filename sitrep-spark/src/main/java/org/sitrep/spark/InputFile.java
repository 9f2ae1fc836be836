package org.sitrep.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param index   its position in the job's list of files, sorted as {@code sitrep annotate} walks a folder
 * @param uri     the file system's full name for it, as Spark reads it
 * @param display its name as the user gave it (a folder's files under the folder's name), which its articles'
 *                {@code source.path} carries, as {@code sitrep annotate}'s do
 * @param format  warc, jsonl or parquet
 */
record InputFile(int index, String uri, String display, String format) implements Serializable {
    private static final long serialVersionUID = 1L;
}
