package org.sitrep.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's input files, listed on the driver (names only, never their contents) through Hadoop's file systems, so
 * a path may be local, {@code hdfs://} or {@code s3a://} where the cluster has that file system. A folder stands for
 * the files under it in name order, as {@code sitrep annotate} walks one, less Hadoop's hidden files ({@code _SUCCESS},
 * {@code .crc}). A path that cannot be listed, or whose format cannot be told, is a problem named in one line; the
 * other inputs go on.
 */
final class InputFiles {

    /** The files found, and one line for each path that could not be used. */
    record Listing(List<InputFile> files, List<String> problems) {
    }

    private InputFiles() {
    }

    /**
     * @param format auto (by the file's name: {@code .warc}, {@code .warc.gz}, {@code .jsonl}, {@code .ndjson},
     *               {@code .jsonl.gz}, {@code .parquet}), warc, jsonl or parquet
     */
    static Listing list(Configuration conf, List<String> paths, String format) {
        List<String[]> found = new ArrayList<>(); // {uri, display}
        List<String> problems = new ArrayList<>();
        for (String given : paths) {
            try {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    found.add(new String[] {fs.makeQualified(status.getPath()).toString(), given});
                    continue;
                }
                String root = fs.makeQualified(status.getPath()).toUri().getPath();
                List<String[]> under = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    String name = f.getPath().getName();
                    if (name.startsWith("_") || name.startsWith(".")) {
                        continue;
                    }
                    String relative = f.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
                    under.add(new String[] {fs.makeQualified(f.getPath()).toString(), display(given, relative)});
                }
                if (under.isEmpty()) {
                    problems.add(given + ": empty folder");
                }
                under.sort(Comparator.comparing(f -> f[1]));
                found.addAll(under);
            } catch (FileNotFoundException e) {
                problems.add(given + ": no such file");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(given + ": cannot read: " + FailureLog.reasonOf(e));
            }
        }
        List<InputFile> out = new ArrayList<>();
        for (String[] f : found) {
            String kind = format.equals("auto") ? formatOf(f[1]) : format;
            if (kind == null) {
                problems.add(f[1] + ": cannot tell the format from the name (give --format warc, jsonl or parquet)");
            } else {
                out.add(new InputFile(out.size(), f[0], f[1], kind));
            }
        }
        return new Listing(List.copyOf(out), List.copyOf(problems));
    }

    /** A file under a folder, named as the folder was given and the file's path under it ('crawl/a.warc.gz'). */
    private static String display(String folder, String relative) {
        if (folder.contains("://") || folder.startsWith("file:")) {
            return folder.replaceFirst("/+$", "") + "/" + relative;
        }
        return java.nio.file.Path.of(folder).resolve(relative).toString();
    }

    static String formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|gzip)$", "");
        if (n.endsWith(".warc")) {
            return "warc";
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (n.endsWith(".parquet")) {
            return "parquet";
        }
        return null;
    }
}
