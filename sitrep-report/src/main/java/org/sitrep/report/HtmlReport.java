package org.sitrep.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredClaim;

/**
 * A report as one self-contained HTML file: inline CSS and SVG, no script and no outside address (its Content
 * Security Policy forbids both), so it opens offline. Every statement links to the article it cites, and names the
 * characters; everything from articles is escaped ({@link Escape#html}) and article URLs are shown as text, never
 * as links.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}
            table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f3f3f3}q{font-style:italic}a.cite{font-size:.8em;white-space:nowrap;color:#2a5db0;text-decoration:none}
            .resolved{color:#555}.legend span{display:inline-block;margin-right:1em;font-size:.85em}
            .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border-radius:50%;vertical-align:baseline}
            .caption{color:#666;font-size:.8em}svg{max-width:100%;height:auto;border:1px solid #ccc}
            code{font-size:.9em}td.num{text-align:right;white-space:nowrap}
            """;

    private HtmlReport() {
    }

    public static String render(Report r) {
        StringBuilder h = new StringBuilder();
        String title = "Situation report: " + r.query();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(Escape.html(title))
                .append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n<h1>").append(Escape.html(title)).append("</h1>\n");
        h.append("<p class=\"resolved\">Resolved to ").append(Escape.html(r.subject().resolved())).append(": <b class=\"subject\">")
                .append(Escape.html(r.subject().name())).append("</b>.")
                .append(r.subject().note() == null ? "" : " This report " + Escape.html(r.subject().note()) + ".")
                .append(Escape.html(MarkdownReport.window(r)))
                .append(" Each statement cites an article (listed at the end) and the characters of its input it was read from,")
                .append(" counted from 0, the end excluded.</p>\n");
        h.append("<section id=\"summary\"><h2>Summary</h2>\n<ul>\n");
        for (Statement s : r.summary()) {
            h.append("<li>").append(Escape.html(s.text())).append(' ')
                    .append(s.citations().stream().map(HtmlReport::cite).collect(Collectors.joining(" "))).append("</li>\n");
        }
        h.append("</ul></section>\n");
        String map = MapSvg.render(r.events());
        h.append("<section id=\"map\"><h2>Map</h2>\n");
        if (map == null) {
            h.append("<p>No event of this report has a place.</p>\n");
        } else {
            h.append(map).append('\n').append(legend(r.events())).append("<p class=\"caption\">Events placed by the place their")
                    .append(" reports name (dots at one place are set around it). Country outlines: Natural Earth 1:50m, via")
                    .append(" world-atlas; equirectangular projection.</p>\n");
        }
        h.append("</section>\n<section id=\"timeline\"><h2>Timeline</h2>\n");
        String timeline = TimelineSvg.render(r.events());
        h.append(timeline == null ? "<p>No event of this report has a date.</p>\n"
                : timeline + "\n" + legend(r.events()) + "<p class=\"caption\">Pale bars: events no report dates, placed by their"
                        + " first article's publication.</p>\n");
        h.append("</section>\n");
        figures(h, r.series(), r.claims());
        events(h, r.events());
        quotes(h, r.quotes());
        h.append("<section id=\"articles\"><h2>Articles</h2>\n<table><tr><th>article</th><th>published</th><th>title</th><th>source</th></tr>\n");
        for (ReportArticle a : r.articles()) {
            h.append("<tr id=\"article-").append(Escape.html(a.id())).append("\"><td><code>").append(Escape.html(a.id()))
                    .append("</code></td><td>").append(Escape.html(a.published())).append("</td><td>").append(Escape.html(a.title()))
                    .append(a.titleSpan() == null ? "" : " " + cite(a.titleSpan())).append("</td><td>").append(Escape.html(a.source()))
                    .append("</td></tr>\n");
        }
        h.append("</table></section>\n</body></html>\n");
        return h.toString();
    }

    /** A link to the cited article naming the characters, with the cited text as its tooltip. */
    static String cite(Citation c) {
        return "<a class=\"cite\" href=\"#article-" + Escape.html(c.articleId()) + "\" data-article=\"" + Escape.html(c.articleId())
                + "\" data-start=\"" + c.start() + "\" data-end=\"" + c.end() + "\" title=\"" + Escape.html(c.text()) + "\">["
                + Escape.html(MarkdownReport.shortId(c.articleId())) + " " + c.start() + "\u2013" + c.end() + "]</a>";
    }

    private static String quoted(Citation c) {
        return c == null ? "" : "<q>" + Escape.html(c.text()) + "</q> " + cite(c);
    }

    private static String legend(List<LinkedEvent> events) {
        Set<String> types = new LinkedHashSet<>();
        events.stream().map(LinkedEvent::type).sorted().forEach(types::add);
        return "<p class=\"legend\">" + types.stream().map(t -> "<span><i class=\"swatch\" style=\"background:" + EventColours.of(t)
                + "\"></i>" + Escape.html(t) + "</span>").collect(Collectors.joining()) + "</p>\n";
    }

    private static void figures(StringBuilder h, List<ClaimSeries> series, List<StoredClaim> claims) {
        if (series.isEmpty() && claims.isEmpty()) {
            return;
        }
        h.append("<section id=\"figures\"><h2>Key figures</h2>\n");
        for (ClaimSeries s : series) {
            h.append("<h3>").append(Escape.html(s.subject())).append(s.unit() == null ? "" : " (" + Escape.html(s.unit()) + ")").append("</h3>\n");
            claimTable(h, s.points());
        }
        if (!claims.isEmpty()) {
            h.append("<h3>Other figures</h3>\n");
            claimTable(h, claims);
        }
        h.append("</section>\n");
    }

    private static void claimTable(StringBuilder h, List<StoredClaim> claims) {
        h.append("<table class=\"figures\"><tr><th>value</th><th>about</th><th>hedge</th><th>according to</th><th>as of</th>")
                .append("<th>sentence</th></tr>\n");
        for (StoredClaim sc : claims) {
            Claim c = sc.claim();
            h.append("<tr><td class=\"num\">").append(c.value() == null ? "" : String.format(Locale.ROOT, "%,d", c.value()))
                    .append(c.unit() == null ? "" : " " + Escape.html(c.unit())).append("</td><td>").append(Escape.html(c.subject()))
                    .append("</td><td>").append(Boolean.TRUE.equals(c.approximate()) ? "approximate" : "").append("</td><td>")
                    .append(Escape.html(c.accordingTo() == null ? null : c.accordingTo().name())).append("</td><td>")
                    .append(Escape.html(c.asOf() != null ? c.asOf().value() : sc.articlePublished())).append("</td><td>")
                    .append(quoted(Citation.of(sc.articleId(), c.evidence()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void events(StringBuilder h, List<LinkedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        h.append("<section id=\"events\"><h2>Events</h2>\n<p class=\"caption\">A date in parentheses: no report dates the event;")
                .append(" it is its first article's publication week.</p>\n<table class=\"events\"><tr><th>event</th><th>date</th>")
                .append("<th>type</th><th>who</th><th>where</th><th>killed, injured per source</th><th>sentences</th></tr>\n");
        for (LinkedEvent e : events) {
            h.append("<tr id=\"event-").append(e.id()).append("\"><td>").append(e.id()).append("</td><td>").append(Escape.html(MarkdownReport.days(e)))
                    .append("</td><td><i class=\"swatch\" style=\"background:").append(EventColours.of(e.type())).append("\"></i>")
                    .append(Escape.html(e.type())).append(e.mode() == null ? "" : " (" + Escape.html(e.mode()) + ")").append("</td><td>")
                    .append(Escape.html(MarkdownReport.who(e))).append("</td><td>")
                    .append(Escape.html(e.place() == null ? null : e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country())))
                    .append("</td><td>").append(Escape.html(MarkdownReport.casualties(e))).append("</td><td>")
                    .append(e.reports().stream().map(rep -> quoted(Citation.of(rep.event().articleId(), rep.event().event().evidence())))
                            .collect(Collectors.joining("<br>")))
                    .append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private static void quotes(StringBuilder h, List<QuoteGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        h.append("<section id=\"quotes\"><h2>Quotes by speaker</h2>\n");
        for (QuoteGroup g : groups) {
            h.append("<h3>").append(g.speaker() == null ? "Unattributed" : Escape.html(g.speaker())).append(g.linked() ? " (linked entity)" : "")
                    .append("</h3>\n<ul>\n");
            g.quotes().forEach(q -> h.append("<li>").append(quoted(q)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }
}
