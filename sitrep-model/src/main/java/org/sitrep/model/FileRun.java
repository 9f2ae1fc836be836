package org.sitrep.model;

import java.util.List;

/**
 * A run of a document's characters that stand, in the same order, in the file the document was cut out of (a feed
 * item's content inside the feed): document offsets [start, end) are the file's [fileStart, fileStart + end - start).
 * A character the file writes as a reference ({@code &lt;}, {@code &#8217;}) is a run of its own, of length one,
 * at the reference's first character. Offsets are UTF-16 offsets into the decoded file, as all offsets are.
 */
public record FileRun(int start, int end, int fileStart) {

    public FileRun {
        if (start < 0 || end < start || fileStart < 0) {
            throw new IllegalArgumentException("bad run [" + start + ", " + end + ") at " + fileStart);
        }
    }

    /** Where a document offset stands in the file, by the runs; -1 when no run covers it. */
    public static int toFile(List<FileRun> runs, int offset) {
        for (FileRun r : runs) {
            if (offset >= r.start && offset < r.end) {
                return r.fileStart + offset - r.start;
            }
        }
        return -1;
    }

    /**
     * The runs of a character map: {@code at[i] >= 0} is the file offset of the document's character i, copied
     * literally; {@code at[i] < 0} says character i was decoded from a reference that starts at {@code -at[i] - 1};
     * {@code Integer.MIN_VALUE} says it has no place in the file.
     * Literal characters that follow each other in both are merged into one run; null when the map is null.
     */
    public static List<FileRun> of(int[] at) {
        if (at == null) {
            return null;
        }
        List<FileRun> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < at.length) {
            if (at[i] == Integer.MIN_VALUE) {
                i++; // a character with no place in the file
                continue;
            }
            if (at[i] < 0) {
                runs.add(new FileRun(i, i + 1, -at[i] - 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < at.length && at[j] >= 0 && at[j] == at[j - 1] + 1) {
                j++;
            }
            runs.add(new FileRun(i, j, at[i]));
            i = j;
        }
        return List.copyOf(runs);
    }
}
