package org.sitrep.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sitrep.store.ArticleKey;
import org.sitrep.store.EventKey;

/**
 * The opaque cursor of a page: where the next page starts in the listing's order (newest first, then by article
 * and position, which the store keeps stable). Clients pass back what they were given and never build one.
 * Events and articles carry the sort key of the page's last row (the store starts the next page after it, through
 * its index, at any depth); claims carry a position.
 */
final class Cursor {

    private static final String POSITION = "v1:";
    private static final String EVENT = "e2:";
    private static final String ARTICLE = "a2:";
    /** No listing is deeper than this; a larger position is a made-up cursor. */
    private static final int MAX_POSITION = 10_000_000;
    /** Longer than any cursor this server gives out (a key is a date, a position and an article id of 64 at most). */
    private static final int MAX_LENGTH = 200;

    private Cursor() {
    }

    static String of(int position) {
        return encode(POSITION + position);
    }

    /** The cursor of the page after the one this event ends. */
    static String of(EventKey last) {
        return encode(EVENT + (last.dateKey() == null ? "" : last.dateKey()) + ":" + last.index() + ":" + last.articleId());
    }

    /** The cursor of the page after the one this article ends. */
    static String of(ArticleKey last) {
        return encode(ARTICLE + (last.publishedKey() == null ? "" : last.publishedKey()) + ":" + last.id());
    }

    /** The position a cursor names; 0 for none. */
    static int position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            int position = Integer.parseInt(decode(cursor, POSITION));
            if (position < 0 || position > MAX_POSITION) {
                throw new IllegalArgumentException();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw refused();
        }
    }

    /** The event a cursor says the page before ended with; null for none (the first page). */
    static EventKey eventKey(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = decode(cursor, EVENT).split(":", 3);
            return new EventKey(parts[0].isEmpty() ? null : parts[0], parts[2], Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw refused();
        }
    }

    /** The article a cursor says the page before ended with; null for none (the first page). */
    static ArticleKey articleKey(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = decode(cursor, ARTICLE).split(":", 2);
            return new ArticleKey(parts[0].isEmpty() ? null : parts[0], parts[1]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw refused();
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a cursor of this kind, or IllegalArgumentException for any other string. */
    private static String decode(String cursor, String kind) {
        if (cursor.length() > MAX_LENGTH) {
            throw new IllegalArgumentException();
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!text.startsWith(kind)) {
            throw new IllegalArgumentException();
        }
        return text.substring(kind.length());
    }

    private static ApiError refused() {
        return ApiError.badRequest("cursor is not one this server gave out; pass back the 'next' of a page");
    }
}
