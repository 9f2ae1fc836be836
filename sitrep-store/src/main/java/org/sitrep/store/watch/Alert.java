package org.sitrep.store.watch;

/**
 * One alert waiting to be sent: a watchlist's matching events in one article, for one channel.
 *
 * @param id            the store's id
 * @param watchlistName the watchlist's name
 * @param articleId     the article whose events matched
 * @param channel       webhook or email
 * @param target        the webhook's URL or the mail address
 * @param payload       the alert's JSON (events and citations)
 * @param attempts      attempts so far
 */
public record Alert(long id, String watchlistName, String articleId, String channel, String target, String payload,
                    int attempts) {

    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";
}
