package org.sitrep.watch.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The feeds a watch names: feed URLs given directly, OPML files (every outline with an {@code xmlUrl}), and plain
 * lists (one URL a line, optionally followed by its own interval, {@code #} starting a comment).
 */
public final class FeedList {

    /** A feed list that cannot be read: the message names it and says why, in one line. */
    public static final class BadFeedListException extends Exception {
        public BadFeedListException(String message) {
            super(message);
        }
    }

    private static final long MAX_LIST_BYTES = 8L * 1024 * 1024;

    private FeedList() {
    }

    /** The feeds these arguments name, each URL once (the first interval given for it wins). */
    public static List<FeedSource> read(List<String> arguments) throws BadFeedListException {
        Map<String, FeedSource> feeds = new LinkedHashMap<>();
        for (String argument : arguments) {
            for (FeedSource feed : readOne(argument)) {
                feeds.putIfAbsent(feed.url(), feed);
            }
        }
        if (feeds.isEmpty()) {
            throw new BadFeedListException("no feeds to watch in " + String.join(" ", arguments));
        }
        return List.copyOf(feeds.values());
    }

    private static List<FeedSource> readOne(String argument) throws BadFeedListException {
        if (argument.matches("(?i)https?://.*")) {
            return List.of(new FeedSource(checkedUrl(argument, argument), null));
        }
        Path path = Path.of(argument);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new BadFeedListException(argument + ": is a directory, not a feed list");
            }
            if (!Files.isReadable(path)) {
                throw new BadFeedListException(argument + ": " + (Files.exists(path) ? "not readable" : "no such file, and not an http(s) URL"));
            }
            if (Files.size(path) > MAX_LIST_BYTES) {
                throw new BadFeedListException(argument + ": too large for a feed list");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BadFeedListException(argument + ": cannot read: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.stripLeading().startsWith("<") ? opml(argument, bytes) : lines(argument, text);
    }

    private static List<FeedSource> lines(String name, String text) throws BadFeedListException {
        List<FeedSource> feeds = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\r\n|\r|\n")) {
            number++;
            String line = raw.replaceFirst("(^|\\s)#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String where = name + " line " + number;
            if (parts.length > 2) {
                throw new BadFeedListException(where + ": expected a URL and at most an interval, not '" + line + "'");
            }
            Duration interval = null;
            if (parts.length == 2) {
                try {
                    interval = Durations.parse(parts[1]);
                } catch (IllegalArgumentException e) {
                    throw new BadFeedListException(where + ": " + e.getMessage());
                }
            }
            feeds.add(new FeedSource(checkedUrl(parts[0], where), interval));
        }
        return feeds;
    }

    private static List<FeedSource> opml(String name, byte[] bytes) throws BadFeedListException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no external entities
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            NodeList outlines = builder.parse(new ByteArrayInputStream(bytes)).getElementsByTagName("outline");
            List<FeedSource> feeds = new ArrayList<>();
            for (int i = 0; i < outlines.getLength(); i++) {
                Element outline = (Element) outlines.item(i);
                String url = outline.getAttribute("xmlUrl");
                if (url.isBlank()) {
                    url = outline.getAttribute("xmlurl");
                }
                if (!url.isBlank()) {
                    feeds.add(new FeedSource(checkedUrl(url.strip(), name + " outline " + (i + 1)), null));
                }
            }
            return feeds;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BadFeedListException(name + ": not a readable OPML file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ")));
        }
    }

    private static String checkedUrl(String url, String where) throws BadFeedListException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
                throw new BadFeedListException(where + ": not an http(s) feed URL: '" + url + "'");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new BadFeedListException(where + ": not a URL: '" + url + "'");
        }
    }
}
