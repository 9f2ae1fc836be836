package org.sitrep.watch.alert;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sitrep.store.watch.Alert;
import org.sitrep.store.watch.WatchStore;

/**
 * Sends the alerts that are due and records each outcome at once: sent (never sent again), or failed and retried
 * with a doubling delay, given up after {@code maxAttempts}.
 */
public final class AlertDispatcher {

    /** What one dispatch did. */
    public record Outcome(int sent, int failed, int gaveUp) {
    }

    private static final Duration MAX_DELAY = Duration.ofHours(1);
    private static final int BATCH = 100;

    private final WatchStore watch;
    private final Map<String, AlertChannel> channels;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final PrintWriter err;

    /**
     * @param channels   the channels configured, by name (webhook, email); an alert for a missing one fails
     * @param firstRetry the delay before the first retry, doubled for each one after
     */
    public AlertDispatcher(WatchStore watch, Map<String, AlertChannel> channels, Duration firstRetry, int maxAttempts,
                           PrintWriter err) {
        this.watch = watch;
        this.channels = channels;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
        this.err = err;
    }

    public Outcome dispatchDue() {
        int sent = 0;
        int failed = 0;
        int gaveUp = 0;
        List<Alert> due = watch.dueAlerts(Instant.now(), BATCH);
        for (Alert alert : due) {
            AlertChannel channel = channels.get(alert.channel());
            try {
                if (channel == null) {
                    throw new AlertChannel.DeliveryException("no " + alert.channel() + " channel configured"
                            + (alert.channel().equals(Alert.EMAIL) ? " (--smtp-host)" : ""), null);
                }
                channel.send(alert);
                watch.alertSent(alert.id(), Instant.now());
                sent++;
            } catch (AlertChannel.DeliveryException e) {
                int attempts = alert.attempts() + 1;
                boolean giveUp = attempts >= maxAttempts;
                Instant retryAt = giveUp ? null : Instant.now().plus(delay(attempts));
                watch.alertFailed(alert.id(), e.getMessage(), retryAt, Instant.now());
                err.println("sitrep watch: alert " + alert.id() + " (" + alert.watchlistName() + ", " + alert.channel()
                        + " " + shown(alert) + "): " + e.getMessage()
                        + (giveUp ? "; given up after " + attempts + " attempts" : "; retrying at " + retryAt));
                err.flush();
                if (giveUp) {
                    gaveUp++;
                } else {
                    failed++;
                }
            }
        }
        return new Outcome(sent, failed, gaveUp);
    }

    /** Where the alert goes, for messages: a webhook without its query, which may hold a secret token. */
    private static String shown(Alert alert) {
        String target = alert.target();
        int query = target.indexOf('?');
        return alert.channel().equals(Alert.WEBHOOK) && query >= 0 ? target.substring(0, query) + "?..." : target;
    }

    /** The delay after the n-th failed attempt: firstRetry, then doubling, at most an hour. */
    Duration delay(int attempts) {
        Duration d = firstRetry.multipliedBy(1L << Math.min(20, attempts - 1));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
