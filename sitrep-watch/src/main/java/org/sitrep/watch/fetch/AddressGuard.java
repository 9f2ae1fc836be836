package org.sitrep.watch.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses to let the watcher reach the machine it runs on or its private network (a feed's link to
 * http://169.254.169.254/ or to a router's page must not be fetched on an analyst's behalf). Every address a
 * host name resolves to is checked, as the connection may go to any of them. The JVM caches each answer
 * (networkaddress.cache.ttl, 30 s by default), so the HTTP client that connects next is given the answer checked
 * here rather than a second, rebound one.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    /** @param allowPrivate whether private, loopback and link-local addresses are allowed (--allow-private) */
    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks a URL before it is fetched: http or https, a host, and (unless allowed) only public addresses. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused: only http and https URLs are fetched, not '" + scheme + ":'", true, null);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("refused: the URL has no host", true, null);
        }
        if (uri.getUserInfo() != null) {
            throw new FetchException("refused: a URL with a user name or password in it", true, null);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("no such host: " + host, false, e);
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            String why = whyNotPublic(address);
            if (why != null) {
                throw new FetchException("refused: " + host + " is " + address.getHostAddress() + ", " + why
                        + " (--allow-private allows it)", true, null);
            }
        }
    }

    /** Why an address is not a public one, or null when it is. */
    static String whyNotPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT (shared) address";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking address";
            }
            if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
                return "a reserved address";
            }
            return null;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a private (unique local) address";
            }
            boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            if (nat64 || mapped) {
                try {
                    return whyNotPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "an address that cannot be read";
                }
            }
        }
        return null;
    }
}
