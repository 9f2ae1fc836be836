package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The bearer tokens, in the same database as the articles (table api_tokens, migration V5). */
public final class JdbiTokenStore implements TokenStore {

    /** Marks a token as sitrep's, so a secret scanner (or a person) can tell what it is. */
    private static final String PREFIX = "sitrep_";

    private final SecureRandom random = new SecureRandom();
    private final String url;
    private final Handle handle;

    private JdbiTokenStore(String url, Handle handle) {
        this.url = url;
        this.handle = handle;
    }

    /**
     * Opens the tokens of the database at this JDBC URL, creating or migrating its schema first.
     *
     * @throws StoreException naming the (password-free) URL and the reason, in one line
     */
    public static JdbiTokenStore open(String givenUrl) {
        // the article store runs the migrations; opened first and kept open until this handle is, so an
        // in-memory database lives on between the two
        try (JdbiArticleStore migrated = JdbiArticleStore.open(givenUrl)) {
            String url = StoreUrls.opened(givenUrl);
            try {
                return new JdbiTokenStore(url, Jdbi.create(url).open());
            } catch (JdbiException e) {
                throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl),
                        JdbiArticleStore.reason(e), e);
            }
        }
    }

    @Override
    public synchronized String create(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token's name must have 1 to 100 characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            handle.createUpdate("INSERT INTO api_tokens (name, token_hash, created_at) VALUES (:name, :hash, :at)")
                    .bind("name", name.strip()).bind("hash", hash(token))
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        } catch (JdbiException e) {
            throw new StoreException("cannot store a token in " + StoreUrls.redact(url), JdbiArticleStore.reason(e), e);
        }
        return token;
    }

    @Override
    public synchronized Optional<String> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        try {
            return handle.createQuery("SELECT name FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                    .bind("hash", hash(token)).mapTo(String.class).findOne();
        } catch (JdbiException e) {
            throw new StoreException("cannot read tokens in " + StoreUrls.redact(url), JdbiArticleStore.reason(e), e);
        }
    }

    @Override
    public synchronized int revoke(String name) {
        try {
            return handle.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE name = :name AND revoked_at IS NULL")
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("name", name).execute();
        } catch (JdbiException e) {
            throw new StoreException("cannot revoke tokens in " + StoreUrls.redact(url), JdbiArticleStore.reason(e), e);
        }
    }

    @Override
    public synchronized void close() {
        handle.close();
    }

    /** SHA-256 of the token, hex: the token is random, so no slow hash or salt is needed (see V5). */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
