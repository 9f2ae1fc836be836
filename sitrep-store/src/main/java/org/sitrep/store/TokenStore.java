package org.sitrep.store;

import java.util.Optional;

/**
 * The bearer tokens that the server's writes need. Only a hash of each token is stored; the token itself is
 * shown once, when it is made. Implementations are safe to share between threads.
 */
public interface TokenStore extends AutoCloseable {

    /**
     * Makes a new token.
     *
     * @param name what the token is for (1 to 100 characters)
     * @return the token, to hand to its user: it cannot be read back later
     */
    String create(String name);

    /** The name of the token, when it is one made here and not revoked. */
    Optional<String> verify(String token);

    /** Revokes every token of this name; returns how many were revoked. */
    int revoke(String name);

    @Override
    void close();
}
