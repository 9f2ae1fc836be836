package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where an article came from: the input path as given, its URL, when it was fetched, and its format.
 * {@code fileOffsets} is set only for a document cut out of a larger file (a feed item: {@code path} is
 * {@code FILE#itemN}): where its characters, which all other offsets point into, stand in FILE; absent otherwise.
 */
public record Source(String path, String url, String retrievedAt, String format,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<FileRun> fileOffsets) {

    /** The source of a document that is its own file. */
    public Source(String path, String url, String retrievedAt, String format) {
        this(path, url, retrievedAt, format, null);
    }
}
