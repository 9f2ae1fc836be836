package org.sitrep.watch.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness: at most one request to a host per delay (the watcher's own, or the site's Crawl-delay when longer),
 * however many of its feeds and pages are due together.
 */
public final class HostPacer {

    /** The longest Crawl-delay honoured: a site asking for more is still read, once a minute. */
    private static final Duration MAX_SITE_DELAY = Duration.ofMinutes(1);

    private final Duration delay;
    private final Map<String, Long> nextFreeNanos = new HashMap<>();
    private final Map<String, Duration> siteDelays = new HashMap<>();

    public HostPacer(Duration delay) {
        this.delay = delay;
    }

    /** Waits until the host may be asked again, then books the next slot. */
    public void await(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long free = nextFreeNanos.getOrDefault(key, now);
            long start = Math.max(now, free);
            Duration gap = siteDelays.getOrDefault(key, Duration.ZERO).compareTo(delay) > 0 ? siteDelays.get(key) : delay;
            nextFreeNanos.put(key, start + gap.toNanos());
            wait = start - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** The site's own Crawl-delay, kept when longer than the watcher's delay. */
    public synchronized void setSiteDelay(String host, Duration siteDelay) {
        Duration d = siteDelay.compareTo(MAX_SITE_DELAY) > 0 ? MAX_SITE_DELAY : siteDelay;
        siteDelays.put(host.toLowerCase(Locale.ROOT), d);
    }
}
