package org.sitrep.serve;

/**
 * A request the server turns down, with the HTTP status and a one-line message in the user's terms; the server
 * answers it as {@code {"error": message}}, never with a stack trace.
 */
public final class ApiError extends RuntimeException {

    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
