package org.sitrep.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: records end with CRLF; a field holding a comma, a double quote, a CR or an LF is
 * written in double quotes, its double quotes doubled; an unknown value (null) is an empty field.
 */
public final class Csv {

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    /** Writes one record. */
    public void row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field as written: quoted where it must be. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
