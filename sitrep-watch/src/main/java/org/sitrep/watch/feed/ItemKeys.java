package org.sitrep.watch.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An item's identity across polls and feeds: its link, normalised (so the same story linked with a tracking
 * parameter or a fragment, or from two feeds, is one item), else its guid, else its title and text.
 */
public final class ItemKeys {

    private ItemKeys() {
    }

    /** The key (SHA-256, hex) of an item with this link, guid, title and text. */
    public static String key(String link, String guid, String title, String text) {
        String normal = normalise(link);
        if (normal != null) {
            return sha256("url:" + normal);
        }
        if (guid != null && !guid.isBlank()) {
            return sha256("guid:" + guid.strip());
        }
        return sha256("text:" + (title == null ? "" : title.strip()) + "\n" + (text == null ? "" : text.strip()));
    }

    /**
     * A link as a key: scheme and host in lower case, without a default port, a fragment or tracking parameters
     * (utm_*, fbclid, gclid); null when it is no http(s) URL.
     */
    public static String normalise(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || (!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String query = null;
            if (uri.getRawQuery() != null) {
                List<String> kept = new ArrayList<>();
                for (String pair : uri.getRawQuery().split("&")) {
                    String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!pair.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                        kept.add(pair);
                    }
                }
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
