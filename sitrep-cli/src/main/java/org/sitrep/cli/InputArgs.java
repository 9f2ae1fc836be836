package org.sitrep.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sitrep.ingest.InputOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by annotate and ingest. */
final class InputArgs {

    @Option(names = "--format", defaultValue = "auto", description = "auto, text, html, rss, warc or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--published", description = "publication date to use when the input gives none (ISO-8601)")
    String published;

    @Option(names = "--retrieved-at", description = "when the input was fetched (ISO-8601), the anchor for '2 hours ago'")
    String retrievedAt;

    @Option(names = "--url", description = "the page's URL")
    String url;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to read, or - for standard input")
    List<String> paths;

    InputOptions options() {
        List<String> formats = List.of("auto", "text", "html", "rss", "warc", "jsonl");
        if (!formats.contains(format)) {
            throw new IllegalArgumentException("--format must be one of " + String.join(", ", formats) + ", not '" + format + "'");
        }
        if (published != null) {
            parseInstant(published, "--published");
        }
        return new InputOptions(null, format, url, published, retrievedAt == null ? null : parseInstant(retrievedAt, "--retrieved-at"));
    }

    /** Accepts 2025-12-06T10:00:00Z, 2025-12-06T10:00:00+01:00 and 2025-12-06 (midnight UTC). */
    static Instant parseInstant(String value, String option) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw new IllegalArgumentException(option + " must be an ISO-8601 date or time, not '" + value + "'");
                }
            }
        }
    }
}
