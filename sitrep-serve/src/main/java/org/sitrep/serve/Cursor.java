package org.sitrep.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a page: where the next page starts in the listing's order (newest first, then by article
 * and position, which the store keeps stable). Clients pass back what they were given and never build one.
 */
final class Cursor {

    private static final String VERSION = "v1:";
    /** No listing is deeper than this; a larger position is a made-up cursor. */
    private static final int MAX_POSITION = 10_000_000;

    private Cursor() {
    }

    static String of(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; 0 for none. */
    static int position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            if (cursor.length() > 40) {
                throw new IllegalArgumentException();
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(VERSION)) {
                throw new IllegalArgumentException();
            }
            int position = Integer.parseInt(text.substring(VERSION.length()));
            if (position < 0 || position > MAX_POSITION) {
                throw new IllegalArgumentException();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor is not one this server gave out; pass back the 'next' of a page");
        }
    }
}
