package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.ArticleJson;

/**
 * {@code POST /api/ingest}: the request's body is the input (a text, HTML, feed or JSON Lines file, named by
 * {@code ?name=}, read as {@code ?format=}, auto by default), or, sent as JSON, {@code {"url": "https://..."}} names a
 * page to fetch, or, sent as {@code multipart/form-data}, each file of the form is an input named by its file name
 * (an upload form's answer: one result per file, a file that fails named with its reason while the others are
 * stored). Needs a bearer token.
 */
final class IngestRoutes {

    /** The formats an input may be read as; archives (WARC) go through the command line. */
    private static final List<String> FORMATS = List.of("auto", "text", "html", "rss", "jsonl");

    /** An input's name: a file name, no folders (it is shown, never opened). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,99}");
    /** A form carries at most this many files. */
    static final int MAX_FILES = 20;

    private final BearerAuth auth;
    private final Ingestion ingestion;
    private final UrlFetcher fetcher;
    private final long maxBytes;

    IngestRoutes(BearerAuth auth, Ingestion ingestion, ServeOptions options) {
        this.auth = auth;
        this.ingestion = ingestion;
        this.fetcher = new UrlFetcher(options.allowPrivateFetch(), options.maxUploadBytes());
        this.maxBytes = options.maxUploadBytes();
    }

    void ingest(Context ctx) {
        auth.require(ctx);
        String format = ctx.queryParam("format") == null ? "auto" : ctx.queryParam("format");
        if (!FORMATS.contains(format)) {
            throw ApiError.badRequest("format must be one of " + String.join(", ", FORMATS) + ", not '" + Params.clip(format) + "'");
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        Ingestion.Report report;
        if (contentType.startsWith("multipart/form-data")) {
            uploads(ctx, format);
            return;
        }
        if (contentType.startsWith("application/json")) {
            String url = urlOf(body(ctx));
            fetcher.check(url); // refused before anything else is done
            requireIngestion();
            UrlFetcher.Fetched page = fetcher.fetch(url);
            report = ingestion.ingest(page.url(), page.bytes(), page.url(), format);
        } else {
            String name = ctx.queryParam("name") == null ? "upload" : ctx.queryParam("name");
            if (!NAME.matcher(name).matches() || name.contains("..")) {
                throw ApiError.badRequest("name must be a file name (letters, digits, '.', '_', '-', ' '; no folders), not '"
                        + Params.clip(name) + "'");
            }
            byte[] bytes = body(ctx);
            if (bytes.length == 0) {
                throw ApiError.badRequest("the body is empty: send the input's bytes, or JSON {\"url\": ...}");
            }
            requireIngestion();
            report = ingestion.ingest(name, bytes, null, format);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", report.name());
        body.put("input_new", report.inputNew());
        body.put("articles", report.articleIds());
        ctx.status(report.inputNew() ? 201 : 200);
        Responses.json(ctx, Responses.object(body));
    }

    /** Each file of a form, ingested in turn; the answer lists what became of each. */
    private void uploads(Context ctx, String format) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new ApiError(413, "the body is larger than " + maxBytes + " bytes");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's parser throws IOException and ServletException unchecked through Kotlin
            boolean tooLarge = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("size")
                    || e.getCause() != null && String.valueOf(e.getCause().getMessage()).toLowerCase(java.util.Locale.ROOT).contains("size");
            throw tooLarge ? new ApiError(413, "the form is larger than " + maxBytes + " bytes")
                    : ApiError.badRequest("the multipart/form-data body cannot be read: send the files as a form's file fields");
        }
        if (files.isEmpty()) {
            throw ApiError.badRequest("the form holds no file: send each input as a file field (file=@report.html)");
        }
        if (files.size() > MAX_FILES) {
            throw ApiError.badRequest("the form holds " + files.size() + " files; send at most " + MAX_FILES + " at a time");
        }
        requireIngestion();
        List<Map<String, Object>> results = new ArrayList<>();
        boolean anyStored = false;
        boolean anyNew = false;
        for (UploadedFile file : files) {
            String name = fileName(file.filename());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("name", Params.clip(name));
            try {
                if (!NAME.matcher(name).matches() || name.contains("..")) {
                    throw ApiError.badRequest("the file name must be letters, digits, '.', '_', '-' or ' '");
                }
                byte[] bytes;
                try (InputStream in = file.content()) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                if (bytes.length == 0) {
                    throw ApiError.badRequest("the file is empty");
                }
                if (bytes.length > maxBytes) {
                    throw new ApiError(413, "the file is larger than " + maxBytes + " bytes");
                }
                Ingestion.Report report = ingestion.ingest(name, bytes, null, format);
                result.put("input_new", report.inputNew());
                result.put("articles", report.articleIds());
                anyStored = true;
                anyNew |= report.inputNew();
            } catch (ApiError e) {
                result.put("error", e.getMessage().startsWith(name + ": ") ? e.getMessage().substring(name.length() + 2) : e.getMessage());
            } catch (IOException e) {
                result.put("error", "the upload ended early");
            }
            results.add(result);
        }
        ctx.status(anyNew ? 201 : anyStored ? 200 : 422);
        Responses.json(ctx, Responses.object(Map.of("results", results)));
    }

    /** The name a browser gives a file, without any folder it names (some send a whole path). */
    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }

    private void requireIngestion() {
        if (ingestion == null) {
            throw new ApiError(503, "this server was started without ingest");
        }
    }

    /** The body, refused (413) past the upload limit whatever its Content-Length says. */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new ApiError(413, "the body is larger than " + maxBytes + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApiError(413, "the body is larger than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("cannot read the body: it ended early");
        }
    }

    private static String urlOf(byte[] json) {
        JsonNode node;
        try {
            node = ArticleJson.mapper().readTree(json);
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: send {\"url\": \"https://...\"}");
        }
        if (node == null || !node.isObject() || !node.path("url").isTextual()) {
            throw ApiError.badRequest("the JSON body must be an object with a string 'url'");
        }
        return node.get("url").asText();
    }
}
