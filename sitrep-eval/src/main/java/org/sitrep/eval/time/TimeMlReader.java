package org.sitrep.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML files (TimeBank, AQUAINT, TempEval-3): the creation time from the DCT's TIMEX3 and
 * the TEXT element's characters and TIMEX3 spans. TimeML is flat inline XML, so a small scanner
 * keeps exact character offsets where an XML parser would not.
 */
public final class TimeMlReader {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>");
    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<]+?)\\s*</DOCID>");

    public TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        Matcher docId = DOCID.matcher(xml);
        if (docId.find()) {
            id = docId.group(1);
        }
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IOException(file + ": no document creation time (DCT)");
        }
        String creationTime = attributes(dct.group(1)).get("value");
        int textStart = xml.indexOf("<TEXT>");
        int textEnd = xml.indexOf("</TEXT>");
        if (textStart < 0 || textEnd < textStart) {
            throw new IOException(file + ": no TEXT element");
        }
        return parseText(id, creationTime, xml.substring(textStart + "<TEXT>".length(), textEnd));
    }

    private static TimeMlDocument parseText(String id, String creationTime, String inner) throws IOException {
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.GoldTimex> timexes = new ArrayList<>();
        Map<String, String> open = null;
        int openStart = -1;
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c == '<') {
                int close = inner.indexOf('>', i);
                if (close < 0) {
                    throw new IOException(id + ": unclosed tag");
                }
                String tag = inner.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    open = attributes(tag);
                    openStart = text.length();
                } else if (tag.equals("/TIMEX3") && open != null) {
                    timexes.add(new TimeMlDocument.GoldTimex(openStart, text.length(),
                            text.substring(openStart), open.get("value"), open.get("type")));
                    open = null;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = inner.indexOf(';', i);
                String entity = semi > i && semi - i < 8 ? inner.substring(i, semi + 1) : "&";
                text.append(switch (entity) {
                    case "&amp;" -> "&";
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&quot;" -> "\"";
                    case "&apos;" -> "'";
                    default -> entity;
                });
                i += entity.length();
            } else {
                text.append(c);
                i++;
            }
        }
        return new TimeMlDocument(id, text.toString(), creationTime, timexes);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> map = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }
}
