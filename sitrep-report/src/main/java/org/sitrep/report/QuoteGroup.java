package org.sitrep.report;

import java.util.List;

/**
 * What one speaker said across a report's articles.
 *
 * @param speaker the speaker's name (the linked entity's where the speaker is one), or null for unattributed quotes
 * @param linked  whether the speaker is a linked entity of the store
 * @param quotes  the quotes, each citing its characters, in article order
 */
public record QuoteGroup(String speaker, boolean linked, List<Citation> quotes) {
    public QuoteGroup {
        quotes = List.copyOf(quotes);
    }
}
