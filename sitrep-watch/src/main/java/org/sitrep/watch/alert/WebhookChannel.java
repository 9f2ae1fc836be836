package org.sitrep.watch.alert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sitrep.store.watch.Alert;
import org.sitrep.watch.fetch.FetchException;
import org.sitrep.watch.fetch.FetchResponse;
import org.sitrep.watch.fetch.SafeFetcher;

/**
 * Alerts POSTed as JSON to the watchlist's URL, through the same guarded fetcher as feeds. Each carries an
 * Idempotency-Key that stays the same across retries, so a receiver can drop a copy that a crash between its
 * answer and sitrep's record of it made sitrep send again.
 */
public final class WebhookChannel implements AlertChannel {

    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    private final SafeFetcher fetcher;

    public WebhookChannel(SafeFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public void send(Alert alert) throws DeliveryException {
        URI uri;
        try {
            uri = URI.create(alert.target());
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("not a URL: " + alert.target(), e);
        }
        try {
            FetchResponse response = fetcher.post(uri, "application/json; charset=utf-8",
                    alert.payload().getBytes(StandardCharsets.UTF_8),
                    Map.of("Idempotency-Key", "sitrep-alert-" + alert.id()), MAX_ANSWER_BYTES);
            if (!response.ok()) {
                throw new DeliveryException("the webhook answered HTTP " + response.status(), null);
            }
        } catch (FetchException e) {
            throw new DeliveryException(e.getMessage(), e);
        }
    }
}
