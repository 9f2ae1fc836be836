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
 * (HTML meta, XML prolog), then strict UTF-8, then Windows-1252 (what "Latin-1" pages really are).
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

    private TextDecoder() {
    }

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
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
        Charset fallback = Charset.forName("windows-1252");
        return new Decoded(new String(bytes, fallback), fallback);
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
