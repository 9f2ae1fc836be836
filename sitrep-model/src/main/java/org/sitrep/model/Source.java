package org.sitrep.model;

/** Where an article came from: the input path as given, its URL, when it was fetched, and its format. */
public record Source(String path, String url, String retrievedAt, String format) {
}
