package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.sitrep.model.InputDocument;

/** RSS and Atom feeds (ROME): one HTML document per item, with the item's link, title and date. */
public final class FeedReader implements DocumentReader {

    @Override
    public String format() {
        return "rss";
    }

    @Override
    public List<InputDocument> read(byte[] bytes, InputOptions options) throws BadInputException {
        String xml = TextDecoder.decode(bytes, null).text();
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from untrusted feeds
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException("malformed feed: " + oneLine(e.getMessage()), e);
        }
        List<InputDocument> docs = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String html = entryHtml(entry);
            if (html.isBlank()) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String title = entry.getTitle() == null ? null : entry.getTitle().trim();
            docs.add(new InputDocument(options.path() + "#item" + n, entry.getLink(), format(), "html", html,
                    title, date == null ? options.published() : date.toInstant().toString(), options.retrievedAt()));
        }
        if (docs.isEmpty()) {
            throw new BadInputException("feed has no items with text");
        }
        return docs;
    }

    private static String entryHtml(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.toString();
    }

    static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    }
}
