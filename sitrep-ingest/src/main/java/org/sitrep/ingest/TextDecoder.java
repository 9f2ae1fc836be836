package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes input bytes to text without mojibake. The order of evidence: a byte-order mark, the
 * charset the container declared (HTTP Content-Type), a charset declared in the document itself
 * (HTML meta, XML prolog), then UTF-8, then Windows-1252 (what "Latin-1" pages really are).
 *
 * <p>Text that is UTF-8 but for a few bad bytes (a truncated character, a stray byte pasted in) is UTF-8: it
 * is decoded as such with each bad byte replaced by U+FFFD, and {@link Decoded#replaced()} says how many, so the
 * reader can warn. Only where bad bytes outnumber the well-formed UTF-8 characters are they another
 * encoding's, read as Windows-1252.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

    private TextDecoder() {
    }

    /** The decoded text, the charset that decoded it, and how many malformed byte sequences were replaced. */
    public record Decoded(String text, Charset charset, int replaced) {
        public Decoded(String text, Charset charset) {
            this(text, charset, 0);
        }

        /** A line for the user when bytes were replaced, else null. */
        public String warning() {
            return replaced == 0 ? null : replaced + " malformed UTF-8 byte sequence" + (replaced == 1 ? " was" : "s were")
                    + " replaced by U+FFFD (\uFFFD); the rest is read as UTF-8";
        }
    }

    /** The input's text, decoded as {@link #decode} does; a warning about replaced bytes goes to the input's listener. */
    static String text(byte[] bytes, String declaredCharset, InputOptions options) throws BadInputException {
        Decoded decoded = decode(bytes, declaredCharset);
        if (decoded.warning() != null) {
            options.warn(decoded.warning());
        }
        return decoded.text();
    }

    public static Decoded decode(byte[] bytes, String declaredCharset) throws BadInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        Charset declared = charset(declaredCharset);
        if (declared == null) {
            declared = charset(sniffDeclared(bytes));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // a page that says Latin-1 but is valid UTF-8 beyond ASCII is UTF-8 (a common server lie)
            String strict = strictUtf8(bytes);
            if (strict != null && hasNonAscii(bytes)) {
                return new Decoded(strict, StandardCharsets.UTF_8);
            }
            return new Decoded(new String(bytes, widen(declared)), declared);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return new Decoded(strict, StandardCharsets.UTF_8);
        }
        int[] counts = utf8Counts(bytes);
        if (counts[0] >= counts[1]) { // mostly UTF-8 with a few bad bytes
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, counts[1]);
        }
        Charset fallback = Charset.forName("windows-1252");
        return new Decoded(new String(bytes, fallback), fallback);
    }

    /**
     * How many well-formed multi-byte UTF-8 characters the bytes hold (index 0) and how many malformed sequences
     * (index 1), each as Java's UTF-8 decoder would replace it: Windows-1252 text's accented letters are lone
     * high bytes, malformed as UTF-8, and well-formed sequences are rare in it.
     */
    static int[] utf8Counts(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            int valid = length == 0 ? 0 : wellFormed(bytes, i, length);
            if (valid == length && length > 0) {
                good++;
                i += length;
            } else {
                bad++;
                i += Math.max(1, valid);
            }
        }
        return new int[] {good, bad};
    }

    /** How many bytes from {@code at} form the start of a well-formed sequence of {@code length} bytes. */
    private static int wellFormed(byte[] bytes, int at, int length) {
        int lead = bytes[at] & 0xFF;
        for (int k = 1; k < length; k++) {
            if (at + k >= bytes.length) {
                return k;
            }
            int c = bytes[at + k] & 0xFF;
            int low = 0x80;
            int high = 0xBF;
            if (k == 1) { // the second byte's range rules out overlong forms, surrogates and code points past U+10FFFF
                low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            }
            if (c < low || c > high) {
                return k;
            }
        }
        return length;
    }

    /** Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252; so do we. */
    private static Charset widen(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
            return Charset.forName("windows-1252");
        }
        return c;
    }

    private static String sniffDeclared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return null;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
