package org.sitrep.watch.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt of each site the watcher fetches article pages from, read once a day per site (scheme, host and
 * port). A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, unreachable, refused) allows
 * nothing until it is read again, as RFC 9309 asks.
 */
public final class Robots {

    private record Entry(RobotsRules rules, long readAtNanos) {
    }

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_UNREADABLE = Duration.ofMinutes(30);

    private final SafeFetcher fetcher;
    private final HostPacer pacer;
    private final Map<String, Entry> bySite = new HashMap<>();

    public Robots(SafeFetcher fetcher, HostPacer pacer) {
        this.fetcher = fetcher;
        this.pacer = pacer;
    }

    /** Whether this page may be fetched; reads (and caches) its site's robots.txt first when needed. */
    public synchronized boolean allows(URI page) throws InterruptedException {
        return rules(page).allows(page.getRawPath() == null || page.getRawPath().isEmpty() ? "/"
                : page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
    }

    /** The rules for this page's site (with its Crawl-delay, which the pacer honours from then on). */
    public synchronized RobotsRules rules(URI page) throws InterruptedException {
        String site = site(page);
        Entry entry = bySite.get(site);
        long now = System.nanoTime();
        if (entry != null && now - entry.readAtNanos() < (entry.rules() == RobotsRules.DISALLOW_ALL ? KEEP_UNREADABLE : KEEP).toNanos()) {
            return entry.rules();
        }
        RobotsRules rules = read(URI.create(site + "/robots.txt"));
        bySite.put(site, new Entry(rules, now));
        if (rules.crawlDelaySeconds() != null) {
            pacer.setSiteDelay(page.getHost(), Duration.ofMillis((long) (rules.crawlDelaySeconds() * 1000)));
        }
        return rules;
    }

    private RobotsRules read(URI robots) throws InterruptedException {
        pacer.await(robots.getHost());
        try {
            FetchResponse response = fetcher.get(robots, Map.of(), RobotsRules.MAX_BYTES);
            if (response.ok()) {
                return RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), fetcher.policy().robotsToken());
            }
            return response.status() >= 400 && response.status() < 500 ? RobotsRules.ALLOW_ALL : RobotsRules.DISALLOW_ALL;
        } catch (FetchException e) {
            return RobotsRules.DISALLOW_ALL;
        }
    }

    private static String site(URI page) {
        String scheme = page.getScheme().toLowerCase(Locale.ROOT);
        int port = page.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + page.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
