package org.sitrep.watch.fetch;

import java.time.Duration;

/**
 * The bounds of every fetch.
 *
 * @param allowPrivate    whether private, loopback and link-local addresses may be fetched
 * @param userAgent       the User-Agent sent, whose first word robots.txt groups are matched against
 * @param connectTimeout  the longest wait for a connection
 * @param totalTimeout    the longest a whole answer (headers and body, every redirect hop) may take
 * @param maxRedirects    redirects followed before giving up
 */
public record FetchPolicy(boolean allowPrivate, String userAgent, Duration connectTimeout, Duration totalTimeout,
                          int maxRedirects) {

    public static final String DEFAULT_USER_AGENT = "sitrep/0.1 (feed watcher; +https://www.gnu.org/licenses/gpl-3.0.html)";

    public static FetchPolicy standard(boolean allowPrivate) {
        return new FetchPolicy(allowPrivate, DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);
    }

    /** The product token robots.txt names crawlers by: the User-Agent's first word without its version. */
    public String robotsToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "sitrep" : first;
    }
}
