package org.sitrep.serve;

import io.javalin.http.Context;
import org.sitrep.store.TokenStore;

/** Checks the {@code Authorization: Bearer TOKEN} of a request against the tokens {@code sitrep token create} made. */
final class BearerAuth {

    private final TokenStore tokens;

    BearerAuth(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** The token's name; a 401 when the request has no token, or one that is not (or no longer) valid. */
    String require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this needs a bearer token (Authorization: Bearer TOKEN; make one with sitrep token create)");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "the Authorization header must be 'Bearer TOKEN'");
        }
        String token = header.substring(7).strip();
        return tokens.verify(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiError(401, "the bearer token is not valid (unknown or revoked)");
        });
    }
}
