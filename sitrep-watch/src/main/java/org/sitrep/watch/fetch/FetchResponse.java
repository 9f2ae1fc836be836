package org.sitrep.watch.fetch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP answer, read whole within the size limit.
 *
 * @param uri     the URL that answered (after redirects)
 * @param status  its status code
 * @param headers its headers, names in lower case
 * @param body    its body
 */
public record FetchResponse(URI uri, int status, Map<String, List<String>> headers, byte[] body) {

    /** The first value of this header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
