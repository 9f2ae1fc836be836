package org.sitrep.watch;

import java.time.Duration;

/**
 * How a watch runs.
 *
 * @param interval     the time between polls of a feed that names none of its own
 * @param maxBackoff   the longest wait after failures in a row (a Retry-After may ask for longer, up to a week)
 * @param maxFeedBytes the largest feed read
 * @param maxPageBytes the largest article page read
 * @param once         poll each feed once (unless it is backing off), store its new items, send alerts, and stop
 * @param stopAfter    stop after this long, or null to run until killed
 */
public record WatchSettings(Duration interval, Duration maxBackoff, long maxFeedBytes, long maxPageBytes, boolean once,
                            Duration stopAfter) {

    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
}
