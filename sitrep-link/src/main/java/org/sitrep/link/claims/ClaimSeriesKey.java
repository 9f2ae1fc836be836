package org.sitrep.link.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Claim;

/**
 * Which claims are about the same quantity: claims with the same key in the same story form a series, so a user
 * sees how a figure moved and who moved it ("troops sent to Russia": about 10,000 per the Pentagon, October 2024;
 * about 15,000 per South Korean assessments later). The key is the subject's content words, singular and in lower
 * case, and the unit; the story (see {@code org.sitrep.link.stories}) keeps "people killed" in one clash apart from
 * "people killed" in another.
 */
public final class ClaimSeriesKey {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "by", "and", "its", "their", "his", "her", "some", "about", "around", "nearly", "more", "than", "least");

    private ClaimSeriesKey() {
    }

    /** The key of a claim, or null where it has no subject or value to follow. */
    public static String of(Claim claim) {
        if (claim.subject() == null || claim.value() == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : claim.subject().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                words.add(singular(w));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String unit = claim.unit() == null ? "" : singular(claim.unit().toLowerCase(Locale.ROOT).strip());
        return String.join(" ", words) + "|" + unit;
    }

    private static String singular(String w) {
        if (w.length() > 3 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
