package org.sitrep.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before the API sees it (a NUL or an ambiguous segment in the path, a
 * malformed header): JSON like every other error, with the status's own words, never Jetty's page or its details.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String words = HttpStatus.getMessage(code);
        return Responses.error("the request was refused: " + (words == null ? "HTTP " + code : words.toLowerCase(java.util.Locale.ROOT)))
                .getBytes(StandardCharsets.UTF_8);
    }
}
