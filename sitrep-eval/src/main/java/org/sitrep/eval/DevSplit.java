package org.sitrep.eval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The fixed split of every dev set into a tuning half and a checking half, so that a change tuned on
 * one half can be checked on documents it was not tuned on (sitrep is also scored on held-out data of the
 * same kinds that nobody here sees).
 *
 * <p>The rule: hash the document's id (its UTF-8 bytes) with SHA-256 and read the digest's first eight bytes as a
 * big-endian number ({@code ByteBuffer.wrap(digest).getLong()}): <b>even is the tuning half, odd the checking
 * half</b> (so the lowest bit of the digest's eighth byte decides). The half depends on the id alone, so it does not
 * change with the order documents are read in, with {@code --limit}, or with other documents being added or
 * removed. On the dev sets it gives (tuning/checking): extraction 512/478 pages, time 125/131 files, quotes
 * 44/40 documents, LGL 309/279 articles, GeoVirus 98/131 articles, ner 66/79 documents.
 *
 * <p>The id of a document, per corpus (each evaluation says the same where it reads the corpus):
 * <ul>
 *   <li>extraction (trafilatura-eval): the page's file name under {@code html/} ({@code "bmjv.de.konsum.html"});</li>
 *   <li>time (tbaq): the TimeML file's name ({@code "APW19980807.0261.tml"}), without its folder;</li>
 *   <li>quotes (PolNeAR dev): the text file's name ({@code "breitbart_2016-09-12_stealth-over-health-hillary-clin.txt"});</li>
 *   <li>geo: LGL's (and TR-News's) {@code docid} attribute of the article ({@code "40450848"}); where there is none,
 *       the article's URL (GeoVirus's {@code <source>}, or {@code <url>}), else WikToR's {@code <pageTitle>}; where
 *       there is none of those either (nine GeoVirus articles with an empty source), the corpus's file name,
 *       {@code '#'} and the article's 0-based position among the file's articles ({@code "GeoVirus.xml#17"}).
 *       GeoVirus articles cut from one Wikinews story share its URL, so they fall in the same half;</li>
 *   <li>ner (wikigold): no document has an id, so the file's name, {@code '#'} and the document's 0-based position
 *       in the file, counting the documents that {@code -DOCSTART-} lines separate ({@code "wikigold.conll.txt#0"}).</li>
 * </ul>
 */
public final class DevSplit {

    /** The two halves. */
    public enum Half {
        /** Ids whose SHA-256 opens on an even number: the half to look at and tune on. */
        TUNING,
        /** Ids whose SHA-256 opens on an odd number: the half to check a change on, not to tune on. */
        CHECKING;

        /** "tuning" or "checking", as the evaluations print it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DevSplit() {
    }

    /** The half a document with this id is in. */
    public static Half of(String id) {
        return (leadingLong(id) & 1) == 0 ? Half.TUNING : Half.CHECKING;
    }

    /** Whether a document with this id is in the tuning half. */
    public static boolean isTuning(String id) {
        return of(id) == Half.TUNING;
    }

    /** The first eight bytes of the id's SHA-256, big-endian. */
    static long leadingLong(String id) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The line that introduces a half's figures, padded so that both halves' figures line up:
     * {@code "tuning half   (294 articles)"}.
     */
    public static String lineHead(Half half, int count, String unit) {
        return String.format(Locale.ROOT, "%-13s (%d %s)", half.label() + " half", count, unit);
    }
}
