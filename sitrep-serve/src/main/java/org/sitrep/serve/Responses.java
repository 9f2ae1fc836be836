package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ArticleJson;

/**
 * Writing answers: every body gets an ETag (a hash of its bytes), and a GET whose If-None-Match holds it is
 * answered 304 with no body, so a client that polls pays for unchanged data only a round trip.
 */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, String body) {
        send(ctx, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(Context ctx, String contentType, byte[] body) {
        String etag = "\"" + hash(body) + "\"";
        ResponseCache.keep(ctx, contentType, body, etag);
        send(ctx, contentType, body, etag);
    }

    /** The body with the ETag already made for it (a kept answer's: its bytes are not hashed again). */
    static void send(Context ctx, String contentType, byte[] body, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache"); // may be kept, but asked again (with If-None-Match) each time
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body);
    }

    /** A page of a listing: its items (each already JSON) and the cursor of the next page, or null. */
    static String page(List<String> items, String next) {
        StringBuilder out = new StringBuilder("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(items.get(i));
        }
        return out.append("],\"next\":").append(next == null ? "null" : quote(next)).append('}').toString();
    }

    static String object(Map<String, ?> fields) {
        try {
            return ArticleJson.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values is always JSON", e);
        }
    }

    static String error(String message) {
        return "{\"error\":" + quote(message) + "}";
    }

    static String quote(String text) {
        try {
            return ArticleJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
