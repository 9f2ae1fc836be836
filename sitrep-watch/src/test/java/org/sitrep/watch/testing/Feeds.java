package org.sitrep.watch.testing;

/** RSS documents for tests, written out as a feed would be. */
public final class Feeds {

    /** One item: its link (absolute or relative), title, date (RFC 822) and description (HTML). */
    public record Item(String link, String title, String date, String description) {
    }

    private Feeds() {
    }

    public static String rss(Item... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>http://127.0.0.1/</link><description>test</description>\n");
        for (Item item : items) {
            xml.append("<item><title>").append(escape(item.title())).append("</title>");
            if (item.link() != null) {
                xml.append("<link>").append(escape(item.link())).append("</link>");
            }
            if (item.date() != null) {
                xml.append("<pubDate>").append(item.date()).append("</pubDate>");
            }
            if (item.description() != null) {
                xml.append("<description>").append(escape(item.description())).append("</description>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** A news page: a headline and paragraphs, with the navigation and footer a real page has around them. */
    public static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                        + "<article><h1>").append(escape(title)).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(escape(p)).append("</p>");
        }
        return html.append("</article><footer>Copyright Test Wire</footer></body></html>").toString();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
