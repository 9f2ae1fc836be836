package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.sitrep.model.FileRun;
import org.sitrep.model.InputDocument;

/**
 * RSS and Atom feeds (ROME): one HTML document per item, with the item's link, title, date and author
 * ({@code dc:creator}, {@code author}) as its byline. The document is the item's content as the feed carries
 * it ({@code content:encoded}, else {@code description}), which cleaning reduces to text like any page;
 * offsets point into that content, and the document's file offsets ({@link FeedItemLocator}) say where each of its
 * characters stands in the feed file.
 */
public final class FeedReader implements DocumentReader {

    /** Markup still standing after the feed's own escaping was undone: the feed escaped its HTML twice. */
    private static final Pattern ESCAPED_MARKUP = Pattern.compile(
            "&lt;/?(?:p|a|b|i|em|strong|br|div|span|img|ul|ol|li|h[1-6]|blockquote|figure|iframe)\\b", Pattern.CASE_INSENSITIVE);
    /** A DOCTYPE near the top without an internal subset. */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile("\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->)*(<!DOCTYPE[^\\[>]*>)",
            Pattern.DOTALL);
    /** RSS 2.0's {@code <author>}: an e-mail address with the name in parentheses. */
    private static final Pattern MAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    @Override
    public String format() {
        return "rss";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String xml = withoutPlainDoctype(TextDecoder.text(bytes, null, options));
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities, no entity expansion bombs from untrusted feeds
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException(problem(xml, e), e);
        }
        List<InputDocument> docs = new ArrayList<>();
        FeedItemLocator locator = new FeedItemLocator(xml);
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            ItemContent content = entryHtml(entry);
            String html = content.html();
            if (html.isBlank()) {
                continue;
            }
            List<FileRun> fileOffsets = content.elements().isEmpty() ? null
                    : FileRun.of(locator.locate(n, content.elements(), html, content.twiceEscaped()));
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String title = entry.getTitle() == null ? null : entry.getTitle().trim();
            docs.add(new InputDocument(options.path() + "#item" + n, entry.getLink(), format(), "html", html,
                    title, date == null ? options.published() : date.toInstant().toString(), options.retrievedAt(),
                    byline(entry), fileOffsets));
        }
        if (docs.isEmpty()) {
            throw new BadInputException("feed has no items with text");
        }
        return docs;
    }

    /**
     * The feed without a DOCTYPE that only names a DTD (RSS 0.91's Netscape one), which the parser, refusing
     * every DOCTYPE, would refuse with it; one with entity definitions ("[...]") stays, and is refused.
     */
    static String withoutPlainDoctype(String xml) {
        Matcher m = PLAIN_DOCTYPE.matcher(xml);
        return m.find() ? xml.substring(0, m.start(1)) + " ".repeat(m.end(1) - m.start(1)) + xml.substring(m.end(1)) : xml;
    }

    /** Why a feed could not be read, in a reader's terms, with the line where the XML broke where known. */
    static String problem(String xml, Exception e) {
        String head = xml.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return "not a feed: this is an HTML page (read it with --format html or auto)";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String where = e instanceof ParsingFeedException p && p.getLineNumber() > 0 ? " at line " + p.getLineNumber() : "";
        if (message.contains("DOCTYPE") || message.contains("doctype")) {
            return "feed refused: it declares a DOCTYPE (entity definitions), which sitrep does not read from untrusted feeds";
        }
        if (message.contains("Invalid XML") || e instanceof ParsingFeedException) {
            return "not a well-formed RSS or Atom feed (broken XML" + where + ")";
        }
        return "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> document" + where + ")";
    }

    /**
     * An item's content as the reader hands it on, the feed elements it was read from (empty where it joins
     * several, which are not mapped back to the feed), and whether a second escaping was undone.
     */
    private record ItemContent(String html, List<String> elements, boolean twiceEscaped) {
    }

    private static ItemContent entryHtml(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        int parts = 0;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
                parts++;
            }
        }
        List<String> elements = parts == 1 ? List.of("content:encoded", "content") : List.of();
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
            elements = List.of("description", "summary");
        }
        String content = html.toString();
        // a feed that escaped its HTML twice hands over "&lt;p&gt;": undo the second escaping, so tags are tags
        boolean twice = ESCAPED_MARKUP.matcher(content).find();
        return new ItemContent(twice ? Parser.unescapeEntities(content, false) : content, elements, twice);
    }

    /** The item's author or authors as a byline ("Jane Doe", "Jane Doe and John Roe"), or null. */
    static String byline(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            addName(names, p.getName() != null ? p.getName() : p.getEmail());
        }
        if (names.isEmpty()) {
            addName(names, entry.getAuthor());
        }
        return names.isEmpty() ? null : String.join(" and ", names);
    }

    private static void addName(List<String> names, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String name = raw.replaceAll("\\s+", " ").strip();
        Matcher mail = MAIL_WITH_NAME.matcher(name);
        if (mail.matches()) {
            name = mail.group(1).strip();
        }
        if (!name.isEmpty() && !names.contains(name)) {
            names.add(name);
        }
    }

    static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
