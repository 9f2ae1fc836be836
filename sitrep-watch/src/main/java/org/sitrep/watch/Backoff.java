package org.sitrep.watch;

import java.time.Duration;

/** When a feed is next polled: after its interval when a poll went well, later and later while polls fail. */
final class Backoff {

    /** The longest Retry-After honoured: a server asking for more is asked again after a week. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);

    private Backoff() {
    }

    /**
     * The wait after the {@code failures}-th failed poll in a row: the interval doubled for each, at most
     * {@code max} (but never under the interval), and never before a Retry-After the server gave.
     */
    static Duration afterFailure(Duration interval, int failures, Duration max, Duration retryAfter) {
        Duration cap = max.compareTo(interval) > 0 ? max : interval;
        Duration wait = interval.multipliedBy(1L << Math.min(20, Math.max(1, failures)));
        if (wait.compareTo(cap) > 0 || wait.isNegative()) {
            wait = cap;
        }
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return wait;
    }
}
